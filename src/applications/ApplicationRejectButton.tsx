import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { Button } from '../common/Button';
import type { Application } from '../model/types';
import { RejectDialog } from '../pipeline/RejectDialog';
import type { Rejection } from '../pipeline/RejectionFields';
import type { AppDataProvider } from '../providers/dataProvider';

/**
 * Rejects the selected applications with one reason, through the pipeline's move (the same rules
 * as the board: a reason is required). Each is sent with its version; the result counts failures.
 */
export function ApplicationRejectButton() {
  const { selectedIds, data = [], resource } = useListContext<Application>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const targets = data.filter((app) => selectedIds.includes(app.id) && app.stage !== 'rejected');
  const mutation = useMutation({
    mutationFn: async (rejection: Rejection) => {
      const results = await Promise.allSettled(
        targets.map((app) =>
          dataProvider.moveApplication(app.id, {
            stage: 'rejected',
            position: 0,
            version: app.version,
            ...rejection,
          }),
        ),
      );
      return results.filter((r) => r.status === 'rejected').length;
    },
    onSuccess: (failed) => {
      const done = targets.length - failed;
      if (failed > 0)
        notify('resources.applications.actions.partly_rejected', {
          type: 'warning',
          messageArgs: { done, failed },
        });
      else notify('resources.applications.actions.rejected', { messageArgs: { smart_count: done } });
      unselectAll();
      refresh();
    },
    onSettled: () => setOpen(false),
  });
  return (
    <>
      <Button
        label="resources.applications.actions.reject"
        onClick={() => setOpen(true)}
        disabled={targets.length === 0 || mutation.isPending}
      />
      {open && (
        <RejectDialog
          name={translate('resources.applications.actions.reject_title', { smart_count: targets.length })}
          onConfirm={(rejection) => mutation.mutate(rejection)}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}
