import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/**
 * Starts `mocks/server.ts` at `scale` on `port` in a child process with a heap of `heapMb` (seeding
 * `large` takes a while) and resolves once it listens, with its "mock API" line (the seed time).
 * `echo`: the server's output is copied to this process's stdout.
 */
export async function startLocalApi(
  scale: string,
  port: number,
  { heapMb = 8000, echo = false, args = [] as string[] } = {},
): Promise<{ child: ChildProcess; line: string }> {
  const child = spawn(
    process.execPath,
    [
      `--max-old-space-size=${heapMb}`,
      '--import',
      'tsx',
      'mocks/server.ts',
      '--scale',
      scale,
      '--port',
      String(port),
      ...args,
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((ready, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (echo) process.stdout.write(chunk);
      const text = chunk.toString();
      if (text.includes('mock API')) ready(text.trim());
    });
    child.on('exit', (code) => fail(new Error(`local API exited with ${code}`)));
  });
  return { child, line };
}
