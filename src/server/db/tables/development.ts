import type { ColumnType, Generated } from 'kysely';
import type { CalendarDate, CreatedAt } from '../columns.ts';

// ---- development (plans, budgets, conversations, learning agreements) ----

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
  /** The skill the goal develops, next to what it serves (or the served skill itself). */
  skill_id: string | null;
  skill_target_level: number | null;
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
  /** The plan's external-training action this request pays for. */
  action_id: string | null;
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

/** HR's wording of a shipped conversation template (by key); a cycle copies it when opened. */
export interface ConversationTemplatesTable {
  organisation_id: string;
  key: string;
  name: ColumnType<{ nl: string; en: string }, string, string>;
  description: ColumnType<{ nl: string; en: string }, string, string>;
  sections: ColumnType<unknown, string, string>;
  updated_by: string | null;
  updated_at: Generated<Date>;
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
  /** When the second side shared its preparation (kept by sharePreparation; the board counts it). */
  prepared_at: Date | null;
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
