import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { freePort } from '../e2e/app';

/**
 * `npm run test:contract -- --base-url URL --email E --password P [--recruiter E[:P]]
 * [--other-recruiter E[:P]] [--support E[:P]] [--quota-recruiter E[:P]]`: the API contract suite
 * (tests/contract/*.contract.ts) over real HTTP against any server whose base URL ends in /api.
 * Without --base-url it serves the mock (mocks/server.ts, small scale) on a free port and runs
 * against it as the demo admin, so CI proves the suite itself.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const { values } = parseArgs({
  options: {
    'base-url': { type: 'string' },
    email: { type: 'string', default: 'admin@backoffice.test' },
    password: { type: 'string', default: 'demo' },
    'skip-rate-limit': { type: 'boolean', default: false },
    // Further accounts, each `email` or `email:password` (see accounts.ts); defaults: demo accounts.
    recruiter: { type: 'string' },
    'other-recruiter': { type: 'string' },
    support: { type: 'string' },
    // A recruiter of a third company that the quota checks may lock out for the day.
    'quota-recruiter': { type: 'string' },
  },
});

/** The daily allowance of the mock run.ts serves: low enough for the `small` seed to exhaust it. */
const MOCK_DAILY_PROFILES = 200;
/**
 * List calls a minute per user of that mock: the files run one after another within a minute as the
 * same accounts, so the default (one person's pace) would refuse a file for what earlier ones did,
 * depending on their order. The quota test calls until refused, so it reaches this one too.
 */
const MOCK_LIST_CALLS = 400;

function startMock(port: number): Promise<() => void> {
  return new Promise((done, fail) => {
    const child = spawn(
      'node',
      [
        '--import',
        'tsx',
        'mocks/server.ts',
        '--scale',
        'small',
        '--port',
        String(port),
        '--daily-profiles',
        String(MOCK_DAILY_PROFILES),
        '--list-calls',
        String(MOCK_LIST_CALLS),
      ],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child.stdout.on('data', (chunk: Buffer) => {
      if (String(chunk).includes('mock API')) done(() => child.kill('SIGTERM'));
    });
    child.on('exit', (code) => fail(new Error(`mock API exited ${code}`)));
  });
}

async function main(): Promise<number> {
  let stop = () => {};
  let baseUrl = values['base-url'];
  if (!baseUrl) {
    const port = await freePort();
    stop = await startMock(port);
    baseUrl = `http://127.0.0.1:${port}/api`;
  }
  const origin = baseUrl.replace(/\/+$/, '');
  if (!origin.endsWith('/api')) throw new Error('--base-url must be the API base, ending in /api');
  console.log(`contract suite against ${origin} as ${values.email}`);
  const env = {
    ...process.env,
    API_BASE_URL: origin.slice(0, -'/api'.length),
    CONTRACT_EMAIL: values.email,
    CONTRACT_PASSWORD: values.password,
    CONTRACT_SKIP_RATE_LIMIT: values['skip-rate-limit'] ? '1' : '',
    CONTRACT_RECRUITER: values.recruiter ?? '',
    CONTRACT_OTHER_RECRUITER: values['other-recruiter'] ?? '',
    CONTRACT_SUPPORT: values.support ?? '',
    CONTRACT_QUOTA_RECRUITER: values['quota-recruiter'] ?? '',
    CONTRACT_OWN_MOCK: values['base-url'] ? '' : '1',
  };
  const vitest = spawn('npx', ['vitest', 'run', '--config', 'tests/contract/vitest.config.ts'], {
    cwd: ROOT,
    env,
    stdio: 'inherit',
  });
  const code = await new Promise<number>((done) => vitest.on('exit', (c) => done(c ?? 1)));
  stop();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
