import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { REJECTION_CATEGORIES, type RejectionCategory } from '../model/types';
import { hasVisibleText } from '../model/visibleText';

/** What a rejection sends: one of the usual reasons (counted by the funnel) and the recruiter's words. */
export interface Rejection {
  rejectionCategory: RejectionCategory;
  rejectionReason?: string;
}

export interface RejectionDraft {
  category: RejectionCategory | '';
  details: string;
}

export const EMPTY_REJECTION: RejectionDraft = { category: '', details: '' };

/**
 * The draft as the API takes it, or null while it lacks a reason ("other" needs words a reader can
 * see: the API refuses a zero-width space alone, and the dialog would lose them on its refusal).
 */
export function rejectionOf(draft: RejectionDraft): Rejection | null {
  const details = hasVisibleText(draft.details) ? draft.details.trim() : '';
  if (draft.category === '' || (draft.category === 'other' && details === '')) return null;
  return { rejectionCategory: draft.category, ...(details ? { rejectionReason: details } : {}) };
}

/** The reason picked among the usual ones (counted by the funnel). */
export function RejectionCategoryField({
  value,
  onChange,
  autoFocus,
  error,
}: {
  value: RejectionDraft['category'];
  onChange: (next: RejectionCategory) => void;
  autoFocus?: boolean;
  error?: string;
}) {
  const translate = useTranslate();
  return (
    <TextField
      select
      required
      fullWidth
      autoFocus={autoFocus}
      label={translate('app.pipeline.reject.reason')}
      value={value}
      onChange={(event) => onChange(event.target.value as RejectionCategory)}
      error={Boolean(error)}
      helperText={error ?? translate('app.pipeline.reject.reason_help')}
    >
      {REJECTION_CATEGORIES.map((category) => (
        <MenuItem key={category} value={category}>
          {translate(`resources.applications.rejection_category.${category}`)}
        </MenuItem>
      ))}
    </TextField>
  );
}

/** The longest words a rejection may carry. */
export const REJECTION_DETAILS_MAX = 500;

/**
 * The reason picked among the usual ones, and the recruiter's own words (required for "other"),
 * as the application page asks it; the board and the bulk rejection ask it in RejectDialog.
 */
export function RejectionFields({
  value,
  onChange,
  autoFocus,
  error,
}: {
  value: RejectionDraft;
  onChange: (next: RejectionDraft) => void;
  autoFocus?: boolean;
  /** The API's field errors, shown under the field they name. */
  error?: { rejectionCategory?: string; rejectionReason?: string };
}) {
  const translate = useTranslate();
  const other = value.category === 'other';
  return (
    <Stack spacing={2} sx={{ mt: 1 }}>
      <RejectionCategoryField
        value={value.category}
        onChange={(category) => onChange({ ...value, category })}
        autoFocus={autoFocus}
        error={error?.rejectionCategory}
      />
      <TextField
        fullWidth
        multiline
        minRows={2}
        required={other}
        label={translate('app.pipeline.reject.details')}
        value={value.details}
        onChange={(event) => onChange({ ...value, details: event.target.value })}
        error={Boolean(error?.rejectionReason)}
        helperText={error?.rejectionReason ?? translate('app.pipeline.reject.details_help')}
        slotProps={{ htmlInput: { maxLength: REJECTION_DETAILS_MAX } }}
      />
    </Stack>
  );
}
