import Icon from '@mui/icons-material/People';
import type { ResourceProps } from 'react-admin';
import type { User } from '../types';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

/** The <Resource> props for `users`. */
export const userResource: ResourceProps = {
  name: 'users',
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: Icon,
  recordRepresentation: (record: User) => `${record.firstName} ${record.lastName}`,
};
