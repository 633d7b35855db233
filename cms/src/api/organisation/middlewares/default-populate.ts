import { populateMiddleware } from '../../../utils/populate-middleware';
import { organisationPopulate } from '../populate';

export default populateMiddleware(organisationPopulate);
