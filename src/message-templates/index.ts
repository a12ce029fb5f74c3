import Icon from '@mui/icons-material/Mail';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `message-templates`. */
export const messageTemplateResource: ResourceProps = {
  name: 'message-templates',
  list: lazyPage(() => import('./MessageTemplateList').then((m) => m.MessageTemplateList)),
  create: lazyPage(() => import('./MessageTemplateInputs').then((m) => m.MessageTemplateCreate)),
  edit: lazyPage(() => import('./MessageTemplateInputs').then((m) => m.MessageTemplateEdit)),
  icon: Icon,
  recordRepresentation: 'name',
};
