import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { IdPicker } from './openapi-samples.ts';

// Real ids from the seeded demo organisation, so the sweep's requests get past "not found" and reach
// the code that writes. A path nobody listed here still gets swept, with a random uuid.

/** `as`: whose resource it is, so the sweep asks as that person (plans and conversations are personal). */
type Lookup = { table: string; column?: string; parent?: string; where?: string; as?: Actor };
export type Actor = 'owner' | 'employee';
const employee = "(SELECT id FROM people WHERE email = 'medewerker@delinde.demo')";
const demoEmails = ['bestuurder', 'hr', 'leren', 'teamleider', 'medewerker']
  .map((name) => `'${name}@delinde.demo'`)
  .join(', ');

/** By the path up to the parameter, with earlier parameters written as {}. */
const byPath: Record<string, Lookup | { value: string }> = {
  // Someone without a demo account: the sweep may deactivate them or change their roles.
  '/people/{}': {
    table: 'people',
    where: `id NOT IN (SELECT id FROM people WHERE email IN (${demoEmails}))`,
  },
  '/org-units/{}': { table: 'org_units' },
  '/skills/{}': { table: 'skills' },
  '/skills/people/{}': { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  '/insight/team/{}': { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  '/skills/me/preferences/{}': { table: 'skills' },
  '/skills/rating-requests/{}': { table: 'rating_requests' },
  '/job-roles/{}': { table: 'job_roles' },
  '/job-roles/holders/{}': { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  '/direction/values/{}': { table: 'core_values' },
  '/direction/competencies/{}': { table: 'core_competencies' },
  '/goals/{}': { table: 'organisation_goals' },
  '/goals/key-results/{}': { table: 'key_results' },
  '/goals/team-goals/{}': { table: 'team_goals' },
  '/consultations/{}': { table: 'consultations', where: "status = 'open'" },
  '/imports/people/uploads/{}': { table: 'import_uploads' },
  '/api-tokens/{}': { table: 'api_tokens' },
  '/consultations/responses/{}': { table: 'consultation_responses' },
  '/announcements/{}': { table: 'announcements' },
  '/notifications/{}': { table: 'notifications' },
  '/plans/{}': { table: 'development_plans', where: `person_id = ${employee}`, as: 'employee' },
  '/plans/{}/goals/{}': { table: 'plan_goals', parent: 'plan_id' },
  '/plans/{}/actions/{}': { table: 'plan_actions', parent: 'plan_id' },
  '/budgets/policies/{}': { value: String(new Date().getFullYear()) },
  '/budgets/requests/{}': { table: 'budget_requests', where: "state = 'pending_hr'" },
  '/budgets/requests/{}/files/{}': { table: 'budget_request_files', parent: 'request_id' },
  '/files/{}': { table: 'files' },
  '/catalogue/items/{}': { table: 'content_items' },
  '/catalogue/courses/{}': { table: 'courses' },
  '/catalogue/paths/{}': { table: 'learning_paths' },
  '/catalogue/rules/{}': { table: 'audience_rules' },
  '/learning/items/{}': { table: 'content_items', where: "status = 'published'" },
  '/learning/items/{}/submissions/{}': { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  '/learning/courses/{}': { table: 'courses' },
  '/learning/paths/{}': { table: 'learning_paths' },
  '/certificates/{}': { table: 'certificates' },
  '/catalogue/covers/{}': { value: 'content' },
  '/catalogue/covers/{}/{}': { table: 'content_items' },
  '/learning/own-routes/{}': { table: 'own_routes', where: `person_id = ${employee}`, as: 'employee' },
  '/lrs/actors/{}': { table: 'xapi_actors', column: 'agent_key' },
  '/certificates/verify/{}': { table: 'certificates', column: 'verification_code' },
  '/conversation-cycles/templates/{}': { value: 'functioneringsgesprek' },
  '/conversation-cycles/{}': { table: 'conversation_cycles' },
  '/conversations/{}': {
    table: 'conversations',
    where: `employee_id = ${employee} AND employee_signed_at IS NULL`,
    as: 'employee',
  },
  '/conversations/{}/actions/{}': { table: 'conversation_actions', parent: 'conversation_id' },
  '/learning-agreements/{}': {
    table: 'learning_agreements',
    where: `person_id = ${employee}`,
    as: 'employee',
  },
  '/learning-agreements/{}/followups/{}': { value: '30' },
  '/workshops/{}': { table: 'content_items', where: "kind = 'event'" },
  '/workshops/sessions/{}': { table: 'event_sessions', where: "status = 'scheduled'" },
  '/programmes/{}': { table: 'programmes' },
  '/programmes/{}/sessions/{}': { table: 'programme_sessions', parent: 'programme_id' },
  '/programmes/{}/materials/{}': { table: 'programme_materials', parent: 'programme_id' },
  '/workouts/{}': { table: 'workouts', where: "status = 'planned'" },
  // The team leader's own WorkOut in the demo library.
  '/workout-templates/{}': { table: 'workout_templates' },
  '/talent/rounds/{}': { table: 'talent_rounds' },
  '/talent/reviews/{}': { table: 'talent_reviews' },
  '/talent/proposals/{}': { table: 'talent_proposals' },
  '/onboarding/templates/{}': { table: 'onboarding_templates' },
  '/onboarding/journeys/{}': { table: 'onboarding_journeys' },
  '/onboarding/steps/{}': { table: 'onboarding_journey_steps' },
  '/campaigns/{}': { table: 'campaigns' },
  '/campaigns/{}/messages/{}': { table: 'campaign_messages', parent: 'campaign_id' },
  '/spotlight/{}': { table: 'campaign_messages', where: "channel = 'banner'" },
  '/campaign-themes/{}': { table: 'campaign_themes' },
  '/coach-tips/{}': { table: 'coach_tips' },
  '/nudge-texts/{}': { value: 'stalled' },
  '/surveys/{}': { table: 'surveys' },
  '/learning-time/blocks/{}': {
    table: 'learning_time_blocks',
    where: `person_id = ${employee}`,
    as: 'employee',
  },
  '/knowledge/spaces/{}': { table: 'knowledge_spaces' },
  '/knowledge/posts/{}': { table: 'knowledge_posts', where: `author_id = ${employee}`, as: 'employee' },
  '/team-moment/questions/{}': { table: 'team_moment_questions' },
  '/ambassadors/{}': { table: 'person_roles', column: 'person_id', where: "role = 'ambassador'" },
  '/knowledge/collections/{}': { table: 'knowledge_collections' },
  '/feedback/requests/{}': { table: 'feedback_requests', where: `asker_id = ${employee}`, as: 'employee' },
  '/celebrations/{}': { table: 'celebrations', where: `person_id = ${employee}`, as: 'employee' },
  '/recognition/people/{}': { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  '/badges/{}': { table: 'badges' },
  '/badge-awards/{}': { table: 'badge_awards', where: 'revoked_at IS NULL' },
  '/challenges/{}': { table: 'challenges' },
  '/credentials/revocations/{}': { table: 'issued_credentials' },
  '/lti/tools/{}': { table: 'lti_tools' },
  '/lti/items/{}': { table: 'content_items', where: "kind = 'lti'" },
  '/scim/tokens/{}': { table: 'scim_tokens' },
  '/scim/groups/{}': { table: 'scim_groups' },
  '/webhooks/{}': { table: 'webhook_subscriptions' },
  '/unit-channels/{}': { table: 'unit_channels' },
  '/privacy/organisation-exports/{}': { table: 'privacy_organisation_exports' },
  '/privacy/leavers/{}': { table: 'people', where: "status = 'left'" },
  '/credentials/public/{}': { table: 'issued_credentials' },
  '/credentials/public/{}/baked/{}': { value: 'png' },
  '/credentials/issuers/{}': { table: 'credential_issuers', column: 'organisation_id' },
  '/learning-time/entries/{}': {
    table: 'learning_time_entries',
    where: `person_id = ${employee} AND source = 'manual'`,
    as: 'employee',
  },
};

/** Body fields that hold ids, by name: personId, mentorId, skillIds.0, … */
const byField: [RegExp, Lookup][] = [
  [
    /^(person|employee|manager|mentor|buddy|rater|head|owner|receiver)Id$/,
    { table: 'people', where: "email = 'medewerker@delinde.demo'" },
  ],
  [/^skillId$/, { table: 'skills' }],
  [/^spaceId$/, { table: 'knowledge_spaces', where: "kind = 'organisation'" }],
  [/^(orgUnit|unit|parent)Id$/, { table: 'org_units' }],
  [/^jobRoleId$/, { table: 'job_roles' }],
  [/^categoryId$/, { table: 'skill_categories' }],
];

async function firstId(db: Db, organisationId: string, lookup: Lookup, parentId?: string) {
  const parent = lookup.parent && parentId ? sql`AND ${sql.ref(lookup.parent)} = ${parentId}` : sql``;
  const where = lookup.where ? sql`AND ${sql.raw(lookup.where)}` : sql``;
  const { rows } = await sql<{ id: string }>`
    SELECT ${sql.ref(lookup.column ?? 'id')}::text AS id FROM ${sql.table(lookup.table)}
    WHERE organisation_id = ${organisationId} ${parent} ${where}
    ORDER BY id LIMIT 1`.execute(db);
  return rows[0]?.id ?? null;
}

/** The URL for an operation's path with real ids where the demo has them (`known`: all of them). */
export async function realPathFor(db: Db, organisationId: string, template: string) {
  const values: string[] = [];
  let known = true;
  let as: Actor = 'owner';
  let previous: string | undefined;
  for (const match of template.replace(/^\/api\/v1/, '').matchAll(/\{[^}]+\}/g)) {
    const prefix = template
      .replace(/^\/api\/v1/, '')
      .slice(0, match.index! + match[0].length)
      .replace(/\{[^}]+\}/g, '{}');
    const rule = byPath[prefix];
    if (rule && 'as' in rule && rule.as) as = rule.as;
    const value = !rule
      ? null
      : 'value' in rule
        ? rule.value
        : await firstId(db, organisationId, rule, previous);
    if (!value) known = false;
    previous = value ?? randomUUID();
    values.push(previous);
  }
  let index = 0;
  return { url: template.replace(/\{[^}]+\}/g, () => values[index++]!), known, as };
}

export async function idPickerFor(db: Db, organisationId: string): Promise<IdPicker> {
  const found = await Promise.all(byField.map(([, lookup]) => firstId(db, organisationId, lookup)));
  return (name) => {
    const index = byField.findIndex(([pattern]) => pattern.test(name));
    return index === -1 ? null : found[index]!;
  };
}
