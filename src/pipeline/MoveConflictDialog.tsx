import { DialogContentText } from '@mui/material';
import { useGetList, useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { ConflictDialog } from '../common/conflict/ConflictDialog';
import { dateFormat } from '../model/format';
import type { Activity, Application, Stage, User } from '../model/types';

/**
 * A stage move refused with 409 (issue 7, "the same for stage moves"): where the user wanted the
 * application against where it is stored, field by field in words, with the last recorded stage
 * change (who, when). "Keep mine" retries the move against the stored version.
 */
export interface MoveConflictDialogProps {
  wanted: { stage: Stage; position?: number; rating?: number | null };
  /** The application as the user saw it. */
  base: Application;
  /** The application as the server holds it (the 409's `current`). */
  current: Application;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

const fieldsOf = (app: Pick<Application, 'stage' | 'position' | 'rating'>) => ({
  stage: app.stage,
  position: app.position,
  rating: app.rating,
});

export function MoveConflictDialog({
  wanted,
  base,
  current,
  onKeepMine,
  onTakeTheirs,
}: MoveConflictDialogProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: changes } = useGetList<Activity>('activities', {
    filter: { applicationId: current.id, type: 'stage_change' },
    sort: { field: 'createdAt', order: 'DESC' },
    pagination: { page: 1, perPage: 1 },
  });
  const last = changes?.[0];
  // Staff authors are not readable by a recruiter: the change is then credited to "someone".
  const { data: author } = useGetOne<User>(
    'users',
    { id: last?.authorId ?? 0 },
    { enabled: !!last, retry: false },
  );
  const stage = (value: unknown) => translate(`resources.applications.stage.${value}`);
  const format = (field: string, value: unknown) => {
    if (field === 'stage') return stage(value);
    if (field === 'position') return translate('app.pipeline.conflict.position', { n: Number(value) + 1 });
    return translate('app.pipeline.rating', { rating: value });
  };
  const mine = { ...fieldsOf(base), ...wanted, position: wanted.position ?? base.position };
  return (
    <ConflictDialog
      resource="applications"
      mine={mine}
      base={fieldsOf(base)}
      theirs={fieldsOf(current)}
      formatValue={format}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    >
      {last ? (
        <DialogContentText sx={{ mt: 2 }} data-testid="last-stage-change">
          {translate('app.pipeline.conflict.last_change', {
            from: stage(last.fromStage),
            to: stage(last.toStage),
            by: author
              ? `${author.firstName} ${author.lastName}`
              : translate('app.pipeline.conflict.someone'),
            date: dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
              new Date(last.createdAt),
            ),
          })}
        </DialogContentText>
      ) : null}
    </ConflictDialog>
  );
}
