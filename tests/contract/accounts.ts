import { call, DEMO } from '../helpers/api';

/**
 * The accounts the contract suite signs in as. Against a real backend, run.ts passes them as
 * options (`--recruiter`, `--other-recruiter`, `--support`, `--admin`, each `email` or
 * `email:password`); without options they are the demo accounts of the reference API.
 * `recruiter` and `otherRecruiter` must belong to two different companies: the tenant checks
 * play one against the other.
 */
export type ContractRole = 'admin' | 'support' | 'recruiter' | 'otherRecruiter';

const DEFAULTS: Record<ContractRole, string> = {
  admin: `${process.env.CONTRACT_EMAIL ?? DEMO.admin}:${process.env.CONTRACT_PASSWORD ?? 'demo'}`,
  support: `${DEMO.support}:demo`,
  recruiter: `${DEMO.acme}:demo`,
  otherRecruiter: `${DEMO.globex}:demo`,
};

const ENV: Record<ContractRole, string> = {
  admin: 'CONTRACT_ADMIN',
  support: 'CONTRACT_SUPPORT',
  recruiter: 'CONTRACT_RECRUITER',
  otherRecruiter: 'CONTRACT_OTHER_RECRUITER',
};

export function credentials(role: ContractRole): { email: string; password: string } {
  const given = process.env[ENV[role]] || DEFAULTS[role];
  const at = given.indexOf(':');
  return at < 0
    ? { email: given, password: 'demo' }
    : { email: given.slice(0, at), password: given.slice(at + 1) };
}

/** A fresh session for the role (each call is a new login, so a new token). */
export async function signInAs(
  role: ContractRole,
): Promise<{ token: string; user: { id: number; companyId: number | null; role: string } }> {
  const { email, password } = credentials(role);
  const response = await call<{
    token: string;
    user: { id: number; companyId: number | null; role: string };
  }>('POST', '/api/auth/login', { email, password });
  if (response.status !== 200)
    throw new Error(`contract: cannot sign in as ${role} (${email}): ${response.status}`);
  return response.body;
}
