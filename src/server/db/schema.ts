import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

// Kysely's view of the tables in migrations/. Keep in step with the SQL.
type CreatedAt = ColumnType<Date, never, never>;
/** A `date` column, read and written as yyyy-mm-dd (see the type parser in database.ts). */
type CalendarDate = string;

export type { Locale } from '../../shared/locales.ts';

import type { Locale } from '../../shared/locales.ts';
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
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
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
  skill_categories: SkillCategoriesTable;
  skills: SkillsTable;
  skill_scale_levels: SkillScaleLevelsTable;
  job_roles: JobRolesTable;
  job_role_skills: JobRoleSkillsTable;
  career_steps: CareerStepsTable;
  person_job_roles: PersonJobRolesTable;
  skill_ratings: SkillRatingsTable;
  person_skills: PersonSkillsTable;
  rating_requests: RatingRequestsTable;
  mentoring_requests: MentoringRequestsTable;
  direction_statements: DirectionStatementsTable;
  core_values: CoreValuesTable;
  core_competencies: CoreCompetenciesTable;
  competency_skills: CompetencySkillsTable;
  organisation_goals: OrganisationGoalsTable;
  key_results: KeyResultsTable;
  goal_check_ins: GoalCheckInsTable;
  team_goals: TeamGoalsTable;
  team_goal_alignments: TeamGoalAlignmentsTable;
  consultations: ConsultationsTable;
  consultation_responses: ConsultationResponsesTable;
  consultation_participants: ConsultationParticipantsTable;
  consultation_replies: ConsultationRepliesTable;
  announcements: AnnouncementsTable;
  announcement_translations: AnnouncementTranslationsTable;
  announcement_receipts: AnnouncementReceiptsTable;
  announcement_echoes: AnnouncementEchoesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  development_plans: DevelopmentPlansTable;
  plan_goals: PlanGoalsTable;
  plan_actions: PlanActionsTable;
  plan_notes: PlanNotesTable;
  budget_policies: BudgetPoliciesTable;
  development_budgets: DevelopmentBudgetsTable;
  budget_requests: BudgetRequestsTable;
  budget_request_files: BudgetRequestFilesTable;
  conversation_cycles: ConversationCyclesTable;
  conversations: ConversationsTable;
  conversation_preparations: ConversationPreparationsTable;
  conversation_actions: ConversationActionsTable;
  conversation_reminders: ConversationRemindersTable;
  learning_agreements: LearningAgreementsTable;
  learning_agreement_followups: LearningAgreementFollowupsTable;
  files: FilesTable;
  content_items: ContentItemsTable;
  content_versions: ContentVersionsTable;
  courses: CoursesTable;
  course_sections: CourseSectionsTable;
  course_modules: CourseModulesTable;
  course_prerequisites: CoursePrerequisitesTable;
  learning_paths: LearningPathsTable;
  learning_path_steps: LearningPathStepsTable;
  learning_links: LearningLinksTable;
  topic_follows: TopicFollowsTable;
  audience_rules: AudienceRulesTable;
  enrolments: EnrolmentsTable;
  content_progress: ContentProgressTable;
  quiz_attempts: QuizAttemptsTable;
  assignment_submissions: AssignmentSubmissionsTable;
  certificates: CertificatesTable;
  ratings: RatingsTable;
  xapi_statements: XapiStatementsTable;
}

/** Tables that belong to one organisation; reach them only through `forOrganisation`. */
export type TenantTable = Exclude<keyof Database, 'organisations' | 'sign_in_attempts'>;

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;

// ---- skills ----
export type SkillSource = 'own' | 'starter' | 'esco';
export type RatingSource = 'self' | 'manager' | 'peer' | 'evidence';
export type EvidenceKind = 'learning_completed' | 'assessment_passed' | 'other';

export interface SkillCategoriesTable {
  organisation_id: string;
  id: Generated<string>;
  name_nl: string;
  name_en: string;
  created_at: CreatedAt;
}

