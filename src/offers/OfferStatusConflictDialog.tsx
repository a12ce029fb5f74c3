import { useTranslate } from 'react-admin';
import { ConflictDialog } from '../common/conflict/ConflictDialog';
import { useIntlLocale } from '../common/useIntlLocale';
import type { Offer, OfferStatus } from '../model/types';

/**
 * A status change refused with 409: the status the user asked for against the stored offer, with
 * what someone else changed meanwhile on the fields a publication depends on. "Keep mine" sends
 * the same action against the stored version.
 */
export interface OfferStatusConflictDialogProps {
  wanted: OfferStatus;
  /** The offer as the user saw it. */
  base: Offer;
  /** The offer as the server holds it (the 409's `current`). */
  current: Offer;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

const WORKFLOW_FIELDS = ['status', 'title', 'skills', 'expiresAt'] as const;

const workflowFields = (offer: Offer) =>
  Object.fromEntries(WORKFLOW_FIELDS.map((field) => [field, offer[field]]));

export function OfferStatusConflictDialog(props: OfferStatusConflictDialogProps) {
  const { wanted, base, current, onKeepMine, onTakeTheirs } = props;
  const translate = useTranslate();
  const locale = useIntlLocale();
  const format = (field: string, value: unknown): string => {
    if (field === 'status') return translate(`resources.offers.status.${value}`);
    if (field === 'expiresAt') return new Date(String(value)).toLocaleDateString(locale);
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
  return (
    <ConflictDialog
      resource="offers"
      mine={{ ...workflowFields(base), status: wanted }}
      base={workflowFields(base)}
      theirs={workflowFields(current)}
      formatValue={format}
      onKeepMine={onKeepMine}
      onTakeTheirs={onTakeTheirs}
    />
  );
}
