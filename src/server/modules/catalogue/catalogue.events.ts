import { defineEvents, type Events } from '../../core/events.ts';

/**
 * What the catalogue records in the audit trail (words for each in the web app's audit.actions). An
 * enrolment or assignment is about the content item, course or path, so it has one action per kind.
 */
export const catalogueEvents = defineEvents({
  'content.created': 'content',
  'content.updated': 'content',
  'content.draft': 'content',
  'content.published': 'content',
  'content.archived': 'content',
  'content.enrolled': 'content',
  'content.assigned': 'content',
  'content.cover_changed': 'content',
  'course.created': 'course',
  'course.updated': 'course',
  'course.draft': 'course',
  'course.published': 'course',
  'course.archived': 'course',
  'course.enrolled': 'course',
  'course.assigned': 'course',
  'course.cover_changed': 'course',
  'path.created': 'path',
  'path.updated': 'path',
  'path.copied': 'path',
  'path.draft': 'path',
  'path.published': 'path',
  'path.archived': 'path',
  'path.enrolled': 'path',
  'path.assigned': 'path',
  'path.cover_changed': 'path',
  'own_route.created': 'own_route',
  'own_route.updated': 'own_route',
  'own_route.shared': 'own_route',
  'own_route.published': 'own_route',
  'own_route.commented': 'own_route',
  'own_route.copied': 'own_route',
  'learner.preferences_set': 'person',
  'audience_rule.created': 'audience_rule',
  'audience_rule.updated': 'audience_rule',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof catalogueEvents> {}
}

declare module '../../core/bus.ts' {
  interface DomainEvents {
    /**
     * A person finished a content item, and with it perhaps courses and paths (told after commit):
     * recognition celebrates it, awards points and checks badge criteria.
     */
    'learning.completed': {
      personId: string;
      finished: { kind: 'content' | 'course' | 'path'; id: string; title: string }[];
    };
    /** A certificate was issued for a finished course or path (told after commit): webhooks tell it on. */
    'catalogue.certificate_issued': {
      personId: string;
      certificateId: string;
      subject: { kind: 'course' | 'path'; id: string; title: string };
    };
  }
}
