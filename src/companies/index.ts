import Icon from '@mui/icons-material/Business';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `companies`. */
export const companyResource: ResourceProps = {
  name: 'companies',
  list: lazyPage(() => import('./CompanyList').then((m) => m.CompanyList)),
  show: lazyPage(() => import('./CompanyShow').then((m) => m.CompanyShow)),
  edit: lazyPage(() => import('./CompanyEdit').then((m) => m.CompanyEdit)),
  icon: Icon,
  recordRepresentation: 'name',
};
