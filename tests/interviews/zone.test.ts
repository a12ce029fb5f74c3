import { describe, expect, it } from 'vitest';
import {
  localInputToIso,
  mondayOf,
  offsetMinutes,
  utcToLocalInput,
  zonedToUtc,
} from '../../src/model/time-zone';

describe('time zones', () => {
  it('knows Paris and London differ by an hour, and both change clocks on the same night', () => {
    const winter = Date.parse('2026-01-15T12:00:00Z');
    const summer = Date.parse('2026-07-15T12:00:00Z');
    expect([offsetMinutes(winter, 'Europe/Paris'), offsetMinutes(winter, 'Europe/London')]).toEqual([60, 0]);
    expect([offsetMinutes(summer, 'Europe/Paris'), offsetMinutes(summer, 'Europe/London')]).toEqual([
      120, 60,
    ]);
  });

  it('moves a time skipped in spring forward and takes the first of an ambiguous autumn time', () => {
    expect(new Date(zonedToUtc('2026-03-29T02:30', 'Europe/Paris')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(zonedToUtc('2026-10-25T02:30', 'Europe/Paris')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(utcToLocalInput('2026-10-25T01:30:00.000Z', 'Europe/Paris')).toBe('2026-10-25T02:30');
  });

  it('finds the local Monday', () => {
    expect(mondayOf(Date.parse('2026-03-29T22:30:00Z'), 'Europe/Paris')).toBe('2026-03-30');
    expect(mondayOf(Date.parse('2026-03-29T22:30:00Z'), 'Europe/London')).toBe('2026-03-23');
  });

  it('sends what a date-time field holds (the browser’s wall clock) as a UTC instant', () => {
    const local = '2026-10-25T10:00';
    expect(localInputToIso(local)).toBe(new Date(2026, 9, 25, 10, 0).toISOString());
    expect(localInputToIso(local)).toMatch(/Z$/);
    expect([localInputToIso(''), localInputToIso(null), localInputToIso('soon')]).toEqual([null, null, null]);
  });
});
