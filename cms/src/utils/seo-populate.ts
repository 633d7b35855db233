/** The `shared.seo` component with its share image, as every type that has one returns it. */
export const seoPopulate = { populate: { shareImage: true } };