export interface SkillsTable {
  organisation_id: string;
  id: Generated<string>;
  category_id: string | null;
  name_nl: string;
  name_en: string;
  description_nl: Generated<string>;
  description_en: Generated<string>;
  synonyms: Generated<string[]>;
  source: Generated<SkillSource>;
  external_uri: string | null;
  is_archived: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface SkillScaleLevelsTable {
  organisation_id: string;
  level: number;
  label_nl: string;
  label_en: string;
  descriptor_nl: string;
  descriptor_en: string;
}

export interface JobRolesTable {
  organisation_id: string;
  id: Generated<string>;
  name_nl: string;
  name_en: string;
  description_nl: Generated<string>;
  description_en: Generated<string>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface JobRoleSkillsTable {
  organisation_id: string;
  job_role_id: string;
  skill_id: string;
  target_level: number;
}

export interface CareerStepsTable {
  organisation_id: string;
  from_role_id: string;
  to_role_id: string;
}

export interface PersonJobRolesTable {
  organisation_id: string;
  person_id: string;
  job_role_id: string;
  since: CalendarDate | null;
}

export interface SkillRatingsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  skill_id: string;
  source: RatingSource;
  level: number;
  rater_id: string | null;
  evidence_kind: EvidenceKind | null;
  note: string | null;
  rated_on: ColumnType<CalendarDate, CalendarDate | undefined, CalendarDate>;
  created_at: CreatedAt;
}

export interface PersonSkillsTable {
  organisation_id: string;
  person_id: string;
  skill_id: string;
  wants_to_grow: Generated<boolean>;
  is_interest: Generated<boolean>;
  willing_to_mentor: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface RatingRequestsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  rater_id: string;
  skill_ids: string[];
  message: string | null;
  status: Generated<'open' | 'done' | 'declined'>;
  created_at: CreatedAt;
  answered_at: Date | null;
}

export interface MentoringRequestsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  mentor_id: string;
  skill_id: string;
  message: string | null;
  status: Generated<'open' | 'accepted' | 'declined'>;
  created_at: CreatedAt;
}

// ---- direction ----
export type StatementKind = 'mission' | 'vision' | 'strategy';
export type GoalStatus = 'draft' | 'active' | 'achieved' | 'dropped';
export type Behaviour = { level: number; description: string };

export interface DirectionStatementsTable {
  organisation_id: string;
  id: Generated<string>;
  kind: StatementKind;
  locale: Locale;
  version: number;
  body: string;
  status: Generated<'draft' | 'published'>;
  period_start: CalendarDate | null;
  period_end: CalendarDate | null;
  created_by: string | null;
  created_at: CreatedAt;
}

interface PrincipleColumns {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  description: Generated<string>;
  behaviours: ColumnType<Behaviour[], string | undefined, string>;
  position: Generated<number>;
  status: Generated<'draft' | 'published' | 'archived'>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}
export interface CoreValuesTable extends PrincipleColumns {}
export interface CoreCompetenciesTable extends PrincipleColumns {}

export interface CompetencySkillsTable {
  organisation_id: string;
  competency_id: string;
  skill_id: string;
}

