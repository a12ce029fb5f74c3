import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * Tuning is frozen when the engine's files (the matching code, its tuned parameters and the skill
 * vocabulary) hash to what the tuning script recorded last time it was run with --freeze. The
 * evaluation prints held-out figures only then, and logs each time it does, so the held-out half
 * is only ever read for an engine that tuning has already settled.
 */

const ROOT = resolve(import.meta.dirname, '../../../..');
const FROZEN = join(import.meta.dirname, 'frozen.json');
export const HELD_OUT_LOG = join(import.meta.dirname, 'held-out-log.md');

export interface Frozen {
  engine: string;
  at: string;
  tuning: unknown;
}

/** Every file whose content decides a ranking. */
function engineFiles(): string[] {
  const pick = (dir: string, test: (name: string) => boolean) =>
    readdirSync(join(ROOT, dir))
      .filter(test)
      .map((name) => join(ROOT, dir, name));
  return [
    // The index's sync with the mock's tables (store.ts), the API's feedback records and an
    // application's stored score rank nothing by themselves.
    ...pick(
      'mocks/domain/matching',
      (name) => !['store.ts', 'feedback-records.ts', 'application-score.ts'].includes(name),
    ),
    ...pick('mocks/domain/records', (name) => name === 'top-k.ts'),
    ...pick('src/model', (name) => name.startsWith('skill')),
  ].sort();
}

export function engineHash(): string {
  const hash = createHash('sha256');
  for (const file of engineFiles()) {
    hash.update(relative(ROOT, file));
    hash.update('\0');
    hash.update(readFileSync(file));
    hash.update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export function readFrozen(): Frozen | null {
  return existsSync(FROZEN) ? (JSON.parse(readFileSync(FROZEN, 'utf8')) as Frozen) : null;
}

export function freeze(tuning: unknown): Frozen {
  const frozen = { engine: engineHash(), at: new Date().toISOString(), tuning };
  writeFileSync(FROZEN, `${JSON.stringify(frozen, null, 2)}\n`);
  return frozen;
}

export function isFrozen(): boolean {
  return readFrozen()?.engine === engineHash();
}

export function logHeldOutRead(line: string): void {
  if (!existsSync(HELD_OUT_LOG))
    writeFileSync(
      HELD_OUT_LOG,
      '# Held-out reads\n\nEach time `npm run matching:eval` printed held-out figures: when, for which frozen engine, what it printed.\n\n',
    );
  appendFileSync(HELD_OUT_LOG, `- ${new Date().toISOString()} engine ${engineHash()}: ${line}\n`);
}
