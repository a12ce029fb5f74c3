import Icon from '@mui/icons-material/Assignment';
import type { ResourceProps } from 'react-admin';
import type { Application } from '../types';
import { ApplicationList } from './ApplicationList';
import { ApplicationShow } from './ApplicationShow';

/** The <Resource> props for `applications`. */
export const applicationResource: ResourceProps = {
  name: 'applications',
  list: ApplicationList,
  show: ApplicationShow,
  icon: Icon,
  recordRepresentation: (record: Application) => `#${record.id}`,
};
