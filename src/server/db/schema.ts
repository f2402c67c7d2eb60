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
