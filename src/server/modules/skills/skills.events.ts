import { defineEvents, type Events } from '../../core/events.ts';

/** What the skills module records in the audit trail (words for each in the web app's audit.actions). */
export const skillEvents = defineEvents({
  'skill_category.created': 'skill_category',
  'skill.created': 'skill',
  'skill.updated': 'skill',
  'skill_scale.set': 'skill_scale',
  'skills.imported': 'skill_framework',
  'skills.starter_set_added': 'skill_framework',
  'job_role.created': 'job_role',
  'job_role.updated': 'job_role',
  'job_role.deleted': 'job_role',
  'person.job_role_set': 'person',
  'skill.rated': 'person',
  'skill.preferences_set': 'person',
  'skill_rating.requested': 'rating_request',
  'skill_rating.answered': 'rating_request',
  'skill_rating.declined': 'rating_request',
  'mentoring.requested': 'mentoring_request',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof skillEvents> {}
}
