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

type Session = Awaited<ReturnType<typeof signInAs>>;

/**
 * A session of the account the quota checks may exhaust for the day: a recruiter of a third
 * company, given as `--quota-recruiter E[:P]`. Without it, against the mock run.ts serves itself,
 * the admin's API picks an active recruiter of another company than `recruiter` and
 * `otherRecruiter` (every mock account's password is `demo`); against any other server there is
 * none, and those checks are skipped rather than lock a shared account out.
 */
export async function quotaAccount(): Promise<Session | undefined> {
  const given = process.env.CONTRACT_QUOTA_RECRUITER;
  const login = async (email: string, password: string) => {
    const response = await call<Session>('POST', '/api/auth/login', { email, password });
    if (response.status !== 200) throw new Error(`contract: cannot sign in as ${email}: ${response.status}`);
    return response.body;
  };
  if (given) {
    const at = given.indexOf(':');
    return at < 0 ? login(given, 'demo') : login(given.slice(0, at), given.slice(at + 1));
  }
  if (process.env.CONTRACT_OWN_MOCK !== '1') return undefined;
  const taken = new Set([
    (await signInAs('recruiter')).user.companyId,
    (await signInAs('otherRecruiter')).user.companyId,
  ]);
  const admin = await signInAs('admin');
  const filter = encodeURIComponent(JSON.stringify({ role: 'recruiter', status: 'active' }));
  const users = await call<Array<{ email: string; companyId: number }>>(
    'GET',
    `/api/users?filter=${filter}&range=[0,99]`,
    undefined,
    admin.token,
  );
  const pick = users.body.find((user) => !taken.has(user.companyId));
  return pick ? login(pick.email, 'demo') : undefined;
}
