import { List, ListItem, ListItemText } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { DashboardCard } from '../common/DashboardCard';
import type { WatchedCompany, WatchedUser } from '../model/scraping';

const FLAGGED = {
  filter: { flagged: true },
  sort: { field: 'score', order: 'DESC' as const },
  pagination: { page: 1, perPage: 5 },
};

/** The support dashboard's card of the users and companies the scraping watch flags, the riskiest first. */
export function FlaggedUsersCard() {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<WatchedUser>('scraping-watch', FLAGGED);
  const companies = useGetList<WatchedCompany>('scraping-watch-companies', FLAGGED);
  const counts = [
    total !== undefined && translate('app.scraping.card_total', { smart_count: total }),
    companies.total !== undefined &&
      translate('app.scraping.card_companies', { smart_count: companies.total }),
  ].filter(Boolean);
  return (
    <DashboardCard
      title="app.scraping.card_title"
      subheader={counts.length > 0 && counts.join(' · ')}
      isPending={isPending || companies.isPending}
      error={error ?? companies.error}
      empty={!data?.length && !companies.data?.length}
    >
      <List dense>
        {data?.map((row) => (
          <ListItem key={row.id} disableGutters>
            <ListItemText
              primary={`${row.name} · ${row.companyName} · ${translate('app.scraping.card_score', { score: row.score })}`}
              secondary={row.reasons[0]?.text}
            />
          </ListItem>
        ))}
        {companies.data?.map((row) => (
          <ListItem key={`company-${row.id}`} disableGutters>
            <ListItemText
              primary={`${row.name} · ${translate('app.scraping.company.fields.name')} · ${translate('app.scraping.card_score', { score: row.score })}`}
              secondary={row.reasons[0]?.text}
            />
          </ListItem>
        ))}
      </List>
      <Link to="/scraping-watch">{translate('app.scraping.open')}</Link>
    </DashboardCard>
  );
}
