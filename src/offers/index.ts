import Icon from '@mui/icons-material/Work';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `offers`. */
export const offerResource: ResourceProps = {
  name: 'offers',
  list: lazyPage(() => import('./OfferList').then((m) => m.OfferList)),
  show: lazyPage(() => import('./OfferShow').then((m) => m.OfferShow)),
  create: lazyPage(() => import('./OfferCreate').then((m) => m.OfferCreate)),
  edit: lazyPage(() => import('./OfferEdit').then((m) => m.OfferEdit)),
  icon: Icon,
  recordRepresentation: 'title',
};
