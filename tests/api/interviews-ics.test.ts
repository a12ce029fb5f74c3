import { describe, expect, it } from 'vitest';
import { fold } from '../../mocks/domain/interviews/ics';
import { utcToLocalInput, zonedToUtc } from '../../src/model/time-zone';
import { call } from '../helpers/api';
import { anApplication, recruiter, schedule } from './interviews-fixtures';

/** A minimal RFC 5545 reader: unfolds lines, then reads each VEVENT's properties back. */
function parseIcs(text: string): Array<Record<string, string>> {
  expect(text.endsWith('\r\n')).toBe(true);
  for (const line of text.split('\r\n'))
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/); // CRLF only, no bare LF
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) events.push(current);
    else if (current) {
      const at = line.indexOf(':');
      current[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return events;
}
const unescapeText = (text: string) =>
  text.replace(/\\([\\;,nN])/g, (_m, c: string) => (c.toLowerCase() === 'n' ? '\n' : c));
/** `20260329T080000Z` → epoch ms */
const fromIcs = (value: string) =>
  Date.parse(value.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));

/**
 * Schedules a 15-minute interview at each instant (each must be created), then exports the week and
 * answers the start of each event in it (epoch ms).
 */
async function scheduleThenExport(
  token: string,
  applicationId: number,
  instants: number[],
  week: { week: string; tz: string; interviewerId: number },
): Promise<number[]> {
  for (const ms of instants)
    expect(
      (await schedule(token, applicationId, { startsAt: new Date(ms).toISOString(), durationMinutes: 15 }))
        .status,
    ).toBe(201);
  const res = await call<string>(
    'GET',
    `/api/interviews/ics?week=${week.week}&tz=${week.tz}&interviewerId=${week.interviewerId}`,
    undefined,
    token,
  );
  expect(res.status).toBe(200);
  return parseIcs(res.body).map((e) => fromIcs(e.DTSTART));
}

describe('interviews: .ics export', () => {
  // 10:00 local the day before and the day of each clock change, in both markets.
  const cases = [
    ['Europe/Paris', '2026-03-28T10:00', '2026-03-28T09:00:00.000Z'],
    ['Europe/Paris', '2026-03-29T10:00', '2026-03-29T08:00:00.000Z'],
    ['Europe/London', '2026-03-28T10:00', '2026-03-28T10:00:00.000Z'],
    ['Europe/London', '2026-03-29T10:00', '2026-03-29T09:00:00.000Z'],
    ['Europe/Paris', '2026-10-24T10:00', '2026-10-24T08:00:00.000Z'],
    ['Europe/Paris', '2026-10-25T10:00', '2026-10-25T09:00:00.000Z'],
    ['Europe/London', '2026-10-24T10:00', '2026-10-24T09:00:00.000Z'],
    ['Europe/London', '2026-10-25T10:00', '2026-10-25T10:00:00.000Z'],
  ] as const;

  it.each(cases)('%s %s reads back at the same local time', async (zone, local, utc) => {
    expect(new Date(zonedToUtc(local, zone)).toISOString()).toBe(utc);
    const { token } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const created = await schedule(token, app.id, {
      startsAt: utc,
      durationMinutes: 90,
      location: 'Salle 3; étage 2, bâtiment "B"\\Nord',
    });
    expect(created.status).toBe(201);
    const res = await call<string>('GET', `/api/interviews/${created.body.id}/ics`, undefined, token);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toMatch(/^text\/calendar/);
    const [event] = parseIcs(res.body);
    expect(event.DTSTART).toMatch(/Z$/);
    const start = fromIcs(event.DTSTART);
    expect(utcToLocalInput(new Date(start).toISOString(), zone)).toBe(local);
    expect(fromIcs(event.DTEND) - start).toBe(90 * 60_000);
    expect(unescapeText(event.LOCATION)).toBe('Salle 3; étage 2, bâtiment "B"\\Nord');
    expect(event.UID).toBe(`interview-${created.body.id}@turnover-it.test`);
  });

  it('exports a week cut at local midnights: the week of a spring change holds 167 hours', async () => {
    const { token, user } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    // Monday 00:30 in Paris is still Sunday in UTC; Sunday 23:30 is the last slot of the week.
    const inside = ['2026-03-23T00:30', '2026-03-29T23:00'].map((l) => zonedToUtc(l, 'Europe/Paris'));
    const outside = [
      zonedToUtc('2026-03-22T23:00', 'Europe/Paris'),
      zonedToUtc('2026-03-30T00:15', 'Europe/Paris'),
    ];
    const starts = await scheduleThenExport(token, app.id, [...inside, ...outside], {
      week: '2026-03-25',
      tz: 'Europe/Paris',
      interviewerId: user.id,
    });
    expect(starts).toEqual(inside);
    expect(zonedToUtc('2026-03-30', 'Europe/Paris') - zonedToUtc('2026-03-23', 'Europe/Paris')).toBe(
      167 * 3600_000,
    );
    expect((await call('GET', '/api/interviews/ics?week=soon', undefined, token)).status).toBe(400);
  });

  it('exports a London week cut at local midnights: the week of the autumn change holds 169 hours', async () => {
    const { token, user } = await recruiter();
    const app = await anApplication(token, { stage: 'screening' });
    const zone = 'Europe/London';
    // Monday 00:30 in London is still Sunday in UTC in summer time; Sunday 23:00 is after the change.
    const inside = ['2026-10-19T00:30', '2026-10-25T23:00'].map((l) => zonedToUtc(l, zone));
    const outside = [zonedToUtc('2026-10-18T23:00', zone), zonedToUtc('2026-10-26T00:15', zone)];
    const starts = await scheduleThenExport(token, app.id, [...inside, ...outside], {
      week: '2026-10-21',
      tz: zone,
      interviewerId: user.id,
    });
    // The seed may hold other interviews that week: ours must be in, the neighbours' out.
    for (const ms of inside) expect(starts).toContain(ms);
    for (const ms of outside) expect(starts).not.toContain(ms);
    expect(new Date(inside[0]).toISOString()).toBe('2026-10-18T23:30:00.000Z');
    expect(zonedToUtc('2026-10-26', zone) - zonedToUtc('2026-10-19', zone)).toBe(169 * 3600_000);
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `SUMMARY:${'é'.repeat(100)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });
});
