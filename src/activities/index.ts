import Icon from '@mui/icons-material/Notes';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `activities`. */
export const activityResource: ResourceProps = {
  name: 'activities',
  list: lazyPage(() => import('./ActivityList').then((m) => m.ActivityList)),
  icon: Icon,
};
