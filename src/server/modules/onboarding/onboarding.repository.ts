import { sql } from 'kysely';
import type { TenantDb } from '../../db/tenant.ts';
import type { stepKinds, stepOwners, TemplateStepInput } from './onboarding.schemas.ts';

type StepKind = (typeof stepKinds)[number];
type StepOwner = (typeof stepOwners)[number];

// The SQL of onboarding: templates with their steps, journeys with theirs.

export const allTemplates = (tenant: TenantDb) =>
  tenant
    .selectFrom('onboarding_templates')
    .selectAll('onboarding_templates')
    .select((eb) => [
      eb
        .selectFrom('onboarding_template_steps')
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('onboarding_template_steps.organisation_id', '=', 'onboarding_templates.organisation_id')
        .whereRef('onboarding_template_steps.template_id', '=', 'onboarding_templates.id')
        .as('step_count'),
      eb
        .selectFrom('onboarding_journeys')
        .select(sql<string>`count(*)`.as('n'))
        .whereRef('onboarding_journeys.organisation_id', '=', 'onboarding_templates.organisation_id')
        .whereRef('onboarding_journeys.template_id', '=', 'onboarding_templates.id')
        .as('journey_count'),
    ])
    .orderBy('name')
    .execute();

export const findTemplate = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('onboarding_templates').selectAll().where('id', '=', id).executeTakeFirst();

export const lockTemplate = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('onboarding_templates').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const templateSteps = (tenant: TenantDb, templateId: string) =>
  tenant
    .selectFrom('onboarding_template_steps')
    .selectAll()
    .where('template_id', '=', templateId)
    .orderBy('position')
    .execute();

type TemplateColumns = {
  name: string;
  description: string | null;
  criteria: string | null;
  is_active: boolean;
};

export const insertTemplate = (tenant: TenantDb, columns: TemplateColumns & { created_by: string | null }) =>
  tenant.insertInto('onboarding_templates', columns).returning('id').executeTakeFirstOrThrow();

export const updateTemplate = (tenant: TenantDb, id: string, columns: TemplateColumns) =>
  tenant
    .updateTable('onboarding_templates')
    .set({ ...columns, updated_at: new Date() })
    .where('id', '=', id)
    .execute();

/** A template's steps are replaced as a whole (journeys keep their own copies). */
export async function replaceTemplateSteps(tenant: TenantDb, templateId: string, steps: TemplateStepInput[]) {
  await tenant.deleteFrom('onboarding_template_steps').where('template_id', '=', templateId).execute();
  await tenant
    .insertInto(
      'onboarding_template_steps',
      steps.map((step, position) => ({
        template_id: templateId,
        position,
        kind: step.kind,
        title: step.title,
        description: step.description,
        day_offset: step.dayOffset,
        owner: step.owner,
        content_id: step.kind === 'learning' ? step.contentId : null,
      })),
    )
    .execute();
}

/** Templates whose rule assigns them, in every organisation: the background job's round. */
export const organisationsWithRuleTemplates = async (db: TenantDb['executor']) =>
  (
    await db
      .selectFrom('onboarding_templates')
      .select('organisation_id')
      .where('is_active', '=', true)
      .where('criteria', 'is not', null)
      .distinct()
      .execute()
  ).map((row) => row.organisation_id);

export const ruleTemplates = (tenant: TenantDb) =>
  tenant
    .selectFrom('onboarding_templates')
    .selectAll()
    .where('is_active', '=', true)
    .where('criteria', 'is not', null)
    .orderBy('created_at')
    .execute();

/** Of these people, who already has a journey from this template (a rule assigns it once). */
export async function peopleWithJourneyFrom(tenant: TenantDb, templateId: string, personIds: string[]) {
  if (!personIds.length) return new Set<string>();
  const rows = await tenant
    .selectFrom('onboarding_journeys')
    .select('person_id')
    .where('template_id', '=', templateId)
    .where(sql<boolean>`person_id = ANY(${personIds}::uuid[])`)
    .execute();
  return new Set(rows.map((row) => row.person_id));
}

export const peopleByIds = (tenant: TenantDb, ids: readonly string[]) =>
  ids.length
    ? tenant
        .selectFrom('people')
        .leftJoin('org_units', (join) =>
          join
            .onRef('org_units.organisation_id', '=', 'people.organisation_id')
            .onRef('org_units.id', '=', 'people.org_unit_id'),
        )
        .select([
          'people.id',
          'people.given_name',
          'people.family_name_prefix',
          'people.family_name',
          'people.job_title',
          'people.start_date',
          'people.status',
          'people.manager_id',
          'org_units.name as unit_name',
        ])
        .where(sql<boolean>`people.id = ANY(${ids}::uuid[])`)
        .orderBy('people.sort_family_name')
        .orderBy('people.sort_given_name')
        .execute()
    : Promise.resolve([]);

