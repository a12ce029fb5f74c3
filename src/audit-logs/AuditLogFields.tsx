import { ReferenceField, useRecordContext, useTranslate } from 'react-admin';
import type { AuditLog } from '../types';
import { actionLabel } from './actions';

/** The action in words ("Credits adjusted"), its code when unknown. */
export function AuditActionField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!entry) return null;
  return translate(actionLabel(entry.action), { _: entry.action });
}

/** The kind of record, by its resource's name. */
export function AuditResourceField(_props: { source?: string }) {
  const entry = useRecordContext<AuditLog>();
  const translate = useTranslate();
  if (!entry) return null;
  return translate(`resources.${entry.resource}.name`, { smart_count: 1, _: entry.resource });
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
