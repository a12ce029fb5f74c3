import { Pagination, type PaginationProps } from 'react-admin';
import { usePrefetchNextPage } from './usePrefetchNextPage';

/** react-admin's list pagination, with the next page fetched ahead (every <List>'s default: themes.ts). */
export function ListPagination(props: PaginationProps) {
  usePrefetchNextPage();
  return <Pagination {...props} />;
}
