import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  useDataProvider,
  useListContext,
  useNotify,
  useRecordContext,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { ReasonDialog } from '../common/ReasonDialog';
import { useNotifyFailure } from '../common/useNotifyFailure';
import {
  canApprove,
  REJECTION_CODES,
  REJECTION_REASON_MAX,
  REJECTION_REASON_MIN,
  type RejectionCode,
} from '../model/boards';
import type { Identifier, OfferPublication } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

const RESOURCE = 'offer-publications';

/** Approve or reject publications by id, then refresh the queue. */
function useModerate() {
  const dataProvider = useDataProvider<AppDataProvider>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const unselectAll = useUnselectAll(RESOURCE);
  return async (
    ids: Identifier[],
    decision: { action: 'approve' } | { action: 'reject'; code: RejectionCode; reason: string },
  ): Promise<boolean> => {
    try {
      await dataProvider.moderatePublications(ids, decision);
      await queryClient.invalidateQueries({ queryKey: [RESOURCE] });
      unselectAll();
      notify(
        `resources.offer-publications.queue.${decision.action === 'approve' ? 'approved' : 'rejected'}`,
        {
          type: 'success',
          messageArgs: { smart_count: ids.length },
        },
      );
      return true;
    } catch (failure) {
      notifyFailure(failure);
      return false;
    }
  };
}

/** The code and the reason of a rejection, asked in a dialog. */
function RejectDialog({
  count,
  onClose,
  onReject,
  defaultCode,
}: {
  count: number;
  onClose: () => void;
  onReject: (code: RejectionCode, reason: string) => Promise<boolean>;
  defaultCode: RejectionCode;
}) {
  const translate = useTranslate();
  const [code, setCode] = useState<RejectionCode>(defaultCode);
  return (
    <ReasonDialog
      title={translate('resources.offer-publications.queue.reject_title', { smart_count: count })}
      reasonLabel={translate('resources.offer-publications.queue.reason')}
      confirmLabel={translate('resources.offer-publications.queue.reject')}
      accepts={(reason) =>
        reason.trim().length >= REJECTION_REASON_MIN && reason.length <= REJECTION_REASON_MAX
      }
      maxLength={REJECTION_REASON_MAX}
      multiline
      destructive
      fullWidth
      onClose={onClose}
      onConfirm={async (reason) => {
        if (await onReject(code, reason)) onClose();
      }}
    >
      <TextField
        select
        label={translate('resources.offer-publications.queue.code')}
        value={code}
        onChange={(event) => setCode(event.target.value as RejectionCode)}
        fullWidth
        margin="dense"
      >
        {REJECTION_CODES.map((id) => (
          <MenuItem key={id} value={id}>
            {translate(`resources.offer-publications.codes.${id}`)}
          </MenuItem>
        ))}
      </TextField>
    </ReasonDialog>
  );
}

/** Approve and Reject on one row of the queue. */
export function RowModerationButtons() {
  const publication = useRecordContext<OfferPublication>();
  const translate = useTranslate();
  const moderate = useModerate();
  const [rejecting, setRejecting] = useState(false);
  if (!publication || !canApprove(publication.state)) return null;
  return (
    <Stack direction="row" spacing={1}>
      <Button
        size="small"
        variant="outlined"
        data-queue-action="approve"
        onClick={() => moderate([publication.id], { action: 'approve' })}
      >
        {translate('resources.offer-publications.queue.approve')}
      </Button>
      <Button size="small" color="error" data-queue-action="reject" onClick={() => setRejecting(true)}>
        {translate('resources.offer-publications.queue.reject')}
      </Button>
      {rejecting && (
        <RejectDialog
          count={1}
          defaultCode={publication.findings[0]?.rule ?? 'other'}
          onClose={() => setRejecting(false)}
          onReject={(code, reason) => moderate([publication.id], { action: 'reject', code, reason })}
        />
      )}
    </Stack>
  );
}

/** Approve or reject every selected publication at once (the API applies the batch whole or not at all). */
export function BulkModerationButtons() {
  const { selectedIds } = useListContext<OfferPublication>();
  const translate = useTranslate();
  const moderate = useModerate();
  const [rejecting, setRejecting] = useState(false);
  return (
    <>
      <Button size="small" onClick={() => moderate(selectedIds, { action: 'approve' })}>
        {translate('resources.offer-publications.queue.approve_selected')}
      </Button>
      <Button size="small" color="error" onClick={() => setRejecting(true)}>
        {translate('resources.offer-publications.queue.reject_selected')}
      </Button>
      {rejecting && (
        <RejectDialog
          count={selectedIds.length}
          defaultCode="other"
          onClose={() => setRejecting(false)}
          onReject={(code, reason) => moderate(selectedIds, { action: 'reject', code, reason })}
        />
      )}
    </>
  );
}
