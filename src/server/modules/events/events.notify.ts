import { formatMeetingTime } from '../../core/calendar.ts';
import type { TenantDb } from '../../db/tenant.ts';
import type { MailKind } from '../../messages/index.ts';
import { notifyPerson } from '../notifications/index.ts';

// Messages about a session to one person, in their language, with the invitation's address.

export const invitationUrl = (baseUrl: string, sessionId: string) =>
  `${baseUrl}/api/v1/workshops/sessions/${sessionId}/invitation.ics`;
export const eventUrl = (baseUrl: string, contentId: string) => `${baseUrl}/workshops/${contentId}`;

export function notifyAboutSession(
  tenant: TenantDb,
  personId: string,
  kind: Extract<MailKind, `event_${string}`>,
  session: {
    id: string;
    content_id: string;
    starts_at: Date;
    location: string | null;
    online_url: string | null;
  },
  options: { title: string; baseUrl: string; timeZone: string },
) {
  return notifyPerson(tenant, personId, {
    kind,
    vars: ({ name, locale }) => ({
      name,
      title: options.title,
      when: formatMeetingTime(session.starts_at, locale, options.timeZone),
      where: session.location ?? session.online_url ?? '',
      ics: invitationUrl(options.baseUrl, session.id),
      link: eventUrl(options.baseUrl, session.content_id),
    }),
  });
}

/**
 * Messages about an event rather than one seat: a sign-up to approve (to the manager, linking their
 * approvals), approved or declined, and the feedback form after attending (linking the event).
 */
export function notifyAboutEvent(
  tenant: TenantDb,
  personId: string,
  kind: 'event_approval_requested' | 'event_approved' | 'event_declined' | 'event_feedback_asked',
  options: {
    title: string;
    baseUrl: string;
    contentId: string;
    startsAt: Date;
    timeZone: string;
    who?: string;
  },
) {
  return notifyPerson(tenant, personId, {
    kind,
    vars: ({ name, locale }) => ({
      name,
      title: options.title,
      who: options.who ?? '',
      when: formatMeetingTime(options.startsAt, locale, options.timeZone),
      link:
        kind === 'event_approval_requested'
          ? `${options.baseUrl}/development/approvals`
          : eventUrl(options.baseUrl, options.contentId),
    }),
  });
}
