/** Build-time settings (docs/demo-and-scales.md): no VITE_API_URL means the demo, served by the mock worker. */
const configuredApiUrl: string | undefined = import.meta.env.VITE_API_URL || undefined;

/** True in the demo and in tests: the API is the MSW mock. */
export const IS_DEMO = !configuredApiUrl;

/** The API's base URL, absolute (Node's fetch in tests cannot resolve a relative one). */
export function apiUrl(): string {
  const base = configuredApiUrl ?? '/api';
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.href;
  return new URL(base, origin).href.replace(/\/$/, '');
}

export const DEMO_PASSWORD = 'demo';

/** The demo accounts of docs/demo-and-scales.md, listed on the login page in demo mode only. */
export const DEMO_ACCOUNTS = [
  { email: 'admin@backoffice.test', role: 'admin' },
  { email: 'support@backoffice.test', role: 'support' },
  { email: 'sales@backoffice.test', role: 'sales' },
  { email: 'recruiter@acme.test', role: 'recruiter' },
  { email: 'recruiter@globex.test', role: 'recruiter' },
] as const;
