import Icon from '@mui/icons-material/Mail';
import type { ResourceProps } from 'react-admin';
import { MessageTemplateCreate, MessageTemplateEdit } from './MessageTemplateInputs';
import { MessageTemplateList } from './MessageTemplateList';

export { SendMessageButton } from './SendMessageButton';

/** The <Resource> props for `message-templates`. */
export const messageTemplateResource: ResourceProps = {
  name: 'message-templates',
  list: MessageTemplateList,
  create: MessageTemplateCreate,
  edit: MessageTemplateEdit,
  icon: Icon,
  recordRepresentation: 'name',
};
