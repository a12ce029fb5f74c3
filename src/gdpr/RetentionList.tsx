import { Typography } from '@mui/material';
import { subMonths } from 'date-fns';
import { useState } from 'react';
import { DataTable, List, useTranslate } from 'react-admin';
import { ListHelp } from '../common/ListHelp';
import { LocaleDateField } from '../common/LocaleDateField';
import type { Candidate } from '../model/types';
import { BulkAnonymiseButton } from './BulkAnonymiseButton';

/** GDPR retention period: a profile with no activity for this long should be anonymised. */
export const RETENTION_MONTHS = 24;

/** The cutoff of the retention view: anything last active strictly before it is due. */
export function retentionCutoff(now: number): string {
  return subMonths(now, RETENTION_MONTHS).toISOString();
}

/**
 * #/retention (support, admin): candidates past the retention period, oldest first, filtered and
 * paged on the server, with bulk anonymisation. Already anonymised profiles are left out.
 */
export function RetentionList() {
  const translate = useTranslate();
  // Fixed at mount: a cutoff moving with every render would refetch forever.
  const [cutoff] = useState(() => retentionCutoff(Date.now()));
  return (
    <List
      resource="candidates"
      title="app.gdpr.retention_title"
      filter={{ lastActivityAt_lt: cutoff, anonymizedAt: null }}
      sort={{ field: 'lastActivityAt', order: 'ASC' }}
      perPage={25}
      disableSyncWithLocation
      storeKey="gdpr.retention"
      exporter={false}
      actions={false}
      empty={<Typography sx={{ p: 2 }}>{translate('app.gdpr.retention_empty')}</Typography>}
      aside={
        <ListHelp>{translate('app.gdpr.retention_explanation', { smart_count: RETENTION_MONTHS })}</ListHelp>
      }
    >
      <DataTable<Candidate> rowClick="show" bulkActionButtons={<BulkAnonymiseButton />}>
        <DataTable.Col source="firstName" />
        <DataTable.Col source="lastName" />
        <DataTable.Col source="email" />
        <DataTable.Col source="city" />
        <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
        <DataTable.Col source="createdAt" field={LocaleDateField} />
      </DataTable>
    </List>
  );
}
