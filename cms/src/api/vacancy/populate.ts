import { seoPopulate } from '../../utils/seo-populate';

export const vacancyPopulate = {
  employer: true,
  hostedOnBehalfOf: true,
  salary: true,
  seo: seoPopulate,
};
