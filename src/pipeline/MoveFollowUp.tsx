import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ScheduleInterviewButton } from '../interviews/ScheduleInterviewButton';
import { SendMessageDialog } from '../message-templates/SendMessageDialog';
import type { Application } from '../model/types';

/**
 * What a move usually calls for next (issue 11), offered once the API has confirmed it: a card
 * moved to "interview" offers to schedule one; a rejected card offers to send the rejection message
 * (its preview first). Either can be declined; nothing happens without the recruiter's click.
 */
export interface FollowUp {
  card: Application;
  name: string;
}

export function MoveFollowUp({ followUp, onClose }: { followUp: FollowUp; onClose: () => void }) {
  const translate = useTranslate();
  const { card, name } = followUp;
  if (card.stage === 'rejected')
    return (
      <SendMessageDialog
        application={card}
        kind="rejection"
        title={translate('app.pipeline.follow_up.reject_title', { name })}
        onClose={onClose}
      />
    );
  return (
    <Dialog open onClose={onClose} aria-labelledby="pipeline-schedule-title">
      <DialogTitle id="pipeline-schedule-title">
        {translate('app.pipeline.follow_up.schedule_title', { name })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('app.pipeline.follow_up.schedule_text')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('app.pipeline.follow_up.not_now')}</Button>
        <ScheduleInterviewButton application={card} />
      </DialogActions>
    </Dialog>
  );
}

/** The moves that call for a follow-up. */
export const followsUp = (stage: Application['stage']): boolean =>
  stage === 'interview' || stage === 'rejected';
