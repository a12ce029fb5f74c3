import Icon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { AuditLogList } from './AuditLogList';
import { AuditLogShow } from './AuditLogShow';

/** The <Resource> props for `audit-logs`. */
export const auditLogResource: ResourceProps = {
  name: 'audit-logs',
  list: AuditLogList,
  show: AuditLogShow,
  icon: Icon,
};
