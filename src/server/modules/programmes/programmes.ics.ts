import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

// "Add my schedule to my calendar": my sessions of one programme as one iCalendar file (ical-generator).
// Each session keeps the UID of its workshop invitation (event-session-<id>@groeipad) and its SEQUENCE,
// so a calendar that already has the invitation updates that one entry instead of adding a second.

export type ScheduleEntry = {
  eventSessionId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  sequence: number;
  isCancelled: boolean;
  url: string;
};

export function scheduleCalendar(programme: { title: string }, entries: ScheduleEntry[], stampedAt: Date) {
  const calendar = ical({
    prodId: { company: 'groeipad', product: 'programmes', language: 'NL' },
    name: programme.title,
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const entry of entries)
    calendar.createEvent({
      id: `event-session-${entry.eventSessionId}@groeipad`,
      sequence: entry.sequence,
      stamp: stampedAt,
      start: entry.startsAt,
      end: entry.endsAt,
      summary: entry.title,
      description: entry.description || null,
      location: entry.location ?? entry.onlineUrl ?? null,
      url: entry.onlineUrl ?? entry.url,
      status: entry.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  return calendar.toString();
}
