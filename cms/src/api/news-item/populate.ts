import { seoPopulate } from '../../utils/seo-populate';

export const newsItemPopulate = {
  cover: true,
  priorities: true,
  organisations: true,
  sources: true,
  seo: seoPopulate,
};
