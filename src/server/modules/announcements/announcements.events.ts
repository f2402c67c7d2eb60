import { defineEvents, type Events } from '../../core/events.ts';

/** What the announcements' audit trail records (words for each in the web app's audit.actions). */
export const announcementEvents = defineEvents({
  'announcement.created': 'announcement',
  'announcement.updated': 'announcement',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof announcementEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /**
     * An announcement reached its audience (told after commit), for everyone (`unitIds: null`) or for
     * units (and the units below them): the Teams/Slack channels of those units post it, in the
     * organisation's default language and each content language it is written in.
     */
    'announcements.published': {
      announcementId: string;
      unitIds: string[] | null;
      title: { nl: string; en: string };
      /** Its titles in the organisation's content languages it is written in (channelLanguages). */
      translations: { language: string; title: string }[];
      link: string;
    };
  }
}
