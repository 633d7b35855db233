import { seoPopulate } from '../../utils/seo-populate';

export const eventPopulate = {
  sessions: true,
  venue: true,
  registration: true,
  priorities: true,
  organisations: true,
  seo: seoPopulate,
};
