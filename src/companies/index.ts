import Icon from '@mui/icons-material/Business';
import type { ResourceProps } from 'react-admin';
import { CompanyEdit } from './CompanyEdit';
import { CompanyList } from './CompanyList';
import { CompanyShow } from './CompanyShow';

/** The <Resource> props for `companies`. */
export const companyResource: ResourceProps = {
  name: 'companies',
  list: CompanyList,
  show: CompanyShow,
  edit: CompanyEdit,
  icon: Icon,
  recordRepresentation: 'name',
};
