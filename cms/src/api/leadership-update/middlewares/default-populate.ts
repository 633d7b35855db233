import { populateMiddleware } from '../../../utils/populate-middleware';
import { leadershipUpdatePopulate } from '../populate';

export default populateMiddleware(leadershipUpdatePopulate);
