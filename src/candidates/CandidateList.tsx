import { Chip, Stack, type Theme, useMediaQuery } from '@mui/material';
import {
  CreateButton,
  DataTable,
  FilterButton,
  List,
  SimpleList,
  type SortPayload,
  TopToolbar,
  useCanAccess,
  usePermissions,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { ListPagination } from '../common/ListPagination';
import { LocaleDateField } from '../common/LocaleDateField';
import { RECRUITER_CANDIDATE_PAGE } from '../common/permissions';
import { ServerExportButton } from '../common/ServerExportButton';
import { useClearSelectionOnFilterChange } from '../common/useClearSelectionOnFilterChange';
import type { Candidate, Role } from '../types';
import { CandidateBulkActions } from './CandidateBulkActions';
import { CandidateEmpty } from './CandidateEmpty';
import { candidateFilters } from './CandidateFilters';
import { CandidateImportButton } from './CandidateImportButton';
import { CandidateSavedViews } from './CandidateSavedViews';
import { useReadableListParams } from './useReadableListParams';

/** Recruiters may not ask for more than 30 rows a page (the API's cap for the database search). */
export const CANDIDATE_PAGE_SIZES = [10, 25, RECRUITER_CANDIDATE_PAGE];

function CandidateListActions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'candidates', action: 'create' });
  return (
    <TopToolbar>
      <FilterButton />
      {canCreate && <CreateButton />}
      {canCreate && <CandidateImportButton />}
      <ServerExportButton />
    </TopToolbar>
  );
}

function TopSkills() {
  const record = useRecordContext<Candidate>();
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {record?.skills.slice(0, 3).map((skill) => (
        <Chip key={skill} label={skill} size="small" />
      ))}
    </Stack>
  );
}

function Location() {
  const record = useRecordContext<Candidate>();
  return record ? <span>{[record.city, record.country].filter(Boolean).join(', ')}</span> : null;
}

/** The list's default order, and where a dropped sort on a masked field falls back to. */
const DEFAULT_SORT: SortPayload = { field: 'lastActivityAt', order: 'DESC' };

function CandidateListContent() {
  const translate = useTranslate();
  const isPhone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const { permissions } = usePermissions<{ role: Role } | null>();
  useClearSelectionOnFilterChange();
  useReadableListParams(DEFAULT_SORT);
  if (isPhone)
    return (
      <SimpleList<Candidate>
        primaryText={(record) => `${record.firstName} ${record.lastName}`}
        secondaryText={(record) => record.headline}
        tertiaryText={(record) => record.city}
        linkType="show"
      />
    );
  return (
    <DataTable<Candidate> rowClick="show" bulkActionButtons={<CandidateBulkActions />}>
      {/* The last name is masked on database profiles: a recruiter may not sort on it. */}
      <DataTable.Col
        source="lastName"
        label="resources.candidates.fields.name"
        disableSort={permissions?.role === 'recruiter'}
      >
        <NameCell />
      </DataTable.Col>
      <DataTable.Col source="headline" />
      <DataTable.Col source="skills" disableSort label={translate('resources.candidates.fields.top_skills')}>
        <TopSkills />
      </DataTable.Col>
      <DataTable.Col source="city" label="resources.candidates.fields.location">
        <Location />
      </DataTable.Col>
      <DataTable.Col source="remote">
        <RemoteCell />
      </DataTable.Col>
      <DataTable.Col source="availableFrom" field={LocaleDateField} />
      <DataTable.NumberCol source="yearsOfExperience" />
      <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
    </DataTable>
  );
}

function RemoteCell() {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  return record ? <span>{translate(`resources.candidates.remote.${record.remote}`)}</span> : null;
}

function NameCell() {
  const record = useRecordContext<Candidate>();
  return record ? <span>{`${record.firstName} ${record.lastName}`}</span> : null;
}

/** Paged, filtered, sorted on the server; saved views stored by the API. */
export function CandidateList() {
  return (
    <List
      sort={DEFAULT_SORT}
      filters={candidateFilters}
      actions={<CandidateListActions />}
      aside={<CandidateSavedViews />}
      empty={<CandidateEmpty />}
      exporter={false}
      perPage={25}
      pagination={<ListPagination rowsPerPageOptions={CANDIDATE_PAGE_SIZES} />}
    >
      <CandidateListContent />
    </List>
  );
}
