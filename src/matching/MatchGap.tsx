import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MATCH_SIGNALS, type MatchPoints } from '../model/types';

/** How many of the biggest differences to name: the rest are small by construction. */
const NAMED = 3;

/**
 * What separates a match from No. 1, from the points per signal the API gives: "12 points behind
 * No. 1: skills −8, location −4". Written out, so it never rests on a chart or a colour.
 */
export function MatchGap({
  points,
  leader,
  score,
  leaderScore,
}: {
  points: MatchPoints;
  leader: MatchPoints;
  score: number;
  leaderScore: number;
}) {
  const translate = useTranslate();
  const behind = leaderScore - score;
  const gaps = MATCH_SIGNALS.map((signal) => ({ signal, gap: leader[signal] - points[signal] }))
    .filter((g) => g.gap >= 0.5)
    .sort((a, b) => b.gap - a.gap)
    .slice(0, NAMED);
  if (behind <= 0 || gaps.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('matching.gap.level')}
      </Typography>
    );
  const signals = gaps
    .map((g) =>
      translate('matching.gap.signal', {
        signal: translate(`matching.signals.${g.signal}`),
        points: Math.round(g.gap),
      }),
    )
    .join(', ');
  return (
    <Typography variant="body2" color="text.secondary">
      {translate('matching.gap.behind', { smart_count: behind, signals })}
    </Typography>
  );
}
