import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely's view of the tables in migrations/. Keep in step with the SQL. The foundation's tables are
// here; each capability's tables are in tables/<capability>.ts, all joined in `Database` below.
import type { CalendarDate, CreatedAt, Locale } from './columns.ts';
import type * as Catalogue from './tables/catalogue.ts';
import type * as Development from './tables/development.ts';
import type * as Direction from './tables/direction.ts';
import type * as Skills from './tables/skills.ts';

export type { Locale } from './columns.ts';
export type * from './tables/catalogue.ts';
export type * from './tables/development.ts';
export type * from './tables/direction.ts';
export type * from './tables/skills.ts';
export type PersonStatus = 'active' | 'leaving' | 'left';
export type OrgUnitKind = 'organisation' | 'division' | 'department' | 'team';
export const grantableRoles = [
  'ld_admin',
  'hr_admin',
  'coach',
  'ambassador',
  'works_council',
  'owner',
] as const;
export type GrantableRole = (typeof grantableRoles)[number];

export interface OrganisationsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  default_locale: Generated<Locale>;
  settings: Generated<Record<string, unknown>>;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface OrgUnitsTable {
  organisation_id: string;
  id: Generated<string>;
  parent_id: string | null;
  code: string | null;
  name: string;
  kind: Generated<OrgUnitKind>;
  head_id: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface PeopleTable {
  organisation_id: string;
  id: Generated<string>;
  employee_number: string | null;
  email: string;
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
  job_title: string | null;
  org_unit_id: string | null;
  manager_id: string | null;
  start_date: CalendarDate | null;
  end_date: CalendarDate | null;
  locale: Locale | null;
  status: Generated<PersonStatus>;
  password_hash: string | null;
  last_sign_in_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  search_text: ColumnType<string, never, never>;
  /** fold_text() of the name parts and job title, stored for sorting (migrations/0002). */
  sort_family_name: ColumnType<string, never, never>;
  sort_given_name: ColumnType<string, never, never>;
  sort_job_title: ColumnType<string | null, never, never>;
}

export interface PersonRolesTable {
  organisation_id: string;
  person_id: string;
  role: GrantableRole;
  granted_at: CreatedAt;
}

export interface SessionsTable {
  organisation_id: string;
  id: string;
  person_id: string;
  created_at: CreatedAt;
  last_seen_at: Generated<Date>;
  expires_at: Date;
  user_agent: string | null;
}

export interface AuthLinksTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  purpose: 'invitation' | 'password_reset';
  token_hash: string;
  created_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface ApiTokensTable {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  token_hash: string;
  token_prefix: string;
  scopes: string[];
  created_by: string;
  created_at: CreatedAt;
  expires_at: Date | null;
  last_used_at: Date | null;
  revoked_at: Date | null;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  email: string;
  client_ip: string;
  succeeded: boolean;
  attempted_at: Generated<Date>;
}

export interface EventsTable {
  organisation_id: string;
  id: Generated<string>;
  actor_person_id: string | null;
  actor_token_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  changes: Generated<Record<string, unknown>>;
  created_at: CreatedAt;
}

export interface OutboxMessagesTable {
  organisation_id: string;
  id: Generated<string>;
  to_address: string;
  subject: string;
  text_body: string;
  kind: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  attempts: Generated<number>;
  last_error: string | null;
}

export interface ImportUploadsTable {
  organisation_id: string;
  id: Generated<string>;
  file_name: string;
  content: Buffer;
  created_by: string;
  created_at: CreatedAt;
  imported_at: Date | null;
}

export interface ImportMappingsTable {
  organisation_id: string;
  kind: string;
  mapping: Record<string, string>;
  updated_at: Generated<Date>;
}

export interface Database {
  organisations: OrganisationsTable;
  org_units: OrgUnitsTable;
  people: PeopleTable;
  person_roles: PersonRolesTable;
  sessions: SessionsTable;
  auth_links: AuthLinksTable;
  api_tokens: ApiTokensTable;
  sign_in_attempts: SignInAttemptsTable;
  events: EventsTable;
  outbox_messages: OutboxMessagesTable;
  import_uploads: ImportUploadsTable;
  import_mappings: ImportMappingsTable;
  skill_categories: Skills.SkillCategoriesTable;
  skills: Skills.SkillsTable;
  skill_scale_levels: Skills.SkillScaleLevelsTable;
  job_roles: Skills.JobRolesTable;
  job_role_skills: Skills.JobRoleSkillsTable;
  career_steps: Skills.CareerStepsTable;
  person_job_roles: Skills.PersonJobRolesTable;
  skill_ratings: Skills.SkillRatingsTable;
  person_skills: Skills.PersonSkillsTable;
  rating_requests: Skills.RatingRequestsTable;
  mentoring_requests: Skills.MentoringRequestsTable;
  direction_statements: Direction.DirectionStatementsTable;
  core_values: Direction.CoreValuesTable;
  core_competencies: Direction.CoreCompetenciesTable;
  competency_skills: Direction.CompetencySkillsTable;
  organisation_goals: Direction.OrganisationGoalsTable;
  key_results: Direction.KeyResultsTable;
  goal_check_ins: Direction.GoalCheckInsTable;
  team_goals: Direction.TeamGoalsTable;
  team_goal_alignments: Direction.TeamGoalAlignmentsTable;
  consultations: Direction.ConsultationsTable;
  consultation_responses: Direction.ConsultationResponsesTable;
  consultation_participants: Direction.ConsultationParticipantsTable;
  consultation_replies: Direction.ConsultationRepliesTable;
  announcements: Direction.AnnouncementsTable;
  announcement_translations: Direction.AnnouncementTranslationsTable;
  announcement_receipts: Direction.AnnouncementReceiptsTable;
  announcement_echoes: Direction.AnnouncementEchoesTable;
  notifications: Direction.NotificationsTable;
  notification_preferences: Direction.NotificationPreferencesTable;
  development_plans: Development.DevelopmentPlansTable;
  plan_goals: Development.PlanGoalsTable;
  plan_actions: Development.PlanActionsTable;
  plan_notes: Development.PlanNotesTable;
  budget_policies: Development.BudgetPoliciesTable;
  development_budgets: Development.DevelopmentBudgetsTable;
  budget_requests: Development.BudgetRequestsTable;
  budget_request_files: Development.BudgetRequestFilesTable;
  conversation_templates: Development.ConversationTemplatesTable;
  conversation_cycles: Development.ConversationCyclesTable;
  conversations: Development.ConversationsTable;
  conversation_preparations: Development.ConversationPreparationsTable;
  conversation_actions: Development.ConversationActionsTable;
  conversation_reminders: Development.ConversationRemindersTable;
  learning_agreements: Development.LearningAgreementsTable;
  learning_agreement_followups: Development.LearningAgreementFollowupsTable;
  files: Catalogue.FilesTable;
  content_items: Catalogue.ContentItemsTable;
  content_versions: Catalogue.ContentVersionsTable;
  courses: Catalogue.CoursesTable;
  course_sections: Catalogue.CourseSectionsTable;
  course_modules: Catalogue.CourseModulesTable;
  course_prerequisites: Catalogue.CoursePrerequisitesTable;
  learning_paths: Catalogue.LearningPathsTable;
  learning_path_steps: Catalogue.LearningPathStepsTable;
  learning_links: Catalogue.LearningLinksTable;
  topic_follows: Catalogue.TopicFollowsTable;
  audience_rules: Catalogue.AudienceRulesTable;
  enrolments: Catalogue.EnrolmentsTable;
  content_progress: Catalogue.ContentProgressTable;
  quiz_attempts: Catalogue.QuizAttemptsTable;
  assignment_submissions: Catalogue.AssignmentSubmissionsTable;
  certificates: Catalogue.CertificatesTable;
  ratings: Catalogue.RatingsTable;
  xapi_statements: Catalogue.XapiStatementsTable;
}

/** Tables that belong to one organisation; reach them only through `forOrganisation`. */
export type TenantTable = Exclude<keyof Database, 'organisations' | 'sign_in_attempts'>;

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;

// Added to outbox_messages by migrations/0100: the body with live links, until it is delivered.
export interface OutboxMessagesTable {
  delivery_body: string | null;
}

// Added to people by migrations/0041 (declaration merging keeps this edit additive).
export interface PeopleTable {
  /** numeric(4,1): read as a string by the driver */
  contract_hours: ColumnType<string | null, number | null | undefined, number | null>;
}
