import { Button, MenuItem, Rating, Stack, TextField } from '@mui/material';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useCanAccess,
  useDataProvider,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { type Application, STAGES, type Stage } from '../types';

interface Failure {
  message?: string;
  body?: { errors?: Record<string, string> };
}

/**
 * Stage change with the board's rules (the pipeline's move: top of the target column, a reason
 * required to reject) and the rating, each saved at once with the version the user saw.
 */
export function ApplicationStagePanel() {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { canAccess } = useCanAccess({ resource: 'applications', action: 'move' });
  const [stage, setStage] = useState<Stage | ''>('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const onError = (error: Failure) => {
    const field = error.body?.errors?.rejectionReason;
    if (field) setReasonError(field);
    else notify(error.message || 'ra.notification.http_error', { type: 'error' });
  };
  const move = useMutation({
    mutationFn: (app: Application) =>
      dataProvider.moveApplication<Application>(app.id, {
        stage: stage as Stage,
        position: 0,
        version: app.version,
        rejectionReason: stage === 'rejected' ? reason.trim() : undefined,
      }),
    onSuccess: () => {
      notify('resources.applications.actions.moved', {
        messageArgs: { stage: translate(`resources.applications.stage.${stage}`) },
      });
      setStage('');
      setReason('');
      refresh();
    },
    onError,
  });
  const rate = useMutation({
    mutationFn: ({ app, rating }: { app: Application; rating: number | null }) =>
      dataProvider.patch<Application>('applications', app.id, { rating }, app.version),
    onSuccess: () => {
      notify('resources.applications.actions.rating_saved');
      refresh();
    },
    onError,
  });
  if (!record || !canAccess) return null;
  const submit = () => {
    if (stage === 'rejected' && !reason.trim()) {
      setReasonError(translate('resources.applications.validation.reason_required'));
      return;
    }
    setReasonError(null);
    move.mutate(record);
  };
  return (
    <Stack spacing={2} sx={{ my: 2, maxWidth: 480 }}>
      <Rating
        name="rating"
        value={record.rating}
        onChange={(_event, rating) => rate.mutate({ app: record, rating })}
        disabled={rate.isPending}
        aria-label={translate('resources.applications.fields.rating')}
      />
      <TextField
        select
        label={translate('resources.applications.actions.change_stage')}
        value={stage}
        onChange={(event) => setStage(event.target.value as Stage)}
        size="small"
      >
        {STAGES.filter((s) => s !== record.stage).map((s) => (
          <MenuItem key={s} value={s}>
            {translate(`resources.applications.stage.${s}`)}
          </MenuItem>
        ))}
      </TextField>
      {stage === 'rejected' && (
        <TextField
          label={translate('resources.applications.fields.rejectionReason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          required
          multiline
          minRows={2}
          error={Boolean(reasonError)}
          helperText={reasonError ?? ' '}
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      )}
      <Button
        variant="contained"
        onClick={submit}
        disabled={!stage || move.isPending}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('resources.applications.actions.move')}
      </Button>
    </Stack>
  );
}
