import { defineEvents, type Events } from '../../core/events.ts';

/** What the knowledge space's audit trail records (words for each in the web app's audit.actions). */
export const knowledgeEvents = defineEvents({
  'knowledge_space.created': 'knowledge_space',
  'knowledge_post.created': 'knowledge_post',
  'knowledge_post.deleted': 'knowledge_post',
  'knowledge_post.reported': 'knowledge_post',
  'knowledge_post.hidden': 'knowledge_post',
  'knowledge_post.restored': 'knowledge_post',
  'knowledge_post.best_answer_marked': 'knowledge_post',
  'knowledge_post.commented': 'knowledge_post',
  'knowledge_post.anonymised': 'person',
  'team_moment.asked': 'team_moment_question',
  'ambassador_profile.updated': 'person',
  'learning_openness.set': 'person',
  'knowledge_collection.created': 'knowledge_collection',
  'knowledge_collection.updated': 'knowledge_collection',
  'knowledge_collection.deleted': 'knowledge_collection',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof knowledgeEvents> {}
}
