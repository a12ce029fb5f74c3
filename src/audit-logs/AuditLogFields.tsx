import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import { useIntlLocale } from '../common/useIntlLocale';
import { numberFormat } from '../model/format';
import type { AuditLog } from '../model/types';
import { actionText, resourceText } from './actions';
import { exportedRows } from './formatChange';

/** The action in words ("Credits adjusted"), its code when unknown. */
export function AuditActionField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!entry) return null;
  return actionText(translate, entry.action);
}

/** The kind of record, by its resource's name. */
export function AuditResourceField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!entry) return null;
  return resourceText(translate, entry.resource);
}

/** The record an entry concerns, linked to its page (its number when it no longer exists). */
export function AuditRecordField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  if (!entry || entry.recordId === null) return null;
  return (
    <ReferenceField
      record={entry}
      source="recordId"
      reference={entry.resource}
      link="show"
      emptyText={`#${entry.recordId}`}
    />
  );
}

/** Why, as the actor said it; for a CSV export, which has no reason, how many rows left. */
export function AuditReasonField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  const locale = useIntlLocale();
  if (!entry) return null;
  const rows = entry.action === 'export' ? exportedRows(entry.changes) : null;
  if (entry.reason || rows === null) return entry.reason ?? '';
  return translate('resources.audit-logs.export_rows', {
    smart_count: rows,
    count: numberFormat(locale).format(rows),
  });
}
