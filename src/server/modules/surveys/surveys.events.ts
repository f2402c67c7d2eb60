import { defineEvents, type Events } from '../../core/events.ts';

/** What surveys' audit trail records. Answering writes no audit row: it would sit next to the respondent. */
export const surveyEvents = defineEvents({
  'survey.created': 'survey',
  'survey.changed': 'survey',
  'survey.scheduled': 'survey',
  'survey.opened': 'survey',
  'survey.closed': 'survey',
  'survey.settings_changed': 'survey',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof surveyEvents> {}
}
