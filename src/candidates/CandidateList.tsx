import { Box, Chip, Stack, type Theme, useMediaQuery } from '@mui/material';
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
import { ServerExportButton } from '../common/ServerExportButton';
import { useClearSelectionOnFilterChange } from '../common/useClearSelectionOnFilterChange';
import { useRefusedWholeNumbers } from '../common/wholeNumberFilter';
import { RECRUITER_CANDIDATE_PAGE } from '../model/permissions';
import type { Candidate, Role } from '../model/types';
import { CandidateBulkActions } from './CandidateBulkActions';
import { CandidateEmpty } from './CandidateEmpty';
import { candidateFilters } from './CandidateFilters';
import { CandidateImportButton } from './CandidateImportButton';
import { CandidateSavedViewsButton } from './CandidateSavedViews';
import { useReadableListParams } from './useReadableListParams';

/** Recruiters may not ask for more than 30 rows a page (the API's cap for the database search). */
export const CANDIDATE_PAGE_SIZES = [10, 25, RECRUITER_CANDIDATE_PAGE];

function CandidateListActions() {
  const { canAccess: canCreate } = useCanAccess({ resource: 'candidates', action: 'create' });
  return (
    <TopToolbar>
      <CandidateSavedViewsButton />
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
    <Stack direction="row" sx={{ gap: 0.5 }}>
      {record?.skills.slice(0, 3).map((skill) => (
        <Chip key={skill} label={skill} size="small" />
      ))}
    </Stack>
  );
}

/** "Lyon, FR · Partly remote": where, and how far from there (one column, so the row fits). */
function Location() {
  const record = useRecordContext<Candidate>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {[record.city, record.country].filter(Boolean).join(', ')}
      <Box component="span" sx={{ color: 'text.secondary' }}>
        {` · ${translate(`resources.offers.remote.${record.remote}`)}`}
      </Box>
    </span>
  );
}

/** The list's default order, and where a dropped sort on a masked field falls back to. */
const DEFAULT_SORT: SortPayload = { field: 'lastActivityAt', order: 'DESC' };
/** One value for the list and for the hook that reads its parameters, so the two cannot drift. */
const PER_PAGE = 25;

/** The headline on one line, cut to the room left (the whole of it on hover and for screen readers). */
function Headline() {
  const record = useRecordContext<Candidate>();
  return record ? (
    <Box
      component="span"
      title={record.headline}
      sx={{ display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}
    >
      {record.headline}
    </Box>
  ) : null;
}

/**
 * One line a row, so a 1440×900 screen shows 15+ candidates: no cell wraps, and the headline
 * takes the room the other columns leave (max-width 0 lets it shrink below its text).
 */
const ONE_LINE_ROWS = {
  '& .RaDataTable-rowCell': { whiteSpace: 'nowrap' },
  '& .RaDataTable-rowCell, & .RaDataTable-headerCell': { px: 1 },
  '& .RaDataTable-rowCell.column-headline': { maxWidth: 0, width: '30%' },
};

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
    <DataTable<Candidate> rowClick="show" bulkActionButtons={<CandidateBulkActions />} sx={ONE_LINE_ROWS}>
      {/* The last name is masked on database profiles: a recruiter may not sort on it. */}
      <DataTable.Col
        source="lastName"
        label="resources.candidates.fields.name"
        disableSort={permissions?.role === 'recruiter'}
      >
        <NameCell />
      </DataTable.Col>
      <DataTable.Col source="headline">
        <Headline />
      </DataTable.Col>
      <DataTable.Col source="skills" disableSort label={translate('resources.candidates.fields.top_skills')}>
        <TopSkills />
      </DataTable.Col>
      <DataTable.Col source="city" label="resources.candidates.fields.location">
        <Location />
      </DataTable.Col>
      <DataTable.Col source="availableFrom" field={LocaleDateField} />
      <DataTable.NumberCol source="yearsOfExperience" />
      <DataTable.Col source="lastActivityAt" field={LocaleDateField} />
    </DataTable>
  );
}

function NameCell() {
  const record = useRecordContext<Candidate>();
  return record ? <span>{`${record.firstName} ${record.lastName}`}</span> : null;
}

/**
 * The three filters keep one line: when the buttons leave them too little room (French words are
 * longer), the buttons go to a line of their own instead of stacking the filters one per line.
 */
const TOOLBAR = {
  // From the tablet width up: a phone stacks them already (react-admin's own layout).
  '& .RaList-actions': { flexWrap: { sm: 'wrap' } },
  '& .RaList-actions > form': { flex: { sm: '1 1 540px' } },
};

/** Paged, filtered, sorted on the server; saved views stored by the API. */
export function CandidateList() {
  const refused = useRefusedWholeNumbers('candidates', candidateFilters, {
    perPage: PER_PAGE,
    sort: DEFAULT_SORT,
  });
  return (
    <List
      sx={TOOLBAR}
      sort={DEFAULT_SORT}
      filter={refused}
      filters={candidateFilters}
      actions={<CandidateListActions />}
      empty={<CandidateEmpty />}
      exporter={false}
      perPage={PER_PAGE}
      pagination={<ListPagination rowsPerPageOptions={CANDIDATE_PAGE_SIZES} />}
    >
      <CandidateListContent />
    </List>
  );
}
