import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { freePort } from './app';

/**
 * The production setup, for the CSP browser test: a real-API build (VITE_API_URL=/api), the mock API
 * over HTTP (mocks/server.ts) and Debian's nginx serving the build with deploy/nginx.conf, adapted
 * only for a free port, the build's path and a proxy of /api to the mock. Started once, by the
 * suite's global setup; everything stops when the runner exits.
 */
const ROOT = resolve(import.meta.dirname, '../..');
export const PROD_DIST = join(ROOT, 'dist-csp/app');
const NGINX_DIR = join(ROOT, 'dist-csp/nginx');
const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

const children: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
});

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'pipe' });
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${command} ${args.join(' ')} exited ${code}\n${output}`)),
    );
  });
}

/** Starts a long-running child and resolves once its output matches `ready`. */
function serve(command: string, args: string[], ready: RegExp): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'pipe' });
    children.push(child);
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk;
      if (ready.test(output)) done();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('error', fail);
    child.on('exit', (code) => fail(new Error(`${command} exited ${code} before it was ready\n${output}`)));
  });
}

/** deploy/nginx.conf inside a minimal main config that a non-daemon nginx can run from a scratch dir. */
export function adaptNginxConf(conf: string, port: number, apiPort: number): string {
  const server = conf
    .replace(/listen\s+80;/, `listen 127.0.0.1:${port};`)
    .replace(/root\s+[^;]+;/, `root ${PROD_DIST};`)
    .replace(/\$\{API_ORIGIN\}/g, '')
    .replace(
      /(\n\s*location \/assets\/)/,
      `\n    location /api/ { proxy_pass http://127.0.0.1:${apiPort}; }\n$1`,
    );
  const temp = (name: string) => `${name}_temp_path ${join(NGINX_DIR, name)};`;
  return `pid ${join(NGINX_DIR, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}
  ${server}
}
`;
}

export interface ProdServer {
  url: string;
}

let started: Promise<ProdServer> | undefined;

async function start(): Promise<ProdServer> {
  await run('npx', ['vite', 'build', '--outDir', PROD_DIST, '--emptyOutDir', '--logLevel', 'warn'], {
    VITE_API_URL: '/api',
  });
  const index = readFileSync(join(PROD_DIST, 'index.html'), 'utf8');
  const apiPort = await onFreePort(async (port) => {
    await serve(
      'node',
      ['--import', 'tsx', 'mocks/server.ts', '--scale', 'small', '--port', String(port)],
      /mock API/,
    );
    return port;
  });
  return { url: await onFreePort((port) => startNginx(port, apiPort, index)) };
}

/**
 * Starts a server on a free port, trying another one when the port was taken between the probe and
 * the bind: other suites (other worktrees' included) pick free ports at the same moment.
 */
async function onFreePort<T>(startOn: (port: number) => Promise<T>, attempts = 3): Promise<T> {
  let failure: unknown;
  for (let attempt = 0; attempt < attempts; attempt += 1) {
    try {
      return await startOn(await freePort());
    } catch (error) {
      failure = error;
    }
  }
  throw failure;
}

/** nginx with deploy/nginx.conf on `port`; ready once it serves this build's index.html (not another server's). */
async function startNginx(port: number, apiPort: number, index: string): Promise<string> {
  mkdirSync(NGINX_DIR, { recursive: true });
  const confPath = join(NGINX_DIR, 'nginx.conf');
  writeFileSync(
    confPath,
    adaptNginxConf(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'), port, apiPort),
  );
  await run(NGINX, ['-t', '-p', NGINX_DIR, '-c', confPath]);
  const child = spawn(NGINX, ['-p', NGINX_DIR, '-c', confPath, '-g', 'daemon off;'], { stdio: 'inherit' });
  children.push(child);
  const url = `http://127.0.0.1:${port}`;
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode} on port ${port}`);
    const body = await fetch(url).then(
      (r) => (r.ok ? r.text() : ''),
      () => '',
    );
    if (body === index) return url;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`nginx did not serve the build on ${url}`);
}

/**
 * The production setup: started once by the suite's global setup, whose address the test workers
 * find in E2E_PROD_URL (PROD_DIST is already built then).
 */
export function prodServer(): Promise<ProdServer> {
  const url = process.env.E2E_PROD_URL;
  started ??= url ? Promise.resolve({ url }) : start();
  return started;
}

export function stopProdServer(): void {
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
}

/**
 * `npm run preview` (what the README tells a developer to run) serving the real-API build; resolves
 * once it listens, with a stop() that ends its process group (npm → sh → vite).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes are control characters.
const ANSI_CODES = /\u001b\[[0-9;]*m/g;

export async function npmPreview(): Promise<{ url: string; stop: () => void }> {
  await prodServer();
  return onFreePort(
    (port) =>
      new Promise((done, fail) => {
        const args = ['run', 'preview', '--', '--outDir', PROD_DIST, '--port', String(port), '--strictPort'];
        const child = spawn('npm', [...args, '--host', '127.0.0.1'], {
          cwd: ROOT,
          stdio: 'pipe',
          detached: true,
          // Under CI=true Vite colours its output even into a pipe, and the port in its URL line is
          // wrapped in bold codes: ask for plain text (and strip codes anyway, below).
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        });
        let stopped = false;
        const stop = () => {
          if (stopped || !child.pid) return;
          stopped = true;
          try {
            process.kill(-child.pid, 'SIGTERM');
          } catch {
            // already gone
          }
        };
        process.on('exit', stop);
        let output = '';
        const onData = (chunk: Buffer) => {
          output += String(chunk).replace(ANSI_CODES, '');
          if (output.includes(`:${port}/`)) done({ url: `http://127.0.0.1:${port}`, stop });
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.on('exit', (code) => fail(new Error(`npm run preview exited ${code}\n${output}`)));
      }),
  );
}
