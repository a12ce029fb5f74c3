import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useState } from 'react';
import {
  type DataProvider,
  DataProviderContext,
  type RaRecord,
  type RedirectionSideEffect,
  useNotify,
  useRecordContext,
  useRedirect,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import type { ApiFailure } from '../apiFailure';
import { useNotifyFailure } from '../useNotifyFailure';
import type { Values } from './conflicts';
import { saveProblemOf } from './saveErrors';

/**
 * A save that never loses what the user typed: a 409 opens the conflict dialog, a 401 the sign-in
 * dialog, a network failure the retry dialog, each holding the typed values until the save
 * completes. It calls the data provider from context directly, not through useDataProvider, which
 * would log the user out on a 401 and unmount the form with the typed values.
 */
export type SaveProblem =
  | { kind: 'conflict'; values: Values; base: Values; current: Values }
  | { kind: 'session'; values: Values; base: Values }
  | { kind: 'network'; values: Values; base: Values };

export interface SafeSave {
  /** The form's onSubmit: resolves to field errors (422) for react-hook-form, or undefined. */
  /** `base` is the record the values were edited from (default: the record of the page). */
  save: (values: Values, base?: Values) => Promise<Record<string, string> | undefined>;
  problem: SaveProblem | null;
  dismiss: () => void;
  /** Puts the stored record in react-admin's cache (the form then shows it). */
  adopt: (current: Values) => void;
}

export function useSafeSave(redirect: RedirectionSideEffect = 'show'): SafeSave {
  const dataProvider = useContext(DataProviderContext) as DataProvider;
  const resource = useResourceContext() ?? '';
  const record = useRecordContext<RaRecord>();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const notifyFailure = useNotifyFailure();
  const translate = useTranslate();
  const redirectTo = useRedirect();
  const [problem, setProblem] = useState<SaveProblem | null>(null);

  const adopt = useCallback(
    (current: Values) => {
      queryClient.setQueryData([resource, 'getOne', { id: String(current.id) }], current);
    },
    [queryClient, resource],
  );

  const save = useCallback(
    async (values: Values, base: Values = (record ?? {}) as Values) => {
      try {
        const { data } = await dataProvider.update(resource, {
          id: values.id as RaRecord['id'],
          data: values,
          previousData: base as RaRecord,
        });
        setProblem(null);
        adopt(data);
        await queryClient.invalidateQueries({ queryKey: [resource, 'getList'] });
        // Said as react-admin's own edit says it: by the record's kind ("Company saved") where known.
        notify(`resources.${resource}.notifications.updated`, {
          type: 'info',
          messageArgs: { smart_count: 1, _: translate('ra.notification.updated', { smart_count: 1 }) },
        });
        redirectTo(redirect, resource, data.id, data);
        return undefined;
      } catch (caught) {
        const found = saveProblemOf(caught);
        if (found) {
          setProblem({ ...found, values, base });
          return undefined;
        }
        const error = caught as ApiFailure;
        notifyFailure(error);
        return error.body?.errors;
      }
    },
    [
      adopt,
      dataProvider,
      notify,
      notifyFailure,
      queryClient,
      record,
      redirect,
      redirectTo,
      resource,
      translate,
    ],
  );

  return { save, problem, dismiss: useCallback(() => setProblem(null), []), adopt };
}
