import { Alert, AlertTitle, List, ListItem, ListItemText } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Confirm, Link, useCreatePath, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { Button } from '../common/Button';
import type { Candidate } from '../model/types';
import type { AppDataProvider } from '../providers/dataProvider';

/** Waits until typing pauses before asking the API. */
function useDebounced<T>(value: T, ms = 400): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

interface Props {
  /** Merges the record being edited (or created) into the chosen duplicate, once confirmed. */
  onMerge?: (duplicate: Candidate) => Promise<void>;
}

const fullName = (c: { firstName?: unknown; lastName?: unknown }) =>
  `${c.firstName ?? ''} ${c.lastName ?? ''}`.trim();

/**
 * Warns when the email, phone or LinkedIn URL typed matches an existing candidate, and offers to
 * open it or merge into it (a merge keeps every application and activity, on the server).
 */
export function CandidateDuplicates({ onMerge }: Props) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const record = useRecordContext<Candidate>();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [email, phone, linkedinUrl, firstName, lastName] = useWatch({
    name: ['email', 'phone', 'linkedinUrl', 'firstName', 'lastName'],
  }) as Array<string | null | undefined>;
  const [merging, setMerging] = useState<Candidate | null>(null);
  const [busy, setBusy] = useState(false);
  const params = useDebounced({
    email: email || null,
    phone: phone || null,
    linkedinUrl: linkedinUrl || null,
  });
  const { data = [] } = useQuery({
    queryKey: ['candidates', 'duplicates', params],
    queryFn: () => dataProvider.findCandidateDuplicates<Candidate>(params).then((r) => r.data),
    enabled: Boolean(params.email || params.phone || params.linkedinUrl),
  });
  const matches = data.filter((candidate) => candidate.id !== record?.id);
  if (matches.length === 0) return null;
  const confirm = async () => {
    if (!merging || !onMerge) return;
    setBusy(true);
    try {
      await onMerge(merging);
    } finally {
      setBusy(false);
      setMerging(null);
    }
  };
  return (
    <Alert severity="warning" role="alert" sx={{ my: 1, width: '100%' }}>
      <AlertTitle>{translate('resources.candidates.duplicates.title')}</AlertTitle>
      {translate('resources.candidates.duplicates.explanation')}
      <List dense>
        {matches.map((candidate) => (
          <ListItem key={candidate.id} disableGutters>
            <ListItemText
              primary={`${fullName(candidate)} (#${candidate.id})`}
              secondary={[candidate.email, candidate.phone].filter(Boolean).join(' · ')}
            />
            <Button
              component={Link}
              to={createPath({ resource: 'candidates', id: candidate.id, type: 'show' })}
              label="resources.candidates.duplicates.open"
            />
            {onMerge && (
              <Button label="resources.candidates.duplicates.merge" onClick={() => setMerging(candidate)} />
            )}
          </ListItem>
        ))}
      </List>
      <Confirm
        isOpen={merging !== null}
        loading={busy}
        title="resources.candidates.duplicates.merge"
        content="resources.candidates.duplicates.merge_confirm"
        translateOptions={{ from: fullName({ firstName, lastName }), into: merging ? fullName(merging) : '' }}
        onConfirm={confirm}
        onClose={() => setMerging(null)}
      />
    </Alert>
  );
}
