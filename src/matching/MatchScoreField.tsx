import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { Application } from '../model/types';
import { MatchScore } from './MatchScore';

/**
 * An application's `matchScore` (computed by the API on every read, the offer's "Best matches"
 * score) as the bar with its number written beside it; a dash when the API has none.
 */
export function MatchScoreField(_props: { source?: 'matchScore'; label?: string }) {
  const record = useRecordContext<Application>();
  const score = record?.matchScore;
  if (score === null || score === undefined)
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  return <MatchScore score={score} />;
}
