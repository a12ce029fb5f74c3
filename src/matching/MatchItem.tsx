import { Box, Paper, Stack, Typography } from '@mui/material';
import { type ReactNode, useId } from 'react';
import { useTranslate } from 'react-admin';
import type { MatchResult } from '../model/types';
import { MatchGap } from './MatchGap';
import { MatchReasons } from './MatchReasons';
import { MatchScore } from './MatchScore';
import { MatchSkills } from './MatchSkills';

interface MatchItemProps {
  rank: number;
  match: MatchResult<unknown>;
  /** Who or what matches: a link to the candidate or the offer. */
  title: ReactNode;
  /** A line under the title (headline, city...) and any badge such as "contact masked". */
  details?: ReactNode;
  action?: ReactNode;
  /** No. 1 of the list, to say what separates this match from it. */
  leader?: MatchResult<unknown>;
  /** The recruiter's verdict on the match, or the buttons to give one. */
  feedback?: ReactNode;
}

/** One ranked match: rank and title, score bar, what separates it from No. 1, skills, reasons, verdict. */
export function MatchItem({ rank, match, title, details, action, leader, feedback }: MatchItemProps) {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <Paper component="li" variant="outlined" aria-labelledby={titleId} data-match-id={match.id} sx={{ p: 2 }}>
      <Stack direction={{ xs: 'column', md: 'row' }} sx={{ gap: 2, alignItems: { md: 'flex-start' } }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Typography variant="subtitle1" component="h3" id={titleId}>
            <Typography component="span" color="text.secondary" sx={{ mr: 1 }}>
              {translate('matching.rank', { rank })}
            </Typography>
            {title}
          </Typography>
          {details}
          <Box sx={{ my: 1 }}>
            <MatchScore score={match.score} />
          </Box>
          {rank > 1 && leader?.points && match.points && (
            <MatchGap
              points={match.points}
              leader={leader.points}
              score={match.score}
              leaderScore={leader.score}
            />
          )}
          <MatchSkills matched={match.matchedSkills} missing={match.missingSkills} />
          {feedback && <Box sx={{ mt: 1 }}>{feedback}</Box>}
        </Box>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <MatchReasons reasons={match.reasons} />
        </Box>
        {action && <Box sx={{ flexShrink: 0 }}>{action}</Box>}
      </Stack>
    </Paper>
  );
}
