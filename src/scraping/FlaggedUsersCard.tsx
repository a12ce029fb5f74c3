import { List, ListItem, ListItemText } from '@mui/material';
import { Link, useGetList, useTranslate } from 'react-admin';
import { DashboardCard } from '../common/DashboardCard';
import type { WatchedUser } from '../model/scraping';

/** The support dashboard's card of the users the scraping watch flags, the riskiest first. */
export function FlaggedUsersCard() {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<WatchedUser>('scraping-watch', {
    filter: { flagged: true },
    sort: { field: 'score', order: 'DESC' },
    pagination: { page: 1, perPage: 5 },
  });
  return (
    <DashboardCard
      title="app.scraping.card_title"
      subheader={total !== undefined && translate('app.scraping.card_total', { smart_count: total })}
      isPending={isPending}
      error={error}
      empty={!data?.length}
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
      </List>
      <Link to="/scraping-watch">{translate('app.scraping.open')}</Link>
    </DashboardCard>
  );
}
