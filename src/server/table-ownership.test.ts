import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, it } from 'vitest';

/**
 * Every table belongs to one module. Another module may write it only through the owner's index.ts,
 * and read it only if it is part of the shared kernel (people and org units). The scan is textual —
 * Kysely calls and SQL text in each module's source — and `knownDebt` lists what is still to be moved;
 * the list may only shrink (an entry that no longer happens fails too, so it gets removed).
 */
const owners: Record<string, string> = {
  lti_access_tokens: 'lti',
  lti_launches: 'lti',
  lti_line_items: 'lti',
  lti_links: 'lti',
  lti_platform_keys: 'lti',
  lti_scores: 'lti',
  lti_seen_tokens: 'lti',
  lti_registration_tokens: 'lti',
  lti_tools: 'lti',
  badge_awards: 'recognition',
  privacy_settings: 'privacy',
  privacy_erasures: 'privacy',
  privacy_organisation_exports: 'privacy',
  badges: 'recognition',
  celebrations: 'recognition',
  challenge_teams: 'recognition',
  challenges: 'recognition',
  kudos: 'recognition',
  points_ledger: 'recognition',
  points_person_months: 'recognition',
  points_unit_days: 'recognition',
  unit_member_counts: 'recognition',
  recognition_preferences: 'recognition',
  recognition_settings: 'recognition',
  credential_issuers: 'credentials',
  issued_credentials: 'credentials',
  survey_answers: 'surveys',
  survey_invitees: 'surveys',
  survey_participants: 'surveys',
  survey_questions: 'surveys',
  survey_responses: 'surveys',
  survey_settings: 'surveys',
  surveys: 'surveys',
  announcement_echoes: 'announcements',
  announcement_receipts: 'announcements',
  announcement_translations: 'announcements',
  announcements: 'announcements',
  api_tokens: 'api-tokens',
  scim_group_members: 'scim',
  scim_groups: 'scim',
  scim_people: 'scim',
  scim_tokens: 'scim',
  webhook_deliveries: 'webhooks',
  webhook_subscriptions: 'webhooks',
  unit_channels: 'webhooks',
  unit_channel_posts: 'webhooks',
  assignment_submissions: 'catalogue',
  audience_rules: 'catalogue',
  auth_links: 'auth',
  budget_policies: 'budgets',
  budget_request_files: 'budgets',
  budget_requests: 'budgets',
  campaign_branding: 'campaigns',
  campaign_contacts: 'campaigns',
  campaign_messages: 'campaigns',
  campaign_settings: 'campaigns',
  campaign_themes: 'campaigns',
  campaigns: 'campaigns',
  coach_tips: 'campaigns',
  career_steps: 'skills',
  nudge_opt_outs: 'campaigns',
  nudge_texts: 'campaigns',
  person_content_languages: 'campaigns',
  cmi5_au_states: 'cmi5',
  cmi5_courses: 'cmi5',
  cmi5_files: 'cmi5',
  cmi5_lrs_access: 'cmi5',
  cmi5_registrations: 'cmi5',
  cmi5_sessions: 'cmi5',
  catalogue_revisions: 'catalogue',
  certificates: 'catalogue',
  competency_skills: 'direction',
  consultation_participants: 'consultations',
  consultation_replies: 'consultations',
  consultation_responses: 'consultations',
  consultations: 'consultations',
  content_items: 'catalogue',
  onboarding_journey_steps: 'onboarding',
  onboarding_journeys: 'onboarding',
  onboarding_template_steps: 'onboarding',
  onboarding_templates: 'onboarding',
  own_routes: 'catalogue',
  own_route_steps: 'catalogue',
  own_route_comments: 'catalogue',
  learner_preferences: 'catalogue',
  content_progress: 'catalogue',
  content_versions: 'catalogue',
  conversation_actions: 'conversations',
  conversation_cycles: 'conversations',
  conversation_preparations: 'conversations',
  conversation_reminders: 'conversations',
  conversation_templates: 'conversations',
  conversations: 'conversations',
  core_competencies: 'direction',
  core_values: 'direction',
  course_modules: 'catalogue',
  course_prerequisites: 'catalogue',
  course_sections: 'catalogue',
  courses: 'catalogue',
  development_budgets: 'budgets',
  development_plans: 'plans',
  direction_statements: 'direction',
  enrolments: 'catalogue',
  events: 'audit',
  event_registrations: 'events',
  event_sessions: 'events',
  event_seats: 'events',
  event_settings: 'events',
  event_approval_requests: 'events',
  event_feedback: 'events',
  programmes: 'programmes',
  programme_tracks: 'programmes',
  programme_sessions: 'programmes',
  programme_materials: 'programmes',
  workout_templates: 'workouts',
  workouts: 'workouts',
  workout_participants: 'workouts',
  workout_next_steps: 'workouts',
  workout_settings: 'workouts',
  talent_settings: 'talent',
  talent_rounds: 'talent',
  talent_round_participants: 'talent',
  talent_reviews: 'talent',
  talent_moves: 'talent',
  talent_proposals: 'talent',
  feedback_answers: 'feedback',
  feedback_requests: 'feedback',
  ambassador_profiles: 'knowledge',
  knowledge_collections: 'knowledge',
  knowledge_collection_entries: 'knowledge',
  knowledge_reach_daily: 'knowledge',
  knowledge_learning_openness: 'knowledge',
  knowledge_comments: 'knowledge',
  knowledge_post_tags: 'knowledge',
  knowledge_posts: 'knowledge',
  knowledge_reactions: 'knowledge',
  knowledge_reports: 'knowledge',
  knowledge_saves: 'knowledge',
  knowledge_spaces: 'knowledge',
  team_moment_answers: 'knowledge',
  team_moment_questions: 'knowledge',
  learning_time_blocks: 'learning-time',
  learning_time_entries: 'learning-time',
  learning_time_feeds: 'learning-time',
  learning_time_norms: 'learning-time',
  learning_time_proposals: 'learning-time',
  learning_time_proposal_answers: 'learning-time',
  learning_time_versions: 'learning-time',
  files: 'files',
  goal_check_ins: 'goals',
  import_mappings: 'imports',
  insight_item_days: 'insight',
  insight_item_months: 'insight',
  insight_learning_days: 'insight',
  insight_learning_months: 'insight',
  insight_refresh_state: 'insight',
  insight_report_mails: 'insight',
  insight_report_opt_outs: 'insight',
  insight_settings: 'insight',
  insight_status_changes: 'insight',
  import_uploads: 'imports',
  job_role_skills: 'skills',
  job_roles: 'skills',
  key_results: 'goals',
  learning_agreement_followups: 'learning-agreements',
  learning_agreements: 'learning-agreements',
  learning_links: 'catalogue',
  learning_path_steps: 'catalogue',
  learning_paths: 'catalogue',
  mail_opt_outs: 'mail',
  mentoring_requests: 'skills',
  notification_preferences: 'notifications',
  notifications: 'notifications',
  org_units: 'org-units',
  organisation_goals: 'goals',
  organisations: 'organisations',
  outbox_messages: 'mail',
  people: 'people',
  person_job_roles: 'skills',
  person_roles: 'people',
  person_skills: 'skills',
  plan_actions: 'plans',
  plan_goals: 'plans',
  plan_notes: 'plans',
  quiz_attempts: 'catalogue',
  rating_requests: 'skills',
  ratings: 'catalogue',
  schema_migrations: 'db',
  scorm_attempts: 'scorm',
  scorm_files: 'scorm',
  scorm_interactions: 'scorm',
  scorm_packages: 'scorm',
  scorm_sco_states: 'scorm',
  scorm_versions: 'scorm',
  sessions: 'auth',
  sso_assertions: 'sso',
  sso_connections: 'sso',
  sso_domains: 'sso',
  sso_logins: 'sso',
  sso_sessions: 'sso',
  sign_in_attempts: 'auth',
  skill_categories: 'skills',
  skill_current_levels: 'skills',
  skill_ratings: 'skills',
  skill_scale_levels: 'skills',
  skills: 'skills',
  team_goal_alignments: 'goals',
  team_goals: 'goals',
  topic_follows: 'catalogue',
  xapi_activities: 'xapi',
  xapi_actors: 'xapi',
  xapi_attachments: 'xapi',
  xapi_credentials: 'xapi',
  xapi_documents: 'xapi',
  xapi_statements: 'xapi',
};

