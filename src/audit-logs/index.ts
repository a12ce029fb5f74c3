import Icon from '@mui/icons-material/History';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `audit-logs`. */
export const auditLogResource: ResourceProps = {
  name: 'audit-logs',
  list: lazyPage(() => import('./AuditLogList').then((m) => m.AuditLogList)),
  show: lazyPage(() => import('./AuditLogShow').then((m) => m.AuditLogShow)),
  icon: Icon,
};