export const insertJourney = (
  tenant: TenantDb,
  columns: {
    person_id: string;
    template_id: string;
    template_name: string;
    buddy_id: string | null;
    start_date: string;
    source: 'rule' | 'hand';
    assigned_by: string | null;
  },
) => tenant.insertInto('onboarding_journeys', columns).returning('id').executeTakeFirstOrThrow();

export const insertJourneySteps = (
  tenant: TenantDb,
  rows: {
    journey_id: string;
    position: number;
    kind: StepKind;
    title: string;
    description: string | null;
    owner: StepOwner;
    content_id: string | null;
    due_date: string;
  }[],
) => (rows.length ? tenant.insertInto('onboarding_journey_steps', rows).execute() : Promise.resolve([]));

export type JourneyRow = Awaited<ReturnType<typeof journeysWhere>>[number];

/** Journeys with the newcomer's manager, filtered by who is involved (or all of them). */
export function journeysWhere(
  tenant: TenantDb,
  filter: { id?: string; personId?: string; buddyId?: string; managerId?: string; all?: true },
) {
  let query = tenant
    .selectFrom('onboarding_journeys')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'onboarding_journeys.organisation_id')
        .onRef('people.id', '=', 'onboarding_journeys.person_id'),
    )
    .select([
      'onboarding_journeys.id',
      'onboarding_journeys.person_id',
      'onboarding_journeys.template_id',
      'onboarding_journeys.template_name',
      'onboarding_journeys.buddy_id',
      'onboarding_journeys.start_date',
      'onboarding_journeys.source',
      'onboarding_journeys.created_at',
      'people.manager_id',
      'people.status as person_status',
    ])
    .where('people.status', '<>', 'left');
  if (filter.id) query = query.where('onboarding_journeys.id', '=', filter.id);
  if (filter.personId) query = query.where('onboarding_journeys.person_id', '=', filter.personId);
  if (filter.buddyId) query = query.where('onboarding_journeys.buddy_id', '=', filter.buddyId);
  if (filter.managerId) query = query.where('people.manager_id', '=', filter.managerId);
  return query
    .orderBy('onboarding_journeys.start_date', 'desc')
    .orderBy('onboarding_journeys.created_at', 'desc')
    .limit(500)
    .execute();
}

export const journeyStepsOf = (tenant: TenantDb, journeyIds: readonly string[]) =>
  journeyIds.length
    ? tenant
        .selectFrom('onboarding_journey_steps')
        .selectAll()
        .where(sql<boolean>`journey_id = ANY(${journeyIds}::uuid[])`)
        .orderBy('due_date')
        .orderBy('position')
        .execute()
    : Promise.resolve([]);

export const lockJourney = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('onboarding_journeys').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

export const setBuddy = (tenant: TenantDb, id: string, buddyId: string | null) =>
  tenant.updateTable('onboarding_journeys').set({ buddy_id: buddyId }).where('id', '=', id).execute();

export const findStep = (tenant: TenantDb, id: string) =>
  tenant.selectFrom('onboarding_journey_steps').selectAll().where('id', '=', id).executeTakeFirst();

export const setStepDone = (tenant: TenantDb, id: string, doneBy: string | null, at: Date | null) =>
  tenant
    .updateTable('onboarding_journey_steps')
    .set({ done_at: at, done_by: at ? doneBy : null })
    .where('id', '=', id)
    .execute();

/** Steps due by `today` (from `since` on) nobody was told about yet, in every organisation. */
export const dueStepsToNotify = (
  db: TenantDb['executor'],
  organisationIds: string[],
  today: string,
  since: string,
) =>
  db
    .selectFrom('onboarding_journey_steps')
    .select(['organisation_id', 'id'])
    .where('organisation_id', 'in', organisationIds)
    .where('done_at', 'is', null)
    .where('notified_at', 'is', null)
    .where('due_date', '<=', today)
    .where('due_date', '>=', since)
    .execute();

export const markNotified = (tenant: TenantDb, id: string, at: Date) =>
  tenant
    .updateTable('onboarding_journey_steps')
    .set({ notified_at: at })
    .where('id', '=', id)
    .where('notified_at', 'is', null)
    .where('done_at', 'is', null)
    .executeTakeFirst();
