import type { ColumnType, Generated } from 'kysely';
import type { CalendarDate, CreatedAt, Locale } from '../columns.ts';

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
