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
