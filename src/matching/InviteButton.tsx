import Send from '@mui/icons-material/Send';
import { Stack, Typography } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, type HttpError, useCreate, useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import type { Application, Identifier } from '../model/types';

interface InviteButtonProps {
  offerId: Identifier;
  candidateId: Identifier;
  /** Who is invited, for the confirmation message. */
  name: string;
  /** The application already linked to this pair, if any: then there is nothing to invite. */
  existing?: Application;
  /** The contact is masked: the invitation opens it, for one CV credit of the company. */
  masked?: boolean;
  /** The company's CV credits left, when known. */
  credits?: number;
  /** Called once the pair has an application (created now, or found to exist). */
  onInvited: () => void;
}

/**
 * "Invite to apply": creates the application at stage new with source "sourcing", once. The API
 * refuses a second application to the same offer (422 on candidateId) and, for a masked profile,
 * charges one CV credit (402 when none is left): the button says the cost before the click, and a
 * confirmation asks before spending it, as unlocking a contact does.
 */
export function InviteButton(props: InviteButtonProps) {
  const { offerId, candidateId, name, existing, masked = false, credits, onInvited } = props;
  const notify = useNotify();
  const translate = useTranslate();
  const queryClient = useQueryClient();
  const [create, { isPending }] = useCreate<Application>();
  const [invited, setInvited] = useState(false);
  const [confirming, setConfirming] = useState(false);
  if (existing || invited) {
    const label =
      !existing || existing.source === 'sourcing' ? 'matching.invite.invited' : 'matching.invite.applied';
    return <Button label={label} disabled />;
  }
  const noCredit = masked && credits === 0;
  const invite = () =>
    create(
      'applications',
      { data: { offerId, candidateId, stage: 'new', source: 'sourcing' } },
      {
        onSuccess: () => {
          setInvited(true);
          // The profile is unlocked now: every cached view of it (lists, its page, matches) reloads.
          if (masked) {
            queryClient.invalidateQueries({ queryKey: ['candidates'] });
            queryClient.invalidateQueries({ queryKey: ['matches'] });
          }
          notify(masked ? 'matching.invite.done_paid' : 'matching.invite.done', {
            type: 'success',
            messageArgs: { name },
          });
          onInvited();
        },
        onError: (error) => {
          const { status, body } = error as HttpError;
          if (status === 422 && body?.errors?.candidateId) {
            notify('matching.invite.duplicate', { type: 'warning', messageArgs: { name } });
            onInvited();
            return;
          }
          if (status === 402) {
            notify('matching.invite.no_credit', { type: 'error' });
            onInvited();
            return;
          }
          notify('matching.invite.failed', {
            type: 'error',
            messageArgs: { message: (error as Error).message },
          });
        },
      },
    );
  return (
    <Stack sx={{ alignItems: 'flex-end', gap: 0.5 }}>
      <Button
        label={masked ? 'matching.invite.button_paid' : 'matching.invite.button'}
        onClick={masked ? () => setConfirming(true) : invite}
        disabled={isPending || noCredit}
        variant="outlined"
      >
        <Send />
      </Button>
      {masked && credits !== undefined ? (
        <Typography variant="caption" color={noCredit ? 'error' : 'text.secondary'}>
          {translate(noCredit ? 'matching.invite.no_credit' : 'matching.invite.credits_left', {
            smart_count: credits,
          })}
        </Typography>
      ) : null}
      <Confirm
        isOpen={confirming}
        title="matching.invite.confirm_title"
        content="matching.invite.confirm"
        titleTranslateOptions={{ name }}
        contentTranslateOptions={{ smart_count: credits ?? 0 }}
        confirm="matching.invite.button"
        onConfirm={() => {
          setConfirming(false);
          invite();
        }}
        onClose={() => setConfirming(false)}
      />
    </Stack>
  );
}
