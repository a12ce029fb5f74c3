import Send from '@mui/icons-material/Send';
import { useState } from 'react';
import { Button, type HttpError, useCreate, useNotify } from 'react-admin';
import type { Application, Identifier } from '../types';

interface InviteButtonProps {
  offerId: Identifier;
  candidateId: Identifier;
  /** Who is invited, for the confirmation message. */
  name: string;
  /** The application already linked to this pair, if any: then there is nothing to invite. */
  existing?: Application;
  /** Called once the pair has an application (created now, or found to exist). */
  onInvited: () => void;
}

/**
 * "Invite to apply": creates the application at stage new with source "sourcing", once. The API
 * refuses a second application to the same offer (422 on candidateId); that is said in words.
 */
export function InviteButton({ offerId, candidateId, name, existing, onInvited }: InviteButtonProps) {
  const notify = useNotify();
  const [create, { isPending }] = useCreate<Application>();
  const [invited, setInvited] = useState(false);
  if (existing || invited) {
    const label =
      !existing || existing.source === 'sourcing' ? 'matching.invite.invited' : 'matching.invite.applied';
    return <Button label={label} disabled />;
  }
  const invite = () =>
    create(
      'applications',
      { data: { offerId, candidateId, stage: 'new', source: 'sourcing' } },
      {
        onSuccess: () => {
          setInvited(true);
          notify('matching.invite.done', { type: 'success', messageArgs: { name } });
          onInvited();
        },
        onError: (error) => {
          const { status, body } = error as HttpError;
          if (status === 422 && body?.errors?.candidateId) {
            notify('matching.invite.duplicate', { type: 'warning', messageArgs: { name } });
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
    <Button label="matching.invite.button" onClick={invite} disabled={isPending} variant="outlined">
      <Send />
    </Button>
  );
}
