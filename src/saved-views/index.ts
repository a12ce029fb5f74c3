import Icon from '@mui/icons-material/Bookmark';
import type { ResourceProps } from 'react-admin';
import { lazyPage } from '../common/lazyPage';

/** The <Resource> props for `saved-views`. */
export const savedViewResource: ResourceProps = {
  name: 'saved-views',
  list: lazyPage(() => import('./SavedViewList').then((m) => m.SavedViewList)),
  icon: Icon,
  recordRepresentation: 'name',
};
