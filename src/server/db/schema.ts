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
}

/** Tables that belong to one organisation; reach them only through `forOrganisation`. */
export type TenantTable = Exclude<keyof Database, 'organisations' | 'sign_in_attempts'>;

export type PersonRow = Selectable<PeopleTable>;
export type NewPerson = Insertable<PeopleTable>;
export type PersonUpdate = Updateable<PeopleTable>;
export type OrgUnitRow = Selectable<OrgUnitsTable>;
export type OrganisationRow = Selectable<OrganisationsTable>;

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
