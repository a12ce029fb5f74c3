import ArrowDownIcon from '@mui/icons-material/ArrowDownward';
import ArrowUpIcon from '@mui/icons-material/ArrowUpward';
import FlatIcon from '@mui/icons-material/Remove';
import WarningAmberIcon from '@mui/icons-material/WarningAmber';
import { Box, Chip, Stack, Typography } from '@mui/material';
import { visuallyHidden } from '@mui/utils';
import { useTranslate } from 'react-admin';
import type { AccountHealth, AccountHealthPoints } from '../model/stats-types';
import { kpiDelta } from './series';

/**
 * The pieces of an account's health as the API computed them (the score, its change over 30 days,
 * why it is at risk, the five components): shared by the sales dashboard's table and the company page.
 */
const t = (translate: (key: string, options?: object) => string) => (key: string, options?: object) =>
  translate(`app.dashboard.health.${key}`, options);

const ICONS = { up: ArrowUpIcon, down: ArrowDownIcon, flat: FlatIcon };
const COLOURS = { up: 'success.main', down: 'error.main', flat: 'text.secondary' };

/** "72 / 100" with a bar (decoration: the number says it, so the bar is hidden from screen readers). */
export function HealthScore({ score }: { score: number }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 110 }}>
      <Typography variant="body2" component="span" sx={{ fontWeight: 600, minWidth: 52 }}>
        {t(translate)('score_value', { score })}
      </Typography>
      <Box
        aria-hidden
        sx={{ flex: 1, height: 6, borderRadius: 3, bgcolor: 'action.selected', overflow: 'hidden' }}
      >
        <Box sx={{ width: `${score}%`, height: '100%', bgcolor: 'primary.main' }} />
      </Box>
    </Stack>
  );
}

/** The change against 30 days earlier: arrow, sign and words (not colour alone). */
export function HealthTrend({ score, previousScore }: Pick<AccountHealth, 'score' | 'previousScore'>) {
  const translate = useTranslate();
  const { change, trend } = kpiDelta(score, previousScore);
  const Icon = ICONS[trend];
  const shown = change > 0 ? `+${change}` : change < 0 ? `−${-change}` : '0';
  return (
    <Box
      component="span"
      sx={{
        display: 'inline-flex',
        alignItems: 'center',
        gap: 0.5,
        color: COLOURS[trend],
        whiteSpace: 'nowrap',
      }}
    >
      <Icon fontSize="small" aria-hidden />
      <span aria-hidden>{shown}</span>
      <Box component="span" sx={visuallyHidden}>
        {t(translate)(`trend_${trend}`, { points: Math.abs(change), previous: previousScore })}
      </Box>
    </Box>
  );
}

/** Why the account is at risk, one chip a reason; nothing when it is not. */
export function HealthReasons({ reasons }: Pick<AccountHealth, 'reasons'>) {
  const translate = useTranslate();
  return (
    <Stack direction="row" sx={{ gap: 0.5, flexWrap: 'wrap' }}>
      {reasons.map((reason) => (
        // Text in the body colour (an orange label is too faint to read), the warning in the icon.
        <Chip
          key={reason}
          size="small"
          variant="outlined"
          icon={<WarningAmberIcon color="warning" />}
          label={t(translate)(`reasons.${reason}`)}
        />
      ))}
    </Stack>
  );
}

const COMPONENTS: ReadonlyArray<keyof AccountHealthPoints> = [
  'recruiters',
  'offers',
  'credits',
  'renewal',
  'breadth',
];

/** What each component is made of, in words, beside its points out of 20. */
function componentText(health: AccountHealth, key: keyof AccountHealthPoints, tr: ReturnType<typeof t>) {
  const c = health.components;
  switch (key) {
    case 'recruiters':
      return tr('recruiters_value', { active: c.activeRecruiters, total: c.recruiters });
    case 'offers':
      return tr('offers_value', { smart_count: c.offersPublished30d });
    case 'credits':
      if (c.creditsLeft <= 0) return tr('credits_out');
      return c.daysOfCreditLeft === null
        ? tr('credits_unused', { left: c.creditsLeft })
        : tr('credits_value', { left: c.creditsLeft, days: c.daysOfCreditLeft });
    case 'renewal':
      if (c.daysToRenewal === null) return tr('renewal_none');
      return c.daysToRenewal < 0
        ? tr('renewal_overdue', { smart_count: -c.daysToRenewal })
        : tr('renewal_value', { smart_count: c.daysToRenewal });
    default:
      return tr('breadth_value', {
        count: c.features.length,
        features: c.features.map((feature) => tr(`features.${feature}`)).join(', ') || '–',
      });
  }
}

/** The five components of the score, each with its points out of 20 (a row's details). */
export function HealthComponents({ health }: { health: AccountHealth }) {
  const translate = useTranslate();
  const tr = t(translate);
  return (
    <Box
      component="dl"
      sx={{
        display: 'grid',
        gridTemplateColumns: 'max-content max-content 1fr',
        gap: 0.5,
        columnGap: 2,
        m: 0,
      }}
    >
      {COMPONENTS.map((key) => (
        <Box key={key} sx={{ display: 'contents' }}>
          <Typography component="dt" variant="body2" sx={{ fontWeight: 600 }}>
            {tr(`components.${key}`)}
          </Typography>
          <Typography component="dd" variant="body2" sx={{ m: 0, whiteSpace: 'nowrap' }}>
            {tr('points', { points: health.points[key] })}
          </Typography>
          <Typography component="dd" variant="body2" color="text.secondary" sx={{ m: 0 }}>
            {componentText(health, key, tr)}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