/** Read by everyone: who people are and where they sit (roles and the organisation's own settings too). */
const sharedKernel = new Set(['people', 'org_units', 'person_roles', 'organisations']);

/** Still to move behind the owner's index.ts: `<module> writes|reads <table>`. Only ever shrinks. */
const knownDebt = new Set<string>(
  JSON.parse(readFileSync(join(import.meta.dirname, 'table-ownership.debt.json'), 'utf8')),
);

const modulesDir = join(import.meta.dirname, 'modules');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });

function accesses(): Set<string> {
  const found = new Set<string>();
  const tables = Object.keys(owners);
  for (const file of sourceFiles(modulesDir)) {
    const module = relative(modulesDir, file).split('/')[0]!;
    const text = readFileSync(file, 'utf8');
    for (const table of tables) {
      const owner = owners[table]!;
      if (owner === module) continue;
      const name = `'${table}(?: as \\w+)?'`;
      const writes =
        new RegExp(`(insertInto|updateTable|deleteFrom)\\(\\s*${name}`).test(text) ||
        new RegExp(`\\b(INSERT INTO|UPDATE|DELETE FROM)\\s+${table}\\b`).test(text);
      const reads =
        new RegExp(`(selectFrom|innerJoin|leftJoin)\\(\\s*${name}`).test(text) ||
        new RegExp(`\\b(FROM|JOIN)\\s+${table}\\b`).test(text);
      if (writes) found.add(`${module} writes ${table}`);
      else if (reads && !sharedKernel.has(table)) found.add(`${module} reads ${table}`);
    }
  }
  return found;
}

it('maps every table in the database to the module that owns it', () => {
  const generated = readFileSync(join(import.meta.dirname, 'db/schema.gen.ts'), 'utf8');
  const body = generated.slice(generated.indexOf('export interface DB {'));
  const tables = [...body.matchAll(/^ {2}(\w+): /gm)].map((match) => match[1]);
  expect(tables.filter((table) => !(table! in owners))).toEqual([]);
});

it('has no module writing another module’s table, or reading one outside the shared kernel', () => {
  const found = accesses();
  expect([...found].filter((access) => !knownDebt.has(access)).sort(), 'new cross-module access').toEqual([]);
  expect(
    [...knownDebt].filter((access) => !found.has(access)).sort(),
    'fixed: remove from the debt list',
  ).toEqual([]);
});
