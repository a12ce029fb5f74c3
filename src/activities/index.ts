import Icon from '@mui/icons-material/Notes';
import type { ResourceProps } from 'react-admin';
import { ActivityList } from './ActivityList';

/** The <Resource> props for `activities`. */
export const activityResource: ResourceProps = {
  name: 'activities',
  list: ActivityList,
  icon: Icon,
};
