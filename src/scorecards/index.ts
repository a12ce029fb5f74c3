import Icon from '@mui/icons-material/Grading';
import type { ResourceProps } from 'react-admin';
import { ScorecardList } from './ScorecardList';

/** The <Resource> props for `scorecards`. */
export const scorecardResource: ResourceProps = {
  name: 'scorecards',
  list: ScorecardList,
  icon: Icon,
};
