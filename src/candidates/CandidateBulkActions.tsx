import LocalOffer from '@mui/icons-material/LocalOffer';
import { Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import {
  BulkExportButton,
  useCanAccess,
  useDataProvider,
  useListContext,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { Button } from '../common/Button';
import { csvExporter } from '../common/csv';
import { useSelectedRecords } from '../common/useSelectedRecords';
import { csvColumns } from '../model/csv';
import type { Candidate, Role } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** Adds one tag to every selected candidate: one PATCH each, with its own tags and version. */
function AddTagButton() {
  const translate = useTranslate();
  const { selectedIds, onUnselectItems } = useListContext<Candidate>();
  // Those selected on other pages too, with their tags and versions.
  const { selected: records, isPending: reading } = useSelectedRecords<Candidate>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [tag, setTag] = useState('');
  const [saving, setSaving] = useState(false);
  const submit = async () => {
    const value = tag.trim();
    if (!value) return;
    setSaving(true);
    const results = await Promise.allSettled(
      records
        .filter((record) => !record.tags.includes(value))
        .map((record) =>
          dataProvider.patch('candidates', record.id, { tags: [...record.tags, value] }, record.version),
        ),
    );
    setSaving(false);
    setOpen(false);
    setTag('');
    const failed = results.filter((result) => result.status === 'rejected').length;
    notify(failed ? 'resources.candidates.bulk.tag_failed' : 'resources.candidates.bulk.tagged', {
      type: failed ? 'warning' : 'info',
      messageArgs: { smart_count: records.length - failed, failed },
    });
    onUnselectItems();
    refresh();
  };
  return (
    <>
      <Button label="resources.candidates.bulk.add_tag" onClick={() => setOpen(true)}>
        <LocalOffer />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="candidate-add-tag-title">
        <DialogTitle id="candidate-add-tag-title">
          {translate('resources.candidates.bulk.add_tag_title', { smart_count: selectedIds.length })}
        </DialogTitle>
        <DialogContent>
          <TextField
            autoFocus
            fullWidth
            margin="dense"
            label={translate('resources.candidates.fields.tag')}
            value={tag}
            onChange={(event) => setTag(event.target.value)}
            slotProps={{ htmlInput: { maxLength: 100 } }}
          />
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="ra.action.save" onClick={submit} disabled={saving || reading || !tag.trim()} />
        </DialogActions>
      </Dialog>
    </>
  );
}

/** Support agents read only: no tagging; each role exports only its allowed columns. */
export function CandidateBulkActions() {
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { canAccess: canEdit } = useCanAccess({ resource: 'candidates', action: 'edit' });
  const role = permissions?.role;
  return (
    <>
      {canEdit && <AddTagButton />}
      {role && csvColumns('candidates', role).length > 0 && (
        <BulkExportButton exporter={csvExporter('candidates', role)} />
      )}
    </>
  );
}
