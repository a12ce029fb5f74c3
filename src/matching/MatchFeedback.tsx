import ThumbDownOutlined from '@mui/icons-material/ThumbDownOutlined';
import ThumbUpOutlined from '@mui/icons-material/ThumbUpOutlined';
import { Button, Chip, Menu, MenuItem, Stack } from '@mui/material';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import {
  type Identifier,
  MATCH_FEEDBACK_REASONS,
  type MatchFeedbackReason,
  type MatchResult,
} from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

interface MatchFeedbackProps {
  offerId: Identifier;
  candidateId: Identifier;
  /** The company's verdict on the pair, as the ranking gave it. */
  feedback: MatchResult<unknown>['feedback'];
  /** Whether the reader may give a verdict (else the verdict is only shown). */
  canJudge: boolean;
}

type Verdict = { verdict: 'good'; reason: null } | { verdict: 'not_a_fit'; reason: MatchFeedbackReason };

/**
 * "Good match" / "Not a fit" (with its reason) on a ranked match, and once given, the verdict with
 * an undo. Every list of matches ranks again as soon as the API has it (issue 18).
 */
export function MatchFeedback({ offerId, candidateId, feedback, canJudge }: MatchFeedbackProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const menuId = useId();
  const save = useMutation({
    mutationFn: (next: Verdict | null) =>
      next
        ? dataProvider.setMatchFeedback(offerId, candidateId, next.verdict, next.reason)
        : dataProvider.removeMatchFeedback(offerId, candidateId),
    onSuccess: (_, next) => {
      notify(next ? 'matching.feedback.saved' : 'matching.feedback.removed', { type: 'info' });
      return queryClient.invalidateQueries({ queryKey: ['matches'] });
    },
    onError: (error) =>
      notify('matching.feedback.failed', { type: 'error', messageArgs: { message: error.message } }),
  });
  if (feedback) {
    const good = feedback.verdict === 'good';
    const reason = translate(`matching.feedback.reasons.${feedback.reason ?? 'other'}`).toLocaleLowerCase(
      locale,
    );
    return (
      <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
        <Chip
          size="small"
          variant="outlined"
          color={good ? 'success' : 'default'}
          icon={good ? <ThumbUpOutlined /> : <ThumbDownOutlined />}
          label={
            good
              ? translate('matching.feedback.marked_good')
              : translate('matching.feedback.marked_not_fit', { reason })
          }
        />
        {canJudge && (
          <Button size="small" onClick={() => save.mutate(null)} disabled={save.isPending}>
            {translate('matching.feedback.undo')}
          </Button>
        )}
      </Stack>
    );
  }
  if (!canJudge) return null;
  return (
    <Stack
      role="group"
      aria-label={translate('matching.feedback.group')}
      direction="row"
      sx={{ gap: 1, flexWrap: 'wrap' }}
    >
      <Button
        size="small"
        variant="outlined"
        startIcon={<ThumbUpOutlined />}
        disabled={save.isPending}
        onClick={() => save.mutate({ verdict: 'good', reason: null })}
      >
        {translate('matching.feedback.good')}
      </Button>
      <Button
        size="small"
        variant="outlined"
        startIcon={<ThumbDownOutlined />}
        disabled={save.isPending}
        aria-haspopup="menu"
        aria-controls={menu ? menuId : undefined}
        aria-expanded={menu ? 'true' : undefined}
        onClick={(event) => setMenu(event.currentTarget)}
      >
        {translate('matching.feedback.not_fit')}
      </Button>
      <Menu
        id={menuId}
        anchorEl={menu}
        open={menu !== null}
        onClose={() => setMenu(null)}
        slotProps={{ list: { 'aria-label': translate('matching.feedback.reason_menu') } }}
      >
        {MATCH_FEEDBACK_REASONS.map((reason) => (
          <MenuItem
            key={reason}
            onClick={() => {
              setMenu(null);
              save.mutate({ verdict: 'not_a_fit', reason });
            }}
          >
            {translate(`matching.feedback.reasons.${reason}`)}
          </MenuItem>
        ))}
      </Menu>
    </Stack>
  );
}
