import { Box, Button, TextField } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import type { Company, Offer, User } from '../model/types';
import { ReferencePicker } from './ReferencePicker';
import type { FilterKey } from './useBoardFilter';
import type { BoardFilter } from './usePipelineColumn';

/** Offer, recruiter, candidate search and applied dates; every change goes to the URL. */
export interface PipelineFiltersProps {
  filter: BoardFilter;
  setFilter: (key: FilterKey, value: string | number | null) => void;
  clear: () => void;
  showCompany: boolean;
  showOffer: boolean;
}

const SEARCH_DELAY_MS = 300;

export function PipelineFilters({ filter, setFilter, clear, showCompany, showOffer }: PipelineFiltersProps) {
  const translate = useTranslate();
  const label = (key: string) => translate(`app.pipeline.filters.${key}`);
  const id = (key: FilterKey) => (typeof filter[key] === 'number' ? (filter[key] as number) : null);
  const [q, setQ] = useState(String(filter.q ?? ''));
  // Typing waits for a pause before it changes the URL (and refetches six columns).
  useEffect(() => {
    if (q === String(filter.q ?? '')) return;
    const timer = setTimeout(() => setFilter('q', q.trim() || null), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  });
  const companyFilter = typeof filter.companyId === 'number' ? { companyId: filter.companyId } : {};

  return (
    // One compact row above the board at 1440 px, Clear included (react-admin's theme makes fields
    // full width by default).
    <Box
      role="search"
      aria-label={label('label')}
      sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, my: 1 }}
    >
      {showCompany ? (
        <ReferencePicker<Company>
          label={label('company')}
          reference="companies"
          value={id('companyId')}
          onChange={(value) => setFilter('companyId', value)}
          optionText={(c) => c.name}
        />
      ) : null}
      {showOffer ? (
        <ReferencePicker<Offer>
          label={label('offer')}
          reference="offers"
          value={id('offerId')}
          onChange={(value) => setFilter('offerId', value)}
          optionText={(o) => `${o.title} (${o.reference})`}
          filter={companyFilter}
        />
      ) : null}
      <ReferencePicker<User>
        label={label('recruiter')}
        reference="users"
        value={id('recruiterId')}
        onChange={(value) => setFilter('recruiterId', value)}
        optionText={(u) => `${u.firstName} ${u.lastName}`}
        filter={{ role: 'recruiter', ...companyFilter }}
      />
      <TextField
        size="small"
        fullWidth={false}
        sx={{ width: 200 }}
        label={label('q')}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        type="search"
      />
      {(['appliedAt_gte', 'appliedAt_lte'] as const).map((key) => (
        <TextField
          key={key}
          size="small"
          fullWidth={false}
          sx={{ width: 160 }}
          type="date"
          label={label(key === 'appliedAt_gte' ? 'from' : 'to')}
          value={filter[key] ?? ''}
          onChange={(event) => setFilter(key, event.target.value || null)}
          slotProps={{ inputLabel: { shrink: true } }}
        />
      ))}
      <Button
        onClick={() => {
          setQ('');
          clear();
        }}
      >
        {label('clear')}
      </Button>
    </Box>
  );
}
