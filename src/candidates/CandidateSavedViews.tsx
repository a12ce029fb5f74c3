import Bookmark from '@mui/icons-material/Bookmark';
import Delete from '@mui/icons-material/Delete';
import Group from '@mui/icons-material/Group';
import {
  Box,
  Checkbox,
  FormControlLabel,
  IconButton,
  ListItem,
  ListItemButton,
  ListItemText,
  List as MuiList,
  Popover,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  useCreate,
  useDelete,
  useGetIdentity,
  useGetList,
  useListContext,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { ApiFailure } from '../common/apiFailure';
import { Button } from '../common/Button';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Role, SavedView } from '../model/types';
import { hasVisibleText } from '../model/visibleText';

/**
 * "Saved searches" in the list's toolbar, opening the saved searches over the list: a panel beside
 * the table took a sixth of a 1440 px screen from the rows a recruiter scans.
 */
export function CandidateSavedViewsButton() {
  const translate = useTranslate();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const title = translate('resources.candidates.saved_views.title');
  return (
    <>
      <Button
        label="resources.candidates.saved_views.title"
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <Bookmark />
      </Button>
      <Popover
        open={anchor !== null}
        anchorEl={anchor}
        onClose={() => setAnchor(null)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
        transformOrigin={{ vertical: 'top', horizontal: 'right' }}
        slotProps={{ paper: { role: 'dialog', 'aria-label': title } }}
      >
        <CandidateSavedViews onApply={() => setAnchor(null)} />
      </Popover>
    </>
  );
}

/**
 * Saved queries stored by the API (`saved-views`), not in react-admin's store: they survive logout
 * and another device, and a recruiter may share one with the team (the API lists shared ones too).
 */
function CandidateSavedViews({ onApply }: { onApply: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const { filterValues, sort, setFilters, setSort } = useListContext();
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<{ role: Role } | null>();
  const { data: views = [] } = useGetList<SavedView>('saved-views', {
    filter: { resource: 'candidates' },
    sort: { field: 'name', order: 'ASC' },
    pagination: { page: 1, perPage: 50 },
  });
  const [create, { isPending }] = useCreate<SavedView>();
  const [remove] = useDelete<SavedView>();
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  /** The API's refusal of the name (a field error), shown under the field until it is changed. */
  const [nameRefusal, setNameRefusal] = useState<string | null>(null);
  // A name nobody can read (a zero-width space alone) would be a blank line in the list: the API
  // refuses it, so the form does not send it and says why once something was typed.
  const readable = hasVisibleText(name);
  const nameError =
    nameRefusal ??
    (name !== '' && !readable ? translate('resources.candidates.saved_views.name_invisible') : null);
  const save = () =>
    create(
      'saved-views',
      {
        data: {
          resource: 'candidates',
          name: name.trim(),
          filter: filterValues,
          sort,
          sharedWithTeam: shared,
        },
      },
      {
        onSuccess: () => {
          setName('');
          setShared(false);
          notify('resources.candidates.saved_views.saved', { type: 'info' });
        },
        onError: (error) => {
          const refusal = (error as ApiFailure).body?.errors?.name;
          if (refusal) setNameRefusal(refusal);
          else notifyFailure(error);
        },
      },
    );
  const apply = (view: SavedView) => {
    setFilters(view.filter ?? {}, {});
    if (view.sort) setSort(view.sort);
    onApply();
  };
  return (
    <Box sx={{ p: 2, width: 300, maxWidth: '100%' }}>
      <Typography variant="subtitle2" component="h2">
        {translate('resources.candidates.saved_views.title')}
      </Typography>
      <MuiList dense>
        {views.map((view) => (
          <ListItem
            key={view.id}
            disablePadding
            secondaryAction={
              view.ownerId === identity?.id && (
                <IconButton
                  edge="end"
                  aria-label={translate('resources.candidates.saved_views.delete', { name: view.name })}
                  onClick={() => remove('saved-views', { id: view.id, previousData: view })}
                >
                  <Delete fontSize="small" />
                </IconButton>
              )
            }
          >
            <ListItemButton onClick={() => apply(view)}>
              {view.sharedWithTeam ? (
                <Group fontSize="small" titleAccess={translate('resources.candidates.saved_views.shared')} />
              ) : (
                <Bookmark fontSize="small" aria-hidden />
              )}
              <ListItemText primary={view.name} sx={{ ml: 1 }} />
            </ListItemButton>
          </ListItem>
        ))}
      </MuiList>
      <TextField
        size="small"
        fullWidth
        label={translate('resources.candidates.saved_views.name')}
        value={name}
        onChange={(event) => {
          setName(event.target.value);
          setNameRefusal(null);
        }}
        error={nameError !== null}
        helperText={nameError ?? undefined}
        slotProps={{ htmlInput: { maxLength: 80 } }}
      />
      {permissions?.role === 'recruiter' && (
        <FormControlLabel
          control={<Checkbox checked={shared} onChange={(event) => setShared(event.target.checked)} />}
          label={translate('resources.candidates.saved_views.share')}
        />
      )}
      <Button
        label="resources.candidates.saved_views.save"
        onClick={save}
        disabled={isPending || !readable}
      />
    </Box>
  );
}
