import Icon from '@mui/icons-material/Bookmark';
import type { ResourceProps } from 'react-admin';
import { SavedViewList } from './SavedViewList';

/** The <Resource> props for `saved-views`. */
export const savedViewResource: ResourceProps = {
  name: 'saved-views',
  list: SavedViewList,
  icon: Icon,
  recordRepresentation: 'name',
};
