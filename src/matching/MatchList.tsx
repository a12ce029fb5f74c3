import { Alert, Button, LinearProgress, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { MatchResult } from '../model/types';
import type { useMatches } from './useMatches';

interface MatchListProps<T> {
  title: string;
  empty: string;
  matches: ReturnType<typeof useMatches<T>>;
  children: (match: MatchResult<T>, rank: number) => ReactNode;
}

/** The states of a ranking (loading, failed, empty), the ranked items, and "show more". */
export function MatchList<T>({ title, empty, matches, children }: MatchListProps<T>) {
  const translate = useTranslate();
  const { results, total, isPending, error, hasMore, showMore, isFetching } = matches;
  return (
    <Stack sx={{ gap: 1.5, py: 1 }} aria-busy={isFetching}>
      <Typography variant="h6" component="h2">
        {translate(title)}
      </Typography>
      {isPending && <LinearProgress aria-label={translate('matching.loading')} />}
      {error && (
        <Alert severity="error" role="alert">
          {translate('matching.error')}
        </Alert>
      )}
      {!isPending && !error && results.length === 0 && <Typography>{translate(empty)}</Typography>}
      {results.length > 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('matching.count', { shown: results.length, total })}
        </Typography>
      )}
      <Stack component="ol" aria-label={translate(title)} sx={{ gap: 1.5, listStyle: 'none', p: 0, m: 0 }}>
        {results.map((match, index) => children(match, index + 1))}
      </Stack>
      {hasMore && (
        <Button onClick={showMore} disabled={isFetching} sx={{ alignSelf: 'flex-start' }}>
          {translate('matching.show_more')}
        </Button>
      )}
    </Stack>
  );
}
