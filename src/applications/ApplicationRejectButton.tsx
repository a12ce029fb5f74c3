import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useGetManyAggregate,
  useGetRecordRepresentation,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { Button } from '../common/Button';
import { failureMessage } from '../common/useNotifyFailure';
import { useSelectedRecords } from '../common/useSelectedRecords';
import type { Application, Candidate } from '../model/types';
import { RejectDialog } from '../pipeline/RejectDialog';
import type { Rejection } from '../pipeline/RejectionFields';
import type { AppDataProvider } from '../providers/dataProvider';

/**
 * Rejects the selected applications with one reason, through the pipeline's move (the same rules
 * as the board: a reason is required). Each is sent with its version, all at once; the dialog waits
 * for every answer, as the board's does: when all are taken it closes, otherwise it stays with what
 * was typed, says how many were rejected and which were not and why (the API's words), and only
 * those stay selected, so sending again retries them alone.
 */
export function ApplicationRejectButton() {
  const { resource, onSelect } = useListContext<Application>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  // Those selected on other pages too, with their versions.
  const { selected, isPending: reading } = useSelectedRecords<Application>();
  const targets = selected.filter((app) => app.stage !== 'rejected');
  // The list's own reference fields have fetched these: the names come from the cache.
  const { data: candidates = [] } = useGetManyAggregate<Candidate>('candidates', {
    ids: [...new Set(targets.map((app) => app.candidateId))],
  });
  const represent = useGetRecordRepresentation('candidates');
  const nameOf = (app: Application) => {
    const candidate = candidates.find((c) => c?.id === app.candidateId);
    return candidate ? String(represent(candidate)) : `#${app.candidateId}`;
  };

  const reject = async (rejection: Rejection) => {
    const sent = targets;
    const results = await Promise.allSettled(
      sent.map((app) =>
        dataProvider.moveApplication(app.id, {
          stage: 'rejected',
          position: 0,
          version: app.version,
          ...rejection,
        }),
      ),
    );
    const failures = sent.flatMap((app, index) => {
      const result = results[index];
      return result.status === 'rejected' ? [{ app, reason: failureMessage(result.reason) }] : [];
    });
    const done = sent.length - failures.length;
    if (failures.length === 0) {
      refresh();
      notify('resources.applications.actions.rejected', { messageArgs: { smart_count: done } });
      unselectAll();
      setOpen(false);
      return;
    }
    onSelect(failures.map(({ app }) => app.id));
    // Read again before saying so: a refusal may be a stale version (409, changed by someone else),
    // and sending again with the version read before would be refused forever.
    await queryClient.invalidateQueries({ queryKey: [resource] });
    // Thrown, the dialog shows it and keeps the text; one refusal alone is told as the board tells it.
    if (sent.length === 1) throw new Error(failures[0].reason);
    const byReason = new Map<string, string[]>();
    for (const { app, reason } of failures)
      byReason.set(reason, [...(byReason.get(reason) ?? []), nameOf(app)]);
    const list = [...byReason]
      .map(([reason, names]) =>
        translate('resources.applications.actions.not_rejected_group', { names: names.join(', '), reason }),
      )
      .join(' · ');
    const notRejected = translate('resources.applications.actions.not_rejected', {
      smart_count: failures.length,
      failures: list,
    });
    throw new Error(
      done === 0
        ? notRejected
        : translate('resources.applications.actions.partly_rejected', {
            rejected: translate('resources.applications.actions.rejected', { smart_count: done }),
            not_rejected: notRejected,
          }),
    );
  };

  return (
    <>
      <Button
        label="resources.applications.actions.reject"
        onClick={() => setOpen(true)}
        disabled={reading || targets.length === 0}
      />
      {open && (
        <RejectDialog
          name={translate('resources.applications.actions.reject_title', { smart_count: targets.length })}
          onConfirm={reject}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}
