import { defineEvents, type Events } from '../../core/events.ts';

/** What recognition records in the audit trail (words for each in the web app's audit.actions). */
export const recognitionEvents = defineEvents({
  'kudos.given': 'kudos',
  'celebration.shared': 'celebration',
  'celebration.unshared': 'celebration',
  'badge.created': 'badge',
  'badge.updated': 'badge',
  'badge.awarded': 'badge',
  'badge.revoked': 'badge',
  'challenge.created': 'challenge',
  'recognition.preferences_set': 'person',
  'recognition.settings_changed': 'organisation',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof recognitionEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /** A person earned a badge (told after commit): credentials issues it as an Open Badges credential. */
    'recognition.badge_awarded': { personId: string; badgeId: string; awardId: string };
    /** A badge award was taken back (told after commit): credentials revokes its credential, if issued. */
    'recognition.badge_revoked': {
      personId: string;
      badgeId: string;
      awardId: string;
      revokedBy: string | null;
      reason: string;
    };
    /**
     * A team challenge started or ended (told after commit, once each): the Teams/Slack channels of its
     * teams post it; at the end with the winning team's name (never a person's), when leaderboards are on.
     */
    'recognition.challenge_news': {
      challengeId: string;
      phase: 'started' | 'ended';
      unitIds: string[];
      title: string;
      winner: string | null;
      link: string;
    };
  }
}
