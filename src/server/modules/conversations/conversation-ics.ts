import type { Locale } from '../../../shared/locales.ts';
import { calendarTexts } from '../../messages/index.ts';

// A minimal iCalendar (RFC 5545) invitation for the meeting: one VEVENT of an hour.
const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const icsText = (value: string) => value.replace(/([,;\\])/g, '\\$1').replace(/\n/g, '\\n');

/** Times are UTC ("Z"): every calendar shows them in its own zone. Texts are in the reader's language. */
export function conversationIcs(options: {
  id: string;
  locale: Locale;
  names: { cycle: string; employee: string; manager: string };
  meetingAt: Date;
  /** When the invitation is made (DTSTAMP). */
  stampedAt: Date;
  organiser: { name: string; email: string };
  attendee: { name: string; email: string };
  url: string;
}): string {
  const end = new Date(options.meetingAt.getTime() + 60 * 60_000);
  const texts = calendarTexts(options.locale);
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Groeipad//Gesprekken//NL',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:conversation-${options.id}@groeipad`,
    `DTSTAMP:${stamp(options.stampedAt)}`,
    `DTSTART:${stamp(options.meetingAt)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${icsText(texts.meetingSummary(options.names))}`,
    `DESCRIPTION:${icsText(texts.meetingDescription({ url: options.url }))}`,
    `URL:${options.url}`,
    `ORGANIZER;CN=${icsText(options.organiser.name)}:mailto:${options.organiser.email}`,
    `ATTENDEE;CN=${icsText(options.attendee.name)};ROLE=REQ-PARTICIPANT:mailto:${options.attendee.email}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}
