import QueueIcon from '@mui/icons-material/FactCheck';
import BoardIcon from '@mui/icons-material/Public';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `offer-publications`: its list is the moderation queue. */
export const offerPublicationResource: ResourceProps = {
  name: 'offer-publications',
  list: lazyPage(() => import('./ModerationQueue').then((m) => m.ModerationQueue)),
  icon: QueueIcon,
  recordRepresentation: 'id',
};

/** The <Resource> props for `boards`: admin adds and edits them; staff read the list. */
export const boardResource: ResourceProps = {
  name: 'boards',
  list: lazyPage(() => import('./BoardScreens').then((m) => m.BoardList)),
  create: lazyPage(() => import('./BoardScreens').then((m) => m.BoardCreate)),
  edit: lazyPage(() => import('./BoardScreens').then((m) => m.BoardEdit)),
  icon: BoardIcon,
  recordRepresentation: 'name',
};
