import { Box, LinearProgress, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The 0-100 score as a bar with the number written beside it, so it never rests on length or colour alone. */
export function MatchScore({ score }: { score: number }) {
  const translate = useTranslate();
  const label = translate('matching.score', { score });
  const color = score >= 70 ? 'success' : score >= 40 ? 'primary' : 'warning';
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 180 }}>
      {/* A measure, not a task in progress: a meter, so nothing takes it for a loading bar. */}
      <LinearProgress
        role="meter"
        variant="determinate"
        value={score}
        color={color}
        aria-label={label}
        sx={{ flex: 1, height: 8, borderRadius: 4 }}
      />
      <Typography variant="body2" sx={{ fontWeight: 600, minWidth: 56 }} title={label}>
        {score} / 100
      </Typography>
    </Box>
  );
}
