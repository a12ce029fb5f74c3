import { Link as MuiLink } from '@mui/material';
import { Link, ReferenceField, TextField, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import type { CreditLedgerEntry } from '../model/types';

/** The rule a movement applied, in words and in the reader's language ("CV unlock, candidate 123: ..."). */
export function LedgerRuleField() {
  const entry = useRecordContext<CreditLedgerEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  return (
    <span title={entry.rule}>
      {translate(`resources.credit-ledger.rules.${entry.action}`, {
        record: entry.recordId ?? '',
        reason: entry.reason ?? '',
        _: entry.rule,
      })}
    </span>
  );
}

/** The movement's kind of action, translated. */
export function LedgerActionField() {
  const entry = useRecordContext<CreditLedgerEntry>();
  const translate = useTranslate();
  if (!entry) return null;
  return translate(`resources.credit-ledger.actions.${entry.action}`, { _: entry.action });
}

const WHAT = { cv_unlock: 'candidates', job_slot: 'offers' } as const;

/**
 * The record a movement concerns, linked: the unlocked candidate, the published offer, or the
 * refunded movement. Without the right to open it (sales and candidates), its number only.
 */
export function LedgerRecordField() {
  const entry = useRecordContext<CreditLedgerEntry>();
  const translate = useTranslate();
  const reference = entry && entry.action in WHAT ? WHAT[entry.action as keyof typeof WHAT] : undefined;
  const { canAccess } = useCanAccess({ resource: reference ?? 'credit-ledger', action: 'show' });
  if (!entry || entry.recordId === null) return null;
  const label = translate(`resources.credit-ledger.record.${entry.action}`, { id: entry.recordId });
  if (entry.action === 'refund')
    return (
      <MuiLink
        component={Link}
        to={`/credit-ledger?filter=${encodeURIComponent(JSON.stringify({ id: entry.recordId }))}`}
      >
        {label}
      </MuiLink>
    );
  if (!reference || !canAccess) return <>{label}</>;
  if (reference === 'offers')
    return (
      <ReferenceField source="recordId" reference="offers" link="show" emptyText={label}>
        <TextField source="reference" />
      </ReferenceField>
    );
  return <ReferenceField source="recordId" reference={reference} link="show" emptyText={label} />;
}
