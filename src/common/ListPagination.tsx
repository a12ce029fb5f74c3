import type { TablePaginationProps } from '@mui/material';
import { type FC, useCallback } from 'react';
import { Pagination, type PaginationProps, useTranslate } from 'react-admin';
import { numberFormat } from '../model/format';
import { useIntlLocale } from './useIntlLocale';
import { usePrefetchNextPage } from './usePrefetchNextPage';

type RowsLabel = Parameters<NonNullable<TablePaginationProps['labelDisplayedRows']>>[0];
// react-admin passes its other props on to MUI's TablePagination; its type just does not say so.
const BasePagination = Pagination as FC<PaginationProps & Pick<TablePaginationProps, 'labelDisplayedRows'>>;

/**
 * Every list's pagination (the default of <List> in themes.ts): the next page fetched ahead, and
 * "1-25 of 50,000" written in the reader's locale (react-admin prints the raw numbers: "50000").
 * A count of -1 means the total is unknown.
 */
export function ListPagination(props: PaginationProps) {
  usePrefetchNextPage();
  const translate = useTranslate();
  const locale = useIntlLocale();
  const labelDisplayedRows = useCallback(
    ({ from, to, count }: RowsLabel) => {
      const format = numberFormat(locale).format;
      return count === -1
        ? translate('ra.navigation.partial_page_range_info', {
            offsetBegin: format(from),
            offsetEnd: format(to),
          })
        : translate('ra.navigation.page_range_info', {
            offsetBegin: format(from),
            offsetEnd: format(to),
            total: format(count),
          });
    },
    [locale, translate],
  );
  return <BasePagination labelDisplayedRows={labelDisplayedRows} {...props} />;
}
