import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';

// A session's invitation (RFC 5545, by ical-generator). The UID is the session's for life; every
// change raises SEQUENCE, and a cancelled session is sent as METHOD:CANCEL with the same UID, so
// calendars update or remove the one entry they have.

export function sessionInvitation(session: {
  id: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  onlineUrl: string | null;
  sequence: number;
  isCancelled: boolean;
  url: string;
  stampedAt: Date;
  attendee?: { name: string; email: string };
}): string {
  const calendar = ical({
    prodId: { company: 'groeipad', product: 'events', language: 'NL' },
    method: session.isCancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: `event-session-${session.id}@groeipad`,
    sequence: session.sequence,
    stamp: session.stampedAt,
    start: session.startsAt,
    end: session.endsAt,
    summary: session.title,
    description: session.summary || null,
    location: session.location ?? session.onlineUrl ?? null,
    url: session.onlineUrl ?? session.url,
    status: session.isCancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: 'Groeipad', email: 'noreply@groeipad.invalid' },
    attendees: session.attendee
      ? [{ name: session.attendee.name, email: session.attendee.email, rsvp: false }]
      : [],
  });
  return calendar.toString();
}
