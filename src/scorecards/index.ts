import Icon from '@mui/icons-material/Grading';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `scorecards`. */
export const scorecardResource: ResourceProps = {
  name: 'scorecards',
  list: lazyPage(() => import('./ScorecardList').then((m) => m.ScorecardList)),
  create: lazyPage(() => import('./ScorecardCreate').then((m) => m.ScorecardCreate)),
  edit: lazyPage(() => import('./ScorecardCreate').then((m) => m.ScorecardEdit)),
  icon: Icon,
};
