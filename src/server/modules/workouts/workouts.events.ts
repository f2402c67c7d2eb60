import { defineEvents, type Events } from '../../core/events.ts';

/** What WorkOuts' audit trail records (words for each in the web app's audit.actions). */
export const workoutEvents = defineEvents({
  'workout.template_created': 'workout',
  'workout.template_edited': 'workout',
  'workout.template_deleted': 'workout',
  'workout.settings_changed': 'workout',
  'workout.reflection_reminded': 'workout',
  'workout.planned': 'workout',
  'workout.reflected': 'workout',
  'workout.completed': 'workout',
});

declare module '../../core/events.ts' {
  interface EventCatalogue extends Events<typeof workoutEvents> {}
}
