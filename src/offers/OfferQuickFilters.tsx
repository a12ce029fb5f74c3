import { Card, CardContent } from '@mui/material';
import { useState } from 'react';
import { FilterList, FilterListItem, useGetIdentity } from 'react-admin';
import { STATUS_CHOICES } from '../common/choices/offers';
import { expiringFilter } from '../model/offer-workflow';

/** One-click filters beside the list: the questions a recruiter asks every morning. */
export function OfferQuickFilters() {
  const { identity } = useGetIdentity();
  // Fixed for the page's life, so the "expiring" item keeps matching its own filter.
  const [now] = useState(() => Date.now());
  return (
    <Card sx={{ order: -1, mr: 2, mt: 8, width: 220, flexShrink: 0, display: { xs: 'none', md: 'block' } }}>
      <CardContent>
        <FilterList label="resources.offers.filters.quick" icon={null}>
          {identity && (
            <FilterListItem label="resources.offers.filters.mine" value={{ recruiterId: identity.id }} />
          )}
          <FilterListItem label="resources.offers.filters.published" value={{ status: 'published' }} />
          <FilterListItem label="resources.offers.filters.expiring" value={expiringFilter(now)} />
          <FilterListItem label="resources.offers.filters.no_applicant" value={{ applicationsCount: 0 }} />
        </FilterList>
        <FilterList label="resources.offers.fields.status" icon={null}>
          {STATUS_CHOICES.filter((c) => c.id !== 'published').map((choice) => (
            <FilterListItem key={choice.id} label={choice.name} value={{ status: choice.id }} />
          ))}
        </FilterList>
      </CardContent>
    </Card>
  );
}
