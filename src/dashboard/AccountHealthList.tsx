import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import {
  Box,
  Card,
  CardContent,
  CardHeader,
  FormControlLabel,
  IconButton,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TableSortLabel,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { Fragment, useState } from 'react';
import { type Identifier, Link, ListBase, useListContext, useTranslate } from 'react-admin';
import { ListPagination } from '../common/ListPagination';
import type { AccountHealthRow, StatsParams } from '../model/stats-types';
import { HealthComponents, HealthReasons, HealthScore, HealthTrend } from './AccountHealthFields';

/** Rows a page: a few at a glance, more on demand (the API pages and sorts). */
const PAGE_SIZES = [10, 25, 50];

/**
 * Every account's health score in one table, paged and sorted by the API (`GET /account-health`):
 * score and its change first, why it is at risk, and the five components when a row is opened.
 * A snapshot as of today: the dashboard's market narrows it, its period does not apply.
 */
export function AccountHealthList({ params }: { params: StatsParams }) {
  const translate = useTranslate();
  const title = translate('app.dashboard.health.title');
  return (
    <Card component="section" aria-label={title} sx={{ gridColumn: '1 / -1', minWidth: 0 }}>
      <CardHeader
        title={title}
        subheader={translate('app.dashboard.health.subtitle')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
      />
      <CardContent>
        <ListBase<AccountHealthRow>
          resource="account-health"
          filter={params.country ? { country: params.country } : {}}
          sort={{ field: 'score', order: 'ASC' }}
          perPage={PAGE_SIZES[0]}
          disableSyncWithLocation
          storeKey={false}
        >
          <HealthFilters />
          <HealthTable caption={title} />
          <ListPagination rowsPerPageOptions={PAGE_SIZES} />
        </ListBase>
      </CardContent>
    </Card>
  );
}

/** "At risk only" and a search by name, both sent to the API as list filters. */
function HealthFilters() {
  const translate = useTranslate();
  const { filterValues, setFilters } = useListContext();
  const [q, setQ] = useState(String(filterValues.q ?? ''));
  const set = (key: string, value: unknown) => {
    const { [key]: _, ...rest } = filterValues;
    setFilters(value === undefined ? rest : { ...rest, [key]: value }, {});
  };
  return (
    <Stack direction="row" sx={{ gap: 2, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
      <TextField
        size="small"
        type="search"
        fullWidth={false}
        label={translate('app.dashboard.health.search')}
        value={q}
        onChange={(event) => {
          setQ(event.target.value);
          const { q: _, ...rest } = filterValues;
          const next = event.target.value.trim();
          // react-admin waits for a pause in the typing before it asks the API (debounced).
          setFilters(next ? { ...rest, q: next } : rest, {}, true);
        }}
      />
      <FormControlLabel
        control={
          <Switch
            checked={filterValues.atRisk === true}
            onChange={(event) => set('atRisk', event.target.checked ? true : undefined)}
          />
        }
        label={translate('app.dashboard.health.at_risk_only')}
      />
    </Stack>
  );
}

/** The sortable columns, each with the order a first click asks for (worst first for the figures). */
const SORTABLE: Record<string, 'ASC' | 'DESC'> = { name: 'ASC', score: 'ASC', change: 'ASC', plan: 'ASC' };
const COLUMNS = ['company', 'score', 'trend', 'at_risk', 'plan'] as const;
const SOURCE: Record<(typeof COLUMNS)[number], string> = {
  company: 'name',
  score: 'score',
  trend: 'change',
  at_risk: 'reasons',
  plan: 'plan',
};

/**
 * The table of the page the API sent: a header click sorts on the server; a row's "details" button
 * (keyboard reachable, aria-expanded) opens the components below it.
 */
function HealthTable({ caption }: { caption: string }) {
  const translate = useTranslate();
  const { data, isPending, error, sort, setSort } = useListContext<AccountHealthRow>();
  const [open, setOpen] = useState<ReadonlySet<Identifier>>(new Set());
  const label = (key: string, options?: object) => translate(`app.dashboard.health.${key}`, options);
  if (error) return <Typography color="error">{translate('app.dashboard.error')}</Typography>;
  if (isPending || !data)
    return <Skeleton variant="rectangular" height={160} aria-label={translate('app.dashboard.loading')} />;
  if (data.length === 0)
    return <Typography color="text.secondary">{translate('app.dashboard.empty')}</Typography>;
  const toggle = (id: Identifier) =>
    setOpen((ids) => {
      const next = new Set(ids);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  return (
    // Scrolls sideways inside itself on a phone; positioned, so the words kept for screen readers
    // (absolutely placed) scroll with it instead of widening the page.
    <Box sx={{ overflowX: 'auto', position: 'relative' }}>
      <Table size="small" aria-label={caption}>
        <TableHead>
          <TableRow>
            {COLUMNS.map((column) => {
              const field = SOURCE[column];
              const active = sort.field === field;
              const direction = active ? (sort.order === 'ASC' ? 'asc' : 'desc') : undefined;
              return (
                <TableCell key={column} component="th" scope="col" sortDirection={direction ?? false}>
                  {field in SORTABLE ? (
                    <TableSortLabel
                      active={active}
                      direction={direction ?? 'asc'}
                      onClick={() =>
                        setSort({
                          field,
                          order: active ? (sort.order === 'ASC' ? 'DESC' : 'ASC') : SORTABLE[field],
                        })
                      }
                    >
                      {label(column)}
                    </TableSortLabel>
                  ) : (
                    label(column)
                  )}
                </TableCell>
              );
            })}
            <TableCell component="th" scope="col">
              <Box component="span" sx={visuallyHidden}>
                {label('details_column')}
              </Box>
            </TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {data.map((row) => {
            const expanded = open.has(row.id);
            const panel = `account-health-${row.id}`;
            return (
              <Fragment key={row.id}>
                <TableRow>
                  <TableCell component="th" scope="row">
                    <Link to={`/companies/${row.id}/show`}>{row.name}</Link> ({row.country})
                  </TableCell>
                  <TableCell>
                    <HealthScore score={row.score} />
                  </TableCell>
                  <TableCell>
                    <HealthTrend score={row.score} previousScore={row.previousScore} />
                  </TableCell>
                  <TableCell>
                    <HealthReasons reasons={row.reasons} />
                  </TableCell>
                  <TableCell>{translate(`resources.companies.plans.${row.plan}`)}</TableCell>
                  <TableCell padding="checkbox">
                    <Tooltip title={label(expanded ? 'hide_details' : 'show_details', { name: row.name })}>
                      <IconButton
                        size="small"
                        aria-expanded={expanded}
                        aria-controls={expanded ? panel : undefined}
                        aria-label={label(expanded ? 'hide_details' : 'show_details', { name: row.name })}
                        onClick={() => toggle(row.id)}
                      >
                        {expanded ? <ExpandLessIcon /> : <ExpandMoreIcon />}
                      </IconButton>
                    </Tooltip>
                  </TableCell>
                </TableRow>
                {expanded && (
                  <TableRow id={panel}>
                    <TableCell colSpan={COLUMNS.length + 1}>
                      <HealthComponents health={row} />
                    </TableCell>
                  </TableRow>
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
