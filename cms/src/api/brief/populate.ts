import { seoPopulate } from '../../utils/seo-populate';
import { eventPopulate } from '../event/populate';
import { leadershipUpdatePopulate } from '../leadership-update/populate';
import { newsItemPopulate } from '../news-item/populate';
import { vacancyPopulate } from '../vacancy/populate';

/** A brief reads as the newsletter does, so every referenced item comes whole. */
export const briefPopulate = {
  sections: {
    populate: {
      entries: {
        populate: {
          newsItem: { populate: newsItemPopulate },
          event: { populate: eventPopulate },
          vacancy: { populate: vacancyPopulate },
          leadershipUpdate: { populate: leadershipUpdatePopulate },
        },
      },
    },
  },
  closingLinks: true,
  seo: seoPopulate,
};
