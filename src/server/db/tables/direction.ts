import type { ColumnType, Generated } from 'kysely';
import type { CalendarDate, CreatedAt, Locale } from '../columns.ts';

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
export type AnnouncementAudienceKind = 'everyone' | 'units' | 'roles' | 'units_and_roles';

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
