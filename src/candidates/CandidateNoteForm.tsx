import { Box, TextField } from '@mui/material';
import { useState } from 'react';
import { useCreate, useNotify, useTranslate } from 'react-admin';
import { Button } from '../common/Button';
import { useNotifyFailure } from '../common/useNotifyFailure';
import type { Activity, Identifier } from '../model/types';

/** A plain-text note on the candidate's timeline; the text stays in the box if the save fails. */
export function CandidateNoteForm({ candidateId }: { candidateId: Identifier }) {
  const translate = useTranslate();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const [body, setBody] = useState('');
  const [create, { isPending }] = useCreate<Activity>();
  const save = () =>
    create(
      'activities',
      { data: { candidateId, type: 'note', body: body.trim() } },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setBody('');
          notify('resources.candidates.note.added', { type: 'info' });
        },
        onError: (error) => notifyFailure(error),
      },
    );
  return (
    <Box
      component="form"
      sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', p: 1 }}
      onSubmit={(event) => {
        event.preventDefault();
        if (body.trim()) save();
      }}
    >
      <TextField
        label={translate('resources.candidates.note.label')}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        multiline
        minRows={2}
        fullWidth
        slotProps={{ htmlInput: { maxLength: 10_000 } }}
      />
      <Button
        type="submit"
        variant="contained"
        label="resources.candidates.note.save"
        disabled={isPending || !body.trim()}
      />
    </Box>
  );
}
