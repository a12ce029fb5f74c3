import Icon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';
import type { User } from '../model/types';

/** The <Resource> props for `users`. */
export const userResource: ResourceProps = {
  name: 'users',
  list: lazyPage(() => import('./UserList').then((m) => m.UserList)),
  show: lazyPage(() => import('./UserShow').then((m) => m.UserShow)),
  edit: lazyPage(() => import('./UserEdit').then((m) => m.UserEdit)),
  create: lazyPage(() => import('./UserCreate').then((m) => m.UserCreate)),
  icon: Icon,
  recordRepresentation: (record: User) => `${record.firstName} ${record.lastName}`,
};
