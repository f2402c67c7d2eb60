import ical, { ICalEventStatus } from 'ical-generator';
import type { Locale } from '../../db/schema.ts';
import type { CalendarSession } from './learning-time.ports.ts';
import type { BlockRow } from './learning-time.repository.ts';

// The personal calendar feed (RFC 5545, written by ical-generator). A block keeps its UID for life and
// raises SEQUENCE on each change, so subscribed calendars replace it instead of adding a copy. Blocks
// are wall-clock times in the organisation's zone (TZID), so a weekly block stays at 14:00 across DST.

const texts = {
  nl: { name: 'Groeipad leertijd', block: 'Leertijd', session: 'Sessie' },
  en: { name: 'Groeipad learning time', block: 'Learning time', session: 'Session' },
} as const;

export function learningTimeFeed(options: {
  locale: Locale;
  timeZone: string;
  baseUrl: string;
  stampedAt: Date;
  blocks: (BlockRow & { subjectTitle: string | null })[];
  sessions: CalendarSession[];
}): string {
  const words = texts[options.locale];
  const calendar = ical({
    name: words.name,
    prodId: { company: 'groeipad', product: 'learning-time', language: options.locale.toUpperCase() },
    ttl: 60 * 60,
  });
  for (const block of options.blocks) {
    calendar.createEvent({
      id: `learning-time-block-${block.id}@groeipad`,
      sequence: block.sequence,
      stamp: options.stampedAt,
      lastModified: block.updated_at,
      // Wall-clock strings: ical-generator writes them as they are under the TZID.
      start: `${block.starts_on}T${block.start_time}:00`,
      end: `${block.starts_on}T${block.end_time}:00`,
      timezone: options.timeZone,
      summary: `${words.block}: ${block.title}`,
      description: block.subjectTitle ?? null,
      url: `${options.baseUrl}/learning-time`,
      repeating: block.repeats_weekly
        ? {
            freq: 'WEEKLY' as never,
            ...(block.repeat_until ? { until: new Date(`${block.repeat_until}T23:59:59Z`) } : {}),
          }
        : null,
    });
  }
  for (const session of options.sessions) {
    calendar.createEvent({
      id: `event-session-${session.id}@groeipad`,
      sequence: session.sequence,
      stamp: options.stampedAt,
      start: session.startsAt,
      end: session.endsAt,
      summary: session.title,
      location: session.location ?? session.onlineUrl ?? null,
      url: session.onlineUrl ?? `${options.baseUrl}/workshops`,
      status: session.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
