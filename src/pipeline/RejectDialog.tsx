import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import {
  REJECTION_DETAILS_MAX,
  type Rejection,
  RejectionCategoryField,
  type RejectionDraft,
  rejectionOf,
} from './RejectionFields';

/** Asks why before a card goes to "rejected": the API refuses a rejection without a reason. */
export interface RejectDialogProps {
  name: string;
  /** May return a promise: the dialog stays open until it settles, and shows why when it rejects. */
  onConfirm: (rejection: Rejection) => unknown;
  onCancel: () => void;
}

export function RejectDialog({ name, onConfirm, onCancel }: RejectDialogProps) {
  const translate = useTranslate();
  const [category, setCategory] = useState<RejectionDraft['category']>('');
  return (
    <ReasonDialog
      title={translate('app.pipeline.reject.title', { name })}
      reasonLabel={translate('app.pipeline.reject.details')}
      reasonHelp={translate('app.pipeline.reject.details_help')}
      confirmLabel={translate('app.pipeline.reject.confirm')}
      // The words are needed for "other" only; a usual reason may go without them.
      reasonRequired={category === 'other'}
      accepts={(details) => rejectionOf({ category, details }) !== null}
      maxLength={REJECTION_DETAILS_MAX}
      multiline
      destructive
      fullWidth
      onClose={onCancel}
      onConfirm={(details) => {
        const rejection = rejectionOf({ category, details });
        return rejection ? onConfirm(rejection) : undefined;
      }}
    >
      <RejectionCategoryField value={category} onChange={setCategory} autoFocus />
    </ReasonDialog>
  );
}
