import { populateMiddleware } from '../../../utils/populate-middleware';
import { priorityPopulate } from '../populate';

export default populateMiddleware(priorityPopulate);
