import { populateMiddleware } from '../../../utils/populate';

export default populateMiddleware('priority');
