import { useGetOne, usePermissions } from 'react-admin';
import type { Company, Identifier } from '../model/types';

/** The signed-in recruiter's company's CV unlock credits (undefined for staff or while loading). */
export function useCvCredits(enabled = true): { credits: number | undefined; refetch: () => void } {
  const { permissions } = usePermissions<{ role?: string; companyId: Identifier | null } | null>();
  const companyId = permissions?.role === 'recruiter' ? (permissions.companyId ?? null) : null;
  const { data, refetch } = useGetOne<Company>(
    'companies',
    { id: companyId ?? 0 },
    { enabled: enabled && companyId !== null },
  );
  return { credits: companyId === null ? undefined : data?.credits.cvUnlocks, refetch: () => void refetch() };
}
