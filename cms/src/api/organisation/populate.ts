/** Organisations have no relations or components of their own to show. */
export const organisationPopulate = {};
