import Icon from '@mui/icons-material/Work';
import type { ResourceProps } from 'react-admin';
import { OfferList } from './OfferList';
import { OfferShow } from './OfferShow';

/** The <Resource> props for `offers`. */
export const offerResource: ResourceProps = {
  name: 'offers',
  list: OfferList,
  show: OfferShow,
  icon: Icon,
  recordRepresentation: 'title',
};
