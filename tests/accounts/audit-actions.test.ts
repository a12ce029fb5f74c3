import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS } from '../../src/audit-logs/actions';
import { auditLogsEn } from '../../src/audit-logs/i18n.en';
import { auditLogsFr } from '../../src/audit-logs/i18n.fr';

const MOCKS = join(import.meta.dirname, '../../mocks');

/** Every action code the mock API writes to the audit log with a literal, from its source. */
function auditedActions(): Set<string> {
  const found = new Set<string>();
  for (const name of readdirSync(MOCKS, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.ts')) continue;
    const source = readFileSync(join(MOCKS, name), 'utf8');
    for (const match of source.matchAll(/audit\([^;]*?\{\s*action:\s*([^,\n]+),/g)) {
      // The values an action expression can take, not what a condition in it compares with.
      const values = match[1].replace(/[!=]==\s*'[^']*'/g, '');
      for (const literal of values.matchAll(/'([a-z_.]+)'/g)) found.add(literal[1]);
    }
  }
  return found;
}

describe('audit log actions', () => {
  it('names in words, in English and French, every action the API audits', () => {
    const audited = auditedActions();
    expect(audited.size).toBeGreaterThan(10);
    const key = (action: string) => action.replace(/\./g, '_') as keyof typeof auditLogsEn.actions;
    for (const action of audited) {
      expect(AUDIT_ACTIONS, action).toContain(action);
      expect(auditLogsEn.actions[key(action)], `${action} in English`).toBeTruthy();
      expect(
        (auditLogsFr.actions as Record<string, string>)[key(action)],
        `${action} in French`,
      ).toBeTruthy();
    }
  });
});
