import { Chip, Stack, Typography } from '@mui/material';
import { Link, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { intlLocale } from '../model/format';
import { type Offer, STAGES, type Stage } from '../model/types';

/** One count per stage, each from the list endpoint's total (one row asked): no application loaded. */
function StageCount({ offerId, stage }: { offerId: Offer['id']; stage: Stage }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const { total, isPending } = useGetList('applications', {
    filter: { offerId, stage },
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  const label = translate('app.labelled', {
    label: translate(`resources.applications.stage.${stage}`),
    value: isPending ? '…' : new Intl.NumberFormat(intlLocale(locale)).format(total ?? 0),
  });
  const filter = encodeURIComponent(JSON.stringify({ offerId, stage }));
  return (
    <Chip
      label={label}
      component={Link}
      to={`${createPath({ resource: 'applications', type: 'list' })}?filter=${filter}`}
      clickable
      variant={total ? 'filled' : 'outlined'}
    />
  );
}

/** The offer's funnel at a glance; each chip opens the applications list filtered to it. */
export function OfferApplicationsByStage() {
  const record = useRecordContext<Offer>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Stack spacing={1}>
      <Typography variant="subtitle1" component="h2">
        {translate('resources.offers.show.by_stage')}
      </Typography>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {STAGES.map((stage) => (
          <StageCount key={stage} offerId={record.id} stage={stage} />
        ))}
      </Stack>
    </Stack>
  );
}
