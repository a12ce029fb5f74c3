import { List, ListItem, ListItemText } from '@mui/material';
import { Link, ReferenceField, useTranslate } from 'react-admin';
import { DashboardCard, useFormatDate } from '../common/DashboardCard';
import type { RecruiterStats } from '../model/stats-types';

interface ListsProps {
  data: RecruiterStats | undefined;
  isPending: boolean;
  error: unknown;
}

/** Offers needing attention, upcoming interviews and recent activity of the recruiter's company. */
export function RecruiterLists({ data, isPending, error }: ListsProps) {
  const translate = useTranslate();
  const date = useFormatDate();
  const more = (shown: number, total: number) =>
    total > shown ? translate('app.dashboard.more', { smart_count: total - shown }) : undefined;
  return (
    <>
      <DashboardCard
        title="app.dashboard.recruiter.attention"
        subheader={data && more(data.offersNeedingAttention.length, data.offersNeedingAttentionTotal)}
        isPending={isPending}
        error={error}
        empty={!data?.offersNeedingAttention.length}
      >
        <List dense>
          {data?.offersNeedingAttention.map((offer) => (
            <ListItem key={offer.offerId} disableGutters>
              <ListItemText
                primary={
                  <Link to={`/offers/${offer.offerId}/show`}>{`${offer.reference} · ${offer.title}`}</Link>
                }
                secondary={translate(`app.dashboard.recruiter.reasons.${offer.reason}`, {
                  date: date(offer.expiresAt),
                  published: date(offer.publishedAt),
                })}
              />
            </ListItem>
          ))}
        </List>
      </DashboardCard>
      <DashboardCard
        title="app.dashboard.recruiter.interviews"
        subheader={data && more(data.upcomingInterviews.length, data.upcomingInterviewsTotal)}
        isPending={isPending}
        error={error}
        empty={!data?.upcomingInterviews.length}
      >
        <List dense>
          {data?.upcomingInterviews.map((interview) => (
            <ListItem key={interview.interviewId} disableGutters>
              <ListItemText
                primary={
                  <>
                    <ReferenceField
                      record={interview}
                      source="candidateId"
                      reference="candidates"
                      link={false}
                      emptyText={`#${interview.candidateId}`}
                    />
                    {' · '}
                    <Link to={`/applications/${interview.applicationId}/show`}>{interview.offerTitle}</Link>
                  </>
                }
                secondary={`${date(interview.startsAt, true)} · ${translate(`resources.interviews.kinds.${interview.kind}`)}`}
              />
            </ListItem>
          ))}
        </List>
      </DashboardCard>
      <DashboardCard
        title="app.dashboard.recruiter.activity"
        isPending={isPending}
        error={error}
        empty={!data?.recentActivity.length}
      >
        <List dense>
          {data?.recentActivity.map((activity) => (
            <ListItem key={activity.activityId} disableGutters>
              <ListItemText
                primary={
                  <>
                    {/* Who it is about first: "Claire Martin · Moved from New to Screening". */}
                    <ReferenceField
                      record={activity}
                      source="candidateId"
                      reference="candidates"
                      link="show"
                      emptyText={`#${activity.candidateId}`}
                    />
                    {' · '}
                    {translate(`app.dashboard.activity_types.${activity.type}`, {
                      from: activity.fromStage
                        ? translate(`resources.applications.stage.${activity.fromStage}`)
                        : '',
                      to: activity.toStage
                        ? translate(`resources.applications.stage.${activity.toStage}`)
                        : '',
                    })}
                  </>
                }
                secondary={date(activity.createdAt, true)}
              />
            </ListItem>
          ))}
        </List>
      </DashboardCard>
    </>
  );
}
