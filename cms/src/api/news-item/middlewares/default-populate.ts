import { populateMiddleware } from '../../../utils/populate-middleware';
import { newsItemPopulate } from '../populate';

export default populateMiddleware(newsItemPopulate);
