import { Button, MenuItem, Rating, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useCanAccess, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { type ApiFailure, storedRecord } from '../common/apiFailure';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { useVersionedAction } from '../common/useVersionedAction';
import { type Application, STAGES, type Stage } from '../model/types';
import { MoveConflictDialog } from '../pipeline/MoveConflictDialog';
import {
  EMPTY_REJECTION,
  type Rejection,
  type RejectionDraft,
  RejectionFields,
  rejectionOf,
} from '../pipeline/RejectionFields';

/**
 * Stage change with the board's rules (the pipeline's move: top of the target column, a reason
 * required to reject) and the rating, each saved at once with the version the user saw. A 409
 * shows what the user asked for against the stored application; they keep theirs or take it.
 */
interface MoveVariables {
  app: Application;
  stage: Stage;
  rejection?: Rejection;
}
type RejectionErrors = Partial<Record<'rejectionCategory' | 'rejectionReason', string>>;
interface RateVariables {
  app: Application;
  rating: number | null;
}

export function ApplicationStagePanel() {
  const record = useRecordContext<Application>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const { canAccess } = useCanAccess({ resource: 'applications', action: 'move' });
  const [stage, setStage] = useState<Stage | ''>('');
  const [draft, setDraft] = useState<RejectionDraft>(EMPTY_REJECTION);
  const [reasonError, setReasonError] = useState<RejectionErrors | undefined>();
  const onError = (error: ApiFailure) => {
    if (storedRecord(error)) return; // the conflict dialog takes over
    const { rejectionCategory, rejectionReason } = error.body?.errors ?? {};
    if (rejectionCategory || rejectionReason) setReasonError({ rejectionCategory, rejectionReason });
    else notifyFailure(error);
  };
  const move = useVersionedAction<MoveVariables, Application>({
    mutationFn: ({ app, stage: to, rejection }, dataProvider) =>
      dataProvider.moveApplication<Application>(app.id, {
        stage: to,
        position: 0,
        version: app.version,
        ...rejection,
      }),
    rebase: (variables, current) => ({ ...variables, app: current }),
    onSuccess: (_data, { stage: to }) => {
      notify('resources.applications.actions.moved', {
        messageArgs: { stage: translate(`resources.applications.stage.${to}`) },
      });
      setStage('');
      setDraft(EMPTY_REJECTION);
      refresh();
    },
    onError,
  });
  const rate = useVersionedAction<RateVariables, Application>({
    mutationFn: ({ app, rating }, dataProvider) =>
      dataProvider.patch<Application>('applications', app.id, { rating }, app.version),
    rebase: (variables, current) => ({ ...variables, app: current }),
    onSuccess: () => {
      notify('resources.applications.actions.rating_saved');
      refresh();
    },
    onError,
  });
  if (!record || !canAccess) return null;
  const submit = () => {
    const rejection = rejectionOf(draft);
    if (stage === 'rejected' && !rejection) {
      setReasonError(
        draft.category === ''
          ? { rejectionCategory: translate('resources.applications.validation.reason_required') }
          : { rejectionReason: translate('resources.applications.validation.details_required') },
      );
      return;
    }
    setReasonError(undefined);
    if (stage)
      move.mutate({
        app: record,
        stage,
        rejection: stage === 'rejected' ? (rejection ?? undefined) : undefined,
      });
  };
  const takeTheirs = (action: { takeTheirs: () => void }) => () => {
    action.takeTheirs();
    setStage('');
    refresh();
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
      {stage === 'rejected' && <RejectionFields value={draft} onChange={setDraft} error={reasonError} />}
      <Button
        variant="contained"
        onClick={submit}
        disabled={!stage || move.isPending}
        sx={{ alignSelf: 'flex-start' }}
      >
        {translate('resources.applications.actions.move')}
      </Button>
      {move.conflict && (
        <MoveConflictDialog
          wanted={{ stage: move.conflict.variables.stage, position: 0 }}
          base={move.conflict.variables.app}
          current={move.conflict.current}
          onKeepMine={() => move.keepMine()}
          onTakeTheirs={takeTheirs(move)}
        />
      )}
      {rate.conflict && (
        <MoveConflictDialog
          wanted={{ stage: rate.conflict.variables.app.stage, rating: rate.conflict.variables.rating }}
          base={rate.conflict.variables.app}
          current={rate.conflict.current}
          onKeepMine={() => rate.keepMine()}
          onTakeTheirs={takeTheirs(rate)}
        />
      )}
    </Stack>
  );
}
