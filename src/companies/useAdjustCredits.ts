import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useContext, useState } from 'react';
import { DataProviderContext, useNotify } from 'react-admin';
import type { ApiFailure } from '../common/apiFailure';
import { saveProblemOf } from '../common/conflict/saveErrors';
import type { Company } from '../model/types';
import type { AdjustCreditsParams, AppDataProvider } from '../providers/dataProvider';

export type CreditsProblem =
  /** `judged`: the company the user computed their adjustment on; `current`: the stored one. */
  { kind: 'conflict'; judged: Company; current: Company } | { kind: 'session' } | { kind: 'network' };

export interface CreditsRequest {
  kind: NonNullable<AdjustCreditsParams['kind']>;
  delta: number;
  reason: string;
}

/**
 * Sends an adjustment computed on the balance of `seen` (the company as the dialog shows it), with
 * its version. A 409 whose stored balance is the one shown (only other fields changed) is retried
 * on the new version at once; otherwise it, a 401 and a lost connection become a `problem` that
 * keeps the dialog and what was typed, until the user chooses. Calls the data provider from
 * context, not useDataProvider, which would sign the user out on a 401 and close the dialog.
 */
export function useAdjustCredits(initial: Company, onDone: () => void) {
  const dataProvider = useContext(DataProviderContext) as AppDataProvider;
  const queryClient = useQueryClient();
  const notify = useNotify();
  const [seen, setSeen] = useState(initial);
  const [problem, setProblem] = useState<CreditsProblem | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const send = useCallback(
    async (request: CreditsRequest, company: Company): Promise<void> => {
      setSaving(true);
      setProblem(null);
      setError(null);
      setFieldErrors({});
      try {
        const { data } = await dataProvider.adjustCredits(company.id, {
          ...request,
          version: company.version,
        });
        await Promise.all(
          ['companies', 'credit-ledger', 'audit-logs'].map((key) =>
            queryClient.invalidateQueries({ queryKey: [key] }),
          ),
        );
        notify('resources.companies.credits.done', {
          type: 'success',
          messageArgs: { balance: data.company.credits[request.kind] },
        });
        onDone();
      } catch (caught) {
        const found = saveProblemOf(caught);
        if (found?.kind === 'conflict') {
          const current = found.current as unknown as Company;
          // From now on the dialog shows, and a "keep mine" is sent against, the stored company.
          setSeen(current);
          // Nothing the user judged on changed: the same adjustment on the new version is theirs.
          const sameBalance = current.credits[request.kind] === company.credits[request.kind];
          if (sameBalance && current.version !== company.version) return send(request, current);
          setProblem({ kind: 'conflict', judged: company, current });
        } else if (found) setProblem(found);
        else {
          const failure = caught as ApiFailure;
          if (failure.body?.errors) setFieldErrors(failure.body.errors);
          else setError(failure.body?.message ?? failure.message ?? 'ra.notification.http_error');
        }
      } finally {
        setSaving(false);
      }
    },
    [dataProvider, notify, onDone, queryClient],
  );

  return {
    /** The company the balances shown come from (the stored one after a conflict). */
    seen,
    problem,
    fieldErrors,
    error,
    saving,
    submit: (request: CreditsRequest) => send(request, seen),
    /** Back to the form, now showing the stored balance; the typed values stay. */
    dismiss: () => setProblem(null),
    clearFieldError: (field: string) => setFieldErrors(({ [field]: _, ...rest }) => rest),
  };
}
