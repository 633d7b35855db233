import { populateMiddleware } from '../../../utils/populate-middleware';
import { briefPopulate } from '../populate';

export default populateMiddleware(briefPopulate);
