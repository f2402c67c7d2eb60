import { sql } from 'kysely';
import type { TenantDb } from '../../../db/tenant.ts';

// SQL for L&D's package report: one row per attempt (with the learner's name from the shared people
// table) and the interactions of every attempt.

export async function attemptRows(tenant: TenantDb, contentId: string) {
  return tenant
    .selectFrom('scorm_attempts')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'scorm_attempts.organisation_id')
        .onRef('people.id', '=', 'scorm_attempts.person_id'),
    )
    .innerJoin('scorm_versions', (join) =>
      join
        .onRef('scorm_versions.organisation_id', '=', 'scorm_attempts.organisation_id')
        .onRef('scorm_versions.id', '=', 'scorm_attempts.version_id'),
    )
    .select([
      'scorm_attempts.id',
      'scorm_attempts.person_id',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'scorm_attempts.number',
      'scorm_versions.number as version_number',
      'scorm_attempts.completion_status',
      'scorm_attempts.success_status',
      'scorm_attempts.score_scaled',
      'scorm_attempts.total_seconds',
      'scorm_attempts.progress_percent',
      'scorm_attempts.started_at',
      'scorm_attempts.updated_at',
      'scorm_attempts.completed_at',
    ])
    .where('scorm_attempts.content_id', '=', contentId)
    .orderBy('people.family_name')
    .orderBy('people.given_name')
    .orderBy('scorm_attempts.number')
    .execute();
}
export type ReportAttemptRow = Awaited<ReturnType<typeof attemptRows>>[number];

export async function interactionRows(tenant: TenantDb, contentId: string) {
  return tenant
    .selectFrom('scorm_interactions')
    .innerJoin('scorm_attempts', (join) =>
      join
        .onRef('scorm_attempts.organisation_id', '=', 'scorm_interactions.organisation_id')
        .onRef('scorm_attempts.id', '=', 'scorm_interactions.attempt_id'),
    )
    .select([
      'scorm_interactions.attempt_id',
      'scorm_interactions.sco_id',
      'scorm_interactions.position',
      'scorm_interactions.interaction_id',
      'scorm_interactions.type',
      'scorm_interactions.description',
      'scorm_interactions.learner_response',
      'scorm_interactions.correct_response',
      'scorm_interactions.result',
      'scorm_interactions.latency_seconds',
      'scorm_interactions.recorded_at',
    ])
    .where('scorm_attempts.content_id', '=', contentId)
    .orderBy('scorm_interactions.sco_id')
    .orderBy('scorm_interactions.interaction_id')
    .orderBy(sql`scorm_interactions.attempt_id`)
    .execute();
}
export type ReportInteractionRow = Awaited<ReturnType<typeof interactionRows>>[number];
