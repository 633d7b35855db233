import { populateMiddleware } from '../../../utils/populate-middleware';
import { eventPopulate } from '../populate';

export default populateMiddleware(eventPopulate);
