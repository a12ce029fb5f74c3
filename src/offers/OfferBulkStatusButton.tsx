import { useState } from 'react';
import {
  Confirm,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
  useUpdateMany,
} from 'react-admin';
import { Button } from '../common/Button';
import { useNotifyFailure } from '../common/useNotifyFailure';
import { useSelectedRecords } from '../common/useSelectedRecords';
import { ACTION_RULES } from '../model/offer-workflow';
import type { Offer } from '../model/types';

/**
 * Pauses or closes the selected offers. Only the offers whose status allows it are sent, each as a
 * PATCH of `status` with its version (our updateMany), so no other field is touched; the dialog
 * says how many will change, since a selection can outlive a filter change.
 */
export function OfferBulkStatusButton({ action }: { action: 'pause' | 'close' }) {
  const { resource } = useListContext<Offer>();
  const { selected, isPending: reading } = useSelectedRecords<Offer>();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll(resource);
  const [open, setOpen] = useState(false);
  const [updateMany, { isPending }] = useUpdateMany();
  const rule = ACTION_RULES[action];
  // Those selected on other pages too, with the versions they were read with.
  const eligible = selected.filter((offer) => rule.from.includes(offer.status));
  const run = () =>
    updateMany(
      'offers',
      { ids: eligible.map((o) => o.id), data: { status: rule.to }, meta: { previousData: eligible } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          notify('resources.offers.actions.bulk_done', { messageArgs: { smart_count: eligible.length } });
          unselectAll();
          refresh();
        },
        onError: (error) => {
          notifyFailure(error);
          refresh();
        },
        onSettled: () => setOpen(false),
      },
    );
  return (
    <>
      <Button
        label={`resources.offers.actions.${action}`}
        onClick={() => setOpen(true)}
        disabled={reading || eligible.length === 0}
      />
      <Confirm
        isOpen={open}
        loading={isPending}
        title="resources.offers.actions.bulk_confirm_title"
        titleTranslateOptions={{ smart_count: eligible.length }}
        content={translate('resources.offers.actions.bulk_confirm')}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
