import { Box, List, ListItem, ListItemText } from '@mui/material';
import { Link, RecordContextProvider, ReferenceField, useTranslate } from 'react-admin';
import { AuditRecordField } from '../audit-logs/AuditLogFields';
import { actionText, resourceText } from '../audit-logs/actions';
import { DashboardCard, useFormatDate } from '../common/DashboardCard';
import { FlaggedUsersCard } from '../scraping/FlaggedUsersCard';
import { useStats } from './useStats';

/** Support: the accounts that need a hand now, and what was last changed (audit log). */
export function SupportDashboard() {
  const translate = useTranslate();
  const date = useFormatDate();
  const { data, isPending, error } = useStats('support', {});
  const t = (key: string, options?: object) => translate(`app.dashboard.support.${key}`, options);
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 420px), 1fr))',
      }}
    >
      <DashboardCard
        title="app.dashboard.support.attention"
        subheader={data && t('attention_total', { smart_count: data.accountsNeedingAttentionTotal })}
        isPending={isPending}
        error={error}
        empty={!data?.accountsNeedingAttention.length}
      >
        <List dense>
          {data?.accountsNeedingAttention.map((account) => (
            <ListItem key={account.companyId} disableGutters>
              <ListItemText
                primary={<Link to={`/companies/${account.companyId}/show`}>{account.name}</Link>}
                secondary={account.reasons
                  .map((reason) => t(`reasons.${reason}`, { smart_count: account.lockedUsers }))
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      </DashboardCard>
      <FlaggedUsersCard />
      <DashboardCard
        title="app.dashboard.support.audit"
        isPending={isPending}
        error={error}
        empty={!data?.recentAudit.length}
      >
        <List dense>
          {data?.recentAudit.map((event) => (
            // The audit log's own fields: the record and the actor by name, as its list shows them.
            <RecordContextProvider key={event.id} value={event}>
              <ListItem disableGutters>
                <ListItemText
                  primary={
                    <>
                      {`${actionText(translate, event.action)} · ${resourceText(translate, event.resource)} `}
                      <AuditRecordField />
                    </>
                  }
                  secondary={
                    <>
                      {`${date(event.at, true)} · `}
                      <ReferenceField source="actorId" reference="users" link={false} emptyText="—" />
                      {` (${translate(`app.roles.${event.actorRole}`)})`}
                      {event.reason ? ` · ${event.reason}` : ''}
                    </>
                  }
                />
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
      </DashboardCard>
      <Link to="/audit-logs">{t('all_audit')}</Link>
    </Box>
  );
}
