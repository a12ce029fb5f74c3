import type { Interview } from '../../../src/model/types';

/**
 * iCalendar (RFC 5545) output for interviews: times in UTC (`Z`), text escaped (§3.3.11), CRLF line
 * ends and lines folded at 75 octets without splitting a UTF-8 character (§3.1), so the file opens
 * the same in Outlook, Google Calendar and Apple Calendar whatever the reader's zone.
 */
export interface IcsEvent {
  interview: Interview;
  summary: string;
  description: string;
}

const encoder = new TextEncoder();

export function escapeText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `20260329T080000Z` */
export function icsDate(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** Folds one content line: at most 75 octets a line, continuations start with a space. */
export function fold(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The leading space of a continuation line counts towards its 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

const STATUS: Record<Interview['status'], string> = {
  planned: 'CONFIRMED',
  done: 'CONFIRMED',
  'no-show': 'CONFIRMED',
  cancelled: 'CANCELLED',
};

function eventLines({ interview, summary, description }: IcsEvent, stampMs: number): string[] {
  const start = Date.parse(interview.startsAt);
  const lines = [
    'BEGIN:VEVENT',
    `UID:interview-${interview.id}@turnover-it.test`,
    `DTSTAMP:${icsDate(stampMs)}`,
    `DTSTART:${icsDate(start)}`,
    `DTEND:${icsDate(start + interview.durationMinutes * 60_000)}`,
    `SEQUENCE:${Math.max(0, interview.version - 1)}`,
    `STATUS:${STATUS[interview.status]}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
  ];
  const where = interview.location ?? interview.videoUrl;
  if (where) lines.push(`LOCATION:${escapeText(where)}`);
  if (interview.videoUrl) lines.push(`URL:${interview.videoUrl}`);
  lines.push('END:VEVENT');
  return lines;
}

/** A whole VCALENDAR with one VEVENT per interview. */
export function toIcs(events: IcsEvent[], stampMs: number, name?: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Turnover IT//Back-office//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (name) lines.push(`X-WR-CALNAME:${escapeText(name)}`);
  for (const event of events) lines.push(...eventLines(event, stampMs));
  lines.push('END:VCALENDAR');
  return `${lines.map(fold).join('\r\n')}\r\n`;
}
