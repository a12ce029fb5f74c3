import { Alert, Stack } from '@mui/material';
import { useId, useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { type ApiFailure, storedRecord } from '../common/apiFailure';
import { Button } from '../common/Button';
import { useVersionedAction } from '../common/useVersionedAction';
import { ACTION_RULES, availableActions, type OfferAction, publishBlockers } from '../model/offer-workflow';
import type { Offer } from '../model/types';
import { OfferStatusConflictDialog } from './OfferStatusConflictDialog';

/**
 * Publish / pause / close / reopen, as the API allows them from the offer's status, sent with the
 * version the user saw. Before a publication the page says what is missing, and publish or reopen
 * stays disabled until it is completed (the API would refuse it); a refusal (no job
 * slot left, a rule of the API) stays on screen; a 409 compares the stored offer with the change.
 */
interface StatusChange {
  /** The offer as the user saw it (its version). */
  offer: Offer;
  action: OfferAction;
}

export function OfferWorkflowButtons() {
  const record = useRecordContext<Offer>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'offers', action: 'edit' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const blockedId = useId();
  // The server words its messages in the UI's language; the kind of refusal comes from its code.
  const refusalOf = (failure: ApiFailure): string => {
    if (failure.body?.code === 'no_job_slot') return translate('resources.offers.actions.no_slot');
    const fields = Object.entries(failure.body?.errors ?? {}).map(([field, message]) =>
      translate('resources.offers.actions.refused_field', {
        field: translate(`resources.offers.fields.${field}`, { _: field }),
        message,
      }),
    );
    return fields.join(' · ') || failure.message || translate('ra.notification.http_error');
  };
  const change = useVersionedAction<StatusChange, Offer, Offer>({
    mutationFn: ({ offer, action }, dataProvider) =>
      dataProvider
        .patch<Offer>('offers', offer.id, { status: ACTION_RULES[action].to }, offer.version)
        .then(({ data }) => data),
    rebase: (variables, current) => ({ ...variables, offer: current }),
    onSuccess: (data) => {
      setRefusal(null);
      notify('resources.offers.actions.done', {
        messageArgs: { status: translate(`resources.offers.status.${data.status}`) },
      });
      refresh();
    },
    onError: (failure) => {
      if (storedRecord(failure)) return; // the conflict dialog takes over
      setRefusal(refusalOf(failure));
    },
  });
  if (!record || !canAccess) return null;
  const actions = availableActions(record.status);
  const publishing = actions.includes('publish') || actions.includes('reopen');
  const blockers = publishing ? publishBlockers(record, Date.now()) : [];
  const missing = blockers.map((b) => translate(`resources.offers.fields.${b}`)).join(', ');
  const conflict = change.conflict;
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {actions.map((action) => {
          const live = action === 'publish' || action === 'reopen';
          // What the banner lists missing, the API refuses: the action waits until it is completed.
          const blocked = live && blockers.length > 0;
          return (
            <Button
              key={action}
              label={`resources.offers.actions.${action}`}
              variant={live ? 'contained' : 'outlined'}
              disabled={change.isPending || blocked}
              aria-describedby={blocked ? blockedId : undefined}
              onClick={() => change.mutate({ offer: record, action })}
            />
          );
        })}
      </Stack>
      {blockers.length > 0 && (
        <Alert severity="info" id={blockedId}>
          {translate('resources.offers.actions.blocked', { fields: missing })}
        </Alert>
      )}
      {refusal && (
        <Alert severity="error" role="alert">
          {refusal}
        </Alert>
      )}
      {conflict && (
        <OfferStatusConflictDialog
          wanted={ACTION_RULES[conflict.variables.action].to}
          base={conflict.variables.offer}
          current={conflict.current}
          onKeepMine={() => change.keepMine()}
          onTakeTheirs={() => {
            change.takeTheirs();
            refresh();
          }}
        />
      )}
    </Stack>
  );
}
