import { populateMiddleware } from '../../../utils/populate-middleware';
import { personPopulate } from '../populate';

export default populateMiddleware(personPopulate);
