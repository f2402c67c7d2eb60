import type { ColumnType, Generated } from 'kysely';
import type { CalendarDate, CreatedAt } from '../columns.ts';

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
