import type { SelectType } from 'kysely';
import type { DB } from './schema.gen.ts';

// Kysely's view of the tables in migrations/ is generated into schema.gen.ts by `npm run db:types`
// (scripts/db-types.ts); `npm run check` fails when it is out of date. The unions below come from the
// CHECK constraints in the SQL; this file only names what the code uses.
export type Database = DB;
export type { Locale } from '../../shared/locales.ts';

/** Tables that belong to one organisation (their rows carry it); reach them only through `forOrganisation`. */
export type TenantTable = { [T in keyof DB]: 'organisation_id' extends keyof DB[T] ? T : never }[keyof DB];

/** What a column reads as, without null. */
type Column<T extends keyof DB, C extends keyof DB[T]> = NonNullable<SelectType<DB[T][C]>>;

export type CoreValuesTable = DB['core_values'];
export type KeyResultsTable = DB['key_results'];
export type SkillCategoriesTable = DB['skill_categories'];
export type SkillsTable = DB['skills'];

export type PersonStatus = Column<'people', 'status'>;
export type OrgUnitKind = Column<'org_units', 'kind'>;
export const grantableRoles = [
  'ld_admin',
  'hr_admin',
  'coach',
  'ambassador',
  'works_council',
  'owner',
] as const satisfies readonly Column<'person_roles', 'role'>[];
export type GrantableRole = (typeof grantableRoles)[number];

// catalogue
export type ContentKind = Column<'content_items', 'kind'>;
export type PublicationStatus = Column<'content_items', 'status'>;
export type LearningSubjectKind = Column<'enrolments', 'subject_kind'>;
export type FilePurpose = Column<'files', 'purpose'>;
export type AudienceCondition = Column<'audience_rules', 'condition'>;

// development
export type PlanState = Column<'development_plans', 'state'>;
export type PlanGoalStatus = Column<'plan_goals', 'status'>;
export type ServesKind = Column<'plan_goals', 'serves_kind'>;
export type PlanActionKind = Column<'plan_actions', 'kind'>;
export type BudgetRequestState = Column<'budget_requests', 'state'>;

// direction, consultations, announcements, notifications
export type StatementKind = Column<'direction_statements', 'kind'>;
export type GoalStatus = Column<'organisation_goals', 'status'>;
export type Behaviour = Column<'core_values', 'behaviours'>[number];
export type ConsultationSubjectKind = Column<'consultations', 'subject_kind'>;
export type ConsultationAudienceKind = Column<'consultations', 'audience_kind'>;
export type ResponseKind = Column<'consultation_responses', 'kind'>;
export type AnnouncementAudienceKind = Column<'announcements', 'audience_kind'>;
export type EmailDigest = Column<'notification_preferences', 'email_digest'>;

// skills
export type SkillSource = Column<'skills', 'source'>;
export type RatingSource = Column<'skill_ratings', 'source'>;
export type EvidenceKind = Column<'skill_ratings', 'evidence_kind'>;
