import Icon from '@mui/icons-material/Grading';
import type { ResourceProps } from 'react-admin';
import { ScorecardCreate, ScorecardEdit } from './ScorecardCreate';
import { ScorecardList } from './ScorecardList';

export { ApplicationScorecards } from './ApplicationScorecards';

/** The <Resource> props for `scorecards`. */
export const scorecardResource: ResourceProps = {
  name: 'scorecards',
  list: ScorecardList,
  create: ScorecardCreate,
  edit: ScorecardEdit,
  icon: Icon,
};
