import Icon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { Application } from '../model/types';

/** The <Resource> props for `applications`. */
export const applicationResource: ResourceProps = {
  name: 'applications',
  list: lazyPage(() => import('./ApplicationList').then((m) => m.ApplicationList)),
  show: lazyPage(() => import('./ApplicationShow').then((m) => m.ApplicationShow)),
  icon: Icon,
  recordRepresentation: (record: Application) => `#${record.id}`,
};
