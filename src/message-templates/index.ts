import Icon from '@mui/icons-material/Mail';
import type { ResourceProps } from 'react-admin';
import { MessageTemplateList } from './MessageTemplateList';

/** The <Resource> props for `message-templates`. */
export const messageTemplateResource: ResourceProps = {
  name: 'message-templates',
  list: MessageTemplateList,
  icon: Icon,
  recordRepresentation: 'name',
};
