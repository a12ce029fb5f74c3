import Icon from '@mui/icons-material/Work';
import type { ResourceProps } from 'react-admin';
import { OfferCreate } from './OfferCreate';
import { OfferEdit } from './OfferEdit';
import { OfferList } from './OfferList';
import { OfferShow } from './OfferShow';

/** The <Resource> props for `offers`. */
export const offerResource: ResourceProps = {
  name: 'offers',
  list: OfferList,
  show: OfferShow,
  create: OfferCreate,
  edit: OfferEdit,
  icon: Icon,
  recordRepresentation: 'title',
};