export interface OrganisationGoalsTable {
  organisation_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  owner_id: string | null;
  period_start: CalendarDate | null;
  period_end: CalendarDate | null;
  status: Generated<GoalStatus>;
  is_confidential: Generated<boolean>;
  position: Generated<number>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface KeyResultsTable {
  organisation_id: string;
  id: Generated<string>;
  goal_id: string;
  metric: string;
  start_value: Generated<number>;
  target_value: number;
  current_value: Generated<number>;
  unit: Generated<string>;
  position: Generated<number>;
}

export interface GoalCheckInsTable {
  organisation_id: string;
  id: Generated<string>;
  key_result_id: string;
  value: number;
  comment: Generated<string>;
  person_id: string | null;
  created_at: CreatedAt;
}

export interface TeamGoalsTable {
  organisation_id: string;
  id: Generated<string>;
  org_unit_id: string;
  title: string;
  description: Generated<string>;
  owner_id: string | null;
  period_start: CalendarDate | null;
  period_end: CalendarDate | null;
  status: Generated<GoalStatus>;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface TeamGoalAlignmentsTable {
  organisation_id: string;
  team_goal_id: string;
  organisation_goal_id: string;
}

// ---- consultations ----
export type ConsultationSubjectKind = 'statement' | 'value_set' | 'goal_set';
export type ConsultationAudienceKind = 'works_council' | 'ambassadors' | 'units' | 'everyone';
export type ResponseKind = 'support' | 'concern' | 'question';

export interface ConsultationsTable {
  organisation_id: string;
  id: Generated<string>;
  title: string;
  description: Generated<string>;
  subject_kind: ConsultationSubjectKind;
  subject_ids: Generated<string[]>;
  audience_kind: ConsultationAudienceKind;
  audience_unit_ids: Generated<string[]>;
  allows_anonymous: Generated<boolean>;
  closes_at: Date;
  status: Generated<'open' | 'closed'>;
  outcome: string | null;
  closed_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ConsultationResponsesTable {
  organisation_id: string;
  id: Generated<string>;
  consultation_id: string;
  person_id: string | null;
  org_unit_id: string | null;
  is_anonymous: boolean;
  kind: ResponseKind;
  comment: Generated<string>;
  created_on: Generated<CalendarDate>;
}

export interface ConsultationParticipantsTable {
  organisation_id: string;
  consultation_id: string;
  person_id: string;
}

export interface ConsultationRepliesTable {
  organisation_id: string;
  id: Generated<string>;
  response_id: string;
  body: string;
  person_id: string | null;
  created_at: CreatedAt;
}

// ---- announcements ----
export type AnnouncementAudienceKind = 'everyone' | 'units' | 'roles';

export interface AnnouncementsTable {
  organisation_id: string;
  id: Generated<string>;
  audience_kind: AnnouncementAudienceKind;
  audience_unit_ids: Generated<string[]>;
  audience_roles: Generated<string[]>;
  publish_at: Date | null;
  requires_acknowledgement: Generated<boolean>;
  is_pinned: Generated<boolean>;
  echo_every_days: number | null;
  echo_until: CalendarDate | null;
  notified_at: Date | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface AnnouncementTranslationsTable {
  organisation_id: string;
  announcement_id: string;
  locale: Locale;
  title: string;
  body_html: string;
}

export interface AnnouncementReceiptsTable {
  organisation_id: string;
  announcement_id: string;
  person_id: string;
  read_at: Generated<Date>;
  acknowledged_at: Date | null;
  last_echoed_at: Date | null;
}

export interface AnnouncementEchoesTable {
  organisation_id: string;
  announcement_id: string;
  person_id: string;
  shown_at: Generated<Date>;
}

// ---- notifications ----
export type EmailDigest = 'off' | 'daily' | 'weekly';

export interface NotificationsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  kind: string;
  title: string;
  body: Generated<string>;
  link: string | null;
  created_at: CreatedAt;
  read_at: Date | null;
  emailed_at: Date | null;
}

export interface NotificationPreferencesTable {
  organisation_id: string;
  person_id: string;
  email_digest: Generated<EmailDigest>;
  last_digest_at: Date | null;
}

// ---- development (plans, budgets, conversations, learning agreements) ----

// Added to people by migrations/0041 (declaration merging keeps this edit additive).
export interface PeopleTable {
  /** numeric(4,1): read as a string by the driver */
  contract_hours: ColumnType<string | null, number | null | undefined, number | null>;
}

export type PlanState = 'draft' | 'shared' | 'agreed' | 'reviewed';
export type PlanGoalStatus = 'open' | 'in_progress' | 'achieved' | 'dropped';
export type ServesKind = 'organisation_goal' | 'team_goal' | 'skill' | 'job_role';
export type PlanActionKind = 'learning' | 'mentor' | 'assignment' | 'event' | 'external_training' | 'other';
export type BudgetRequestState =
  | 'pending_manager'
  | 'pending_hr'
  | 'approved'
  | 'declined'
  | 'cancelled'
  | 'completed';

export interface DevelopmentPlansTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  period: string;
  state: Generated<PlanState>;
  shared_at: Date | null;
  agreed_at: Date | null;
  agreed_by: string | null;
  reviewed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface PlanGoalsTable {
  organisation_id: string;
  id: Generated<string>;
  plan_id: string;
  title: string;
  why: string | null;
  serves_kind: ServesKind | null;
  serves_id: string | null;
  serves_label: string | null;
  target_level: number | null;
  success_measure: string | null;
  target_date: CalendarDate | null;
  status: Generated<PlanGoalStatus>;
  progress: Generated<number>;
  position: Generated<number>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface PlanActionsTable {
  organisation_id: string;
  id: Generated<string>;
  plan_id: string;
  goal_id: string | null;
  kind: PlanActionKind;
  title: string;
  ref_kind: 'content' | 'course' | 'path' | 'person' | null;
  ref_id: string | null;
  due_date: CalendarDate | null;
  is_done: Generated<boolean>;
  source: Generated<'plan' | 'conversation'>;
  created_at: CreatedAt;
}

export interface PlanNotesTable {
  organisation_id: string;
  id: Generated<string>;
  plan_id: string;
  goal_id: string | null;
  kind: 'reflection' | 'manager_comment';
  author_id: string;
  body: string;
  created_at: CreatedAt;
}

export interface BudgetPoliciesTable {
  organisation_id: string;
  year: number;
  amount_cents: number;
  hours: Generated<number>;
  is_pro_rata: Generated<boolean>;
  full_time_hours: ColumnType<string, number | undefined, number>;
  carry_over_max_cents: Generated<number>;
  requires_hr_approval: Generated<boolean>;
  updated_at: Generated<Date>;
}

export interface DevelopmentBudgetsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  year: number;
  amount_cents: number;
  carried_over_cents: Generated<number>;
  hours: Generated<number>;
  source: 'rule' | 'import' | 'manual';
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface BudgetRequestsTable {
  organisation_id: string;
  id: Generated<string>;
  budget_id: string;
  person_id: string;
  goal_id: string | null;
  provider: string;
  title: string;
  starts_on: CalendarDate | null;
  ends_on: CalendarDate | null;
  cost_cents: number;
  hours: Generated<number>;
  motivation: string;
  state: Generated<BudgetRequestState>;
  manager_decided_by: string | null;
  manager_decided_at: Date | null;
  hr_decided_by: string | null;
  hr_decided_at: Date | null;
  decline_reason: string | null;
  is_over_budget_override: Generated<boolean>;
  override_reason: string | null;
  spent_cents: number | null;
  completed_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface BudgetRequestFilesTable {
  organisation_id: string;
  id: Generated<string>;
  request_id: string;
  purpose: 'quote' | 'proof';
  file_name: string;
  content_type: string;
  size_bytes: number;
  storage_key: string;
  uploaded_by: string;
  created_at: CreatedAt;
}

export interface ConversationCyclesTable {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  template_key: string;
  template: ColumnType<unknown, string, string>;
  starts_on: CalendarDate;
  ends_on: CalendarDate;
  preparation_due: CalendarDate;
  sign_off_due: CalendarDate;
  unit_ids: Generated<string[]>;
  job_titles: Generated<string[]>;
  state: Generated<'open' | 'closed'>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ConversationsTable {
  organisation_id: string;
  id: Generated<string>;
  cycle_id: string;
  employee_id: string;
  manager_id: string;
  org_unit_id: string | null;
  meeting_at: Date | null;
  held_at: Date | null;
  shared_notes: Generated<string>;
  ratings: ColumnType<Record<string, number>, string | undefined, string>;
  employee_signed_at: Date | null;
  manager_signed_at: Date | null;
  employee_reopen_at: Date | null;
  manager_reopen_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface ConversationPreparationsTable {
  organisation_id: string;
  conversation_id: string;
  side: 'employee' | 'manager';
  answers: ColumnType<Record<string, string>, string | undefined, string>;
  shared_at: Date | null;
  updated_at: Generated<Date>;
}

export interface ConversationActionsTable {
  organisation_id: string;
  id: Generated<string>;
  conversation_id: string;
  title: string;
  plan_action_id: string | null;
  created_at: CreatedAt;
}

export interface ConversationRemindersTable {
  organisation_id: string;
  conversation_id: string;
  kind: 'preparation' | 'sign_off';
  sent_at: Generated<Date>;
}

export interface LearningAgreementsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  title: string;
  enrolment_id: string | null;
  budget_request_id: string | null;
  goal_id: string | null;
  application: string;
  is_willing_buddy: Generated<boolean>;
  is_willing_mentor: Generated<boolean>;
  starts_on: CalendarDate;
  manager_agreed_by: string | null;
  manager_agreed_at: Date | null;
  created_at: CreatedAt;
}

export interface LearningAgreementFollowupsTable {
  organisation_id: string;
  agreement_id: string;
  day: 30 | 60 | 90;
  due_on: CalendarDate;
  asked_at: Date | null;
  answer: string | null;
  answered_at: Date | null;
}

// ---- catalogue ----
export type ContentKind = 'article' | 'video' | 'audio' | 'document' | 'link' | 'quiz' | 'assignment';
export type PublicationStatus = 'draft' | 'published' | 'archived';
export type LearningSubjectKind = 'content' | 'course' | 'path';
export type FilePurpose = 'video' | 'audio' | 'document' | 'captions' | 'image';

export interface FilesTable {
  organisation_id: string;
  id: Generated<string>;
  purpose: FilePurpose;
  content_type: string;
  size_bytes: ColumnType<number, number, number>;
  storage_key: string;
  original_name: string;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface ContentItemsTable {
  organisation_id: string;
  id: Generated<string>;
  kind: ContentKind;
  status: Generated<PublicationStatus>;
  owner_id: string | null;
  duration_minutes: number | null;
  pass_mark: number | null;
  shuffle_questions: Generated<boolean>;
  max_attempts: number | null;
  published_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  is_substantial: Generated<boolean>;
}

export interface ContentVersionsTable {
  organisation_id: string;
  item_id: string;
  language: Locale;
  title: string;
  summary: Generated<string>;
  body_html: Generated<string>;
  file_id: string | null;
  captions_file_id: string | null;
  external_url: string | null;
  questions: ColumnType<unknown[], string | undefined, string>;
  updated_at: Generated<Date>;
  search_vector: ColumnType<string, never, never>;
  search_text: ColumnType<string, never, never>;
}

interface PublishableTable {
  organisation_id: string;
  id: Generated<string>;
  language: Locale;
  title: string;
  summary: Generated<string>;
  status: Generated<PublicationStatus>;
  owner_id: string | null;
  published_at: Date | null;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
  search_vector: ColumnType<string, never, never>;
  search_text: ColumnType<string, never, never>;
  is_substantial: Generated<boolean>;
}
export type CoursesTable = PublishableTable;
export interface LearningPathsTable extends PublishableTable {
  is_ordered: Generated<boolean>;
  copied_from_id: string | null;
}

export interface CourseSectionsTable {
  organisation_id: string;
  id: Generated<string>;
  course_id: string;
  position: number;
  title: string;
}

export interface CourseModulesTable {
  organisation_id: string;
  course_id: string;
  section_id: string;
  position: number;
  content_id: string;
}

export interface CoursePrerequisitesTable {
  organisation_id: string;
  course_id: string;
  required_course_id: string;
}

export interface LearningPathStepsTable {
  organisation_id: string;
  path_id: string;
  position: number;
  step_kind: 'course' | 'content';
  step_id: string;
  due_days: number | null;
}

export interface LearningLinksTable {
  organisation_id: string;
  id: Generated<string>;
  subject_kind: LearningSubjectKind;
  subject_id: string;
  target_kind: 'topic' | 'skill' | 'value' | 'competency' | 'goal';
  target_id: string | null;
  label: string | null;
}

export interface TopicFollowsTable {
  organisation_id: string;
  person_id: string;
  label: string;
}

export type AudienceCondition = 'starts_within_days' | 'is_manager' | 'in_unit';
export interface AudienceRulesTable {
  organisation_id: string;
  id: Generated<string>;
  name: string;
  condition: AudienceCondition;
  parameter: string | null;
  subject_kind: LearningSubjectKind;
  subject_id: string;
  due_days: number | null;
  is_active: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface EnrolmentsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  subject_kind: LearningSubjectKind;
  subject_id: string;
  source: 'self' | 'assigned' | 'rule';
  assigned_by: string | null;
  rule_id: string | null;
  due_date: CalendarDate | null;
  enrolled_at: Generated<Date>;
  last_activity_at: Date | null;
  completed_at: Date | null;
}

export interface ContentProgressTable {
  organisation_id: string;
  person_id: string;
  content_id: string;
  percent: Generated<number>;
  position_seconds: ColumnType<number | null, number | null, number | null>;
  started_at: Generated<Date>;
  updated_at: Generated<Date>;
  completed_at: Date | null;
}

export interface QuizAttemptsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  content_id: string;
  language: Locale;
  answers: ColumnType<unknown, string, string>;
  score: number;
  passed: boolean;
  submitted_at: Generated<Date>;
}

export interface AssignmentSubmissionsTable {
  organisation_id: string;
  person_id: string;
  content_id: string;
  reflection: string;
  submitted_at: Generated<Date>;
  confirmed_by: string | null;
  confirmed_at: Date | null;
}

export interface CertificatesTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  subject_kind: 'course' | 'path';
  subject_id: string;
  title: string;
  recipient_name: string;
  verification_code: string;
  issued_at: Generated<Date>;
}

export interface RatingsTable {
  organisation_id: string;
  person_id: string;
  subject_kind: LearningSubjectKind;
  subject_id: string;
  stars: number;
  comment: string | null;
  updated_at: Generated<Date>;
}

export interface XapiStatementsTable {
  organisation_id: string;
  id: Generated<string>;
  person_id: string;
  verb: string;
  object_kind: string;
  object_id: string;
  statement: ColumnType<Record<string, unknown>, string, string>;
  stored_at: Generated<Date>;
}
