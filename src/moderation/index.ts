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

/** The <Resource> props for `boards`: read through references (its admin screen is still to come). */
export const boardResource: ResourceProps = {
  name: 'boards',
  icon: BoardIcon,
  recordRepresentation: 'name',
};
