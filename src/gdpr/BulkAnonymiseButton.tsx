import { Button } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Confirm, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { AppDataProvider } from '../providers/dataProvider';

/**
 * Anonymises the selected candidates after a confirmation that states how many (the selection can
 * span pages), through the bulk endpoint: one request, not one per id.
 */
export function BulkAnonymiseButton() {
  const { selectedIds, onUnselectItems } = useListContext();
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const count = selectedIds.length;

  const confirm = async () => {
    setSaving(true);
    try {
      const { data } = await dataProvider.anonymizeCandidates(selectedIds.map(Number));
      onUnselectItems();
      // Anonymisation rewrites candidates, activities, applications and audit values alike.
      await queryClient.invalidateQueries();
      notify('app.gdpr.bulk_done', { type: 'success', messageArgs: { smart_count: data.length } });
      setOpen(false);
    } catch (failure) {
      notifyFailure(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <Button color="error" onClick={() => setOpen(true)} disabled={count === 0}>
        {translate('app.gdpr.anonymise_selected')}
      </Button>
      <Confirm
        isOpen={open}
        loading={saving}
        title="app.gdpr.bulk_confirm_title"
        content="app.gdpr.bulk_confirm_content"
        titleTranslateOptions={{ smart_count: count }}
        contentTranslateOptions={{ smart_count: count }}
        confirm="app.gdpr.anonymise"
        confirmColor="warning"
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
