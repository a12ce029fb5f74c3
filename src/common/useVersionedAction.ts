import { type MutateOptions, useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../providers/dataProvider';
import { type ApiFailure, storedRecord } from './apiFailure';

/**
 * A one-call action on a versioned record (a stage move, a rating, a status change) whose refusal
 * is handled like a form's: a 409 keeps what the user asked for beside the stored record
 * (`conflict`), so the screen can show both and let them keep theirs — the same action retried
 * against the stored version (`keepMine`) — or take the stored state (`takeTheirs`).
 */
export interface VersionConflict<V, R> {
  /** What the user asked for. */
  variables: V;
  /** The record as the server holds it now. */
  current: R;
}

export interface VersionedActionOptions<V, R, D, C> {
  mutationFn: (variables: V, dataProvider: AppDataProvider) => Promise<D>;
  /** The same action aimed at the stored record (its version, its stage...). */
  rebase: (variables: V, current: R) => V;
  onMutate?: (variables: V) => Promise<C> | C;
  onSuccess?: (data: D, variables: V) => unknown;
  /** Every failure, a 409 included (e.g. to roll an optimistic change back). */
  onError?: (failure: ApiFailure, variables: V, context: C | undefined) => unknown;
  onSettled?: (variables: V, data: D | undefined) => unknown;
}

export function useVersionedAction<V, R, D = unknown, C = unknown>(
  options: VersionedActionOptions<V, R, D, C>,
) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [conflict, setConflict] = useState<VersionConflict<V, R> | null>(null);
  const mutation = useMutation<D, ApiFailure, V, C>({
    mutationFn: (variables) => options.mutationFn(variables, dataProvider),
    onMutate: options.onMutate,
    onSuccess: (data, variables) => options.onSuccess?.(data, variables),
    onError: (failure, variables, context) => {
      const current = storedRecord<R>(failure);
      if (current) setConflict({ variables, current });
      return options.onError?.(failure, variables, context);
    },
    onSettled: (data, _error, variables) => options.onSettled?.(variables, data),
  });
  const mutate = (variables: V, callbacks?: MutateOptions<D, ApiFailure, V, C>) => {
    setConflict(null);
    mutation.mutate(variables, callbacks);
  };
  return {
    mutate,
    isPending: mutation.isPending,
    conflict,
    /** Retries what the user asked for against the stored version. */
    keepMine: (callbacks?: MutateOptions<D, ApiFailure, V, C>) => {
      if (conflict) mutate(options.rebase(conflict.variables, conflict.current), callbacks);
    },
    /** Leaves the stored state as it is (the caller has refreshed it). */
    takeTheirs: () => setConflict(null),
  };
}
