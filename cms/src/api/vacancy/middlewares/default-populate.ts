import { populateMiddleware } from '../../../utils/populate-middleware';
import { vacancyPopulate } from '../populate';

export default populateMiddleware(vacancyPopulate);
