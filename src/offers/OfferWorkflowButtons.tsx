import { Alert, Stack } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  Button,
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import type { Offer } from '../types';
import { ACTION_RULES, availableActions, type OfferAction, publishBlockers } from './workflow';

interface ApiFailure {
  message?: string;
  body?: { errors?: Record<string, string> };
}

/**
 * Publish / pause / close / reopen, as the API allows them from the offer's status. Before a
 * publication the page says what is missing; a refusal (no job slot left) stays on screen.
 */
export function OfferWorkflowButtons() {
  const record = useRecordContext<Offer>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'offers', action: 'edit' });
  const [refusal, setRefusal] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (action: OfferAction) =>
      dataProvider.patch<Offer>(
        'offers',
        record?.id ?? 0,
        { status: ACTION_RULES[action].to },
        record?.version ?? 0,
      ),
    onSuccess: ({ data }) => {
      setRefusal(null);
      notify('resources.offers.actions.done', {
        messageArgs: { status: translate(`resources.offers.status.${data.status}`) },
      });
      refresh();
    },
    onError: (error: ApiFailure) => {
      const errors = error.body?.errors ?? {};
      const slot = /job slot/i.test(errors.status ?? '');
      const fields = Object.entries(errors).map(
        ([field, message]) => `${translate(`resources.offers.fields.${field}`)}: ${message}`,
      );
      setRefusal(
        slot ? translate('resources.offers.actions.no_slot') : fields.join(' · ') || (error.message ?? ''),
      );
    },
  });
  if (!record || !canAccess) return null;
  const actions = availableActions(record.status);
  const publishing = actions.includes('publish') || actions.includes('reopen');
  const blockers = publishing ? publishBlockers(record, Date.now()) : [];
  const missing = blockers
    .map((b) => translate(`resources.offers.fields.${b === 'pay' ? 'pay' : b}`))
    .join(', ');
  return (
    <Stack spacing={1} sx={{ my: 1 }}>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {actions.map((action) => (
          <Button
            key={action}
            label={`resources.offers.actions.${action}`}
            variant={action === 'publish' || action === 'reopen' ? 'contained' : 'outlined'}
            disabled={mutation.isPending}
            onClick={() => mutation.mutate(action)}
          />
        ))}
      </Stack>
      {blockers.length > 0 && (
        <Alert severity="info">{translate('resources.offers.actions.blocked', { fields: missing })}</Alert>
      )}
      {refusal && (
        <Alert severity="error" role="alert">
          {refusal}
        </Alert>
      )}
    </Stack>
  );
}
