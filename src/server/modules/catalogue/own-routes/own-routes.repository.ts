import { displayName } from '../../../../shared/person-name.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import type { OwnRouteInput, PreferredFormat } from './own-routes.schemas.ts';

declare module '../../../core/ports.ts' {
  interface Ports {
    /** The goals of a person's current development plan (plans provides it: plans builds on catalogue). */
    planGoalsOf: (tenant: TenantDb, personId: string) => Promise<{ id: string; title: string }[]>;
  }
}

const personColumns = [
  'people.id',
  'people.given_name',
  'people.family_name_prefix',
  'people.family_name',
] as const;

export const findRoute = (tenant: TenantDb, id: string, options: { lock?: boolean } = {}) => {
  const query = tenant.selectFrom('own_routes').selectAll().where('id', '=', id);
  return (options.lock ? query.forUpdate() : query).executeTakeFirst();
};
export type RouteRow = NonNullable<Awaited<ReturnType<typeof findRoute>>>;

export const managerOf = async (tenant: TenantDb, personId: string) =>
  (await tenant.selectFrom('people').select('manager_id').where('id', '=', personId).executeTakeFirst())
    ?.manager_id ?? null;

export async function peopleNames(tenant: TenantDb, ids: string[]) {
  if (!ids.length) return new Map<string, string>();
  const rows = await tenant
    .selectFrom('people')
    .select([...personColumns])
    .where('people.id', 'in', ids)
    .execute();
  return new Map(rows.map((row) => [row.id, displayName(row)]));
}

export const stepsOf = (tenant: TenantDb, routeIds: string[]) =>
  routeIds.length
    ? tenant
        .selectFrom('own_route_steps')
        .selectAll()
        .where('route_id', 'in', routeIds)
        .orderBy('route_id')
        .orderBy('position')
        .execute()
    : Promise.resolve([]);

export const commentsOf = (tenant: TenantDb, routeId: string) =>
  tenant
    .selectFrom('own_route_comments')
    .selectAll()
    .where('route_id', '=', routeId)
    .orderBy('created_at')
    .execute();

export async function insertRoute(
  tenant: TenantDb,
  row: {
    person_id: string;
    title: string;
    purpose: string;
    plan_goal_id: string | null;
    copied_from_id?: string;
  },
) {
  return (await tenant.insertInto('own_routes', row).returning('id').executeTakeFirstOrThrow()).id;
}

export async function replaceSteps(
  tenant: TenantDb,
  routeId: string,
  steps: (Omit<OwnRouteInput['steps'][number], 'isDone'> & { doneAt: Date | null })[],
) {
  await tenant.deleteFrom('own_route_steps').where('route_id', '=', routeId).execute();
  if (steps.length)
    await tenant
      .insertInto(
        'own_route_steps',
        steps.map((step, position) => ({
          route_id: routeId,
          position,
          kind: step.kind,
          ref_id: step.refId,
          title: step.title,
          note: step.note,
          url: step.url,
          done_at: step.doneAt,
        })),
      )
      .execute();
}

export const updateRoute = (
  tenant: TenantDb,
  id: string,
  columns: Partial<{
    title: string;
    purpose: string;
    plan_goal_id: string | null;
    shared_at: Date | null;
    published_at: Date | null;
    updated_at: Date;
  }>,
) => tenant.updateTable('own_routes').set(columns).where('id', '=', id).execute();

export const insertComment = (tenant: TenantDb, row: { route_id: string; author_id: string; body: string }) =>
  tenant.insertInto('own_route_comments', row).returning('id').executeTakeFirstOrThrow();

/** Mine, those my direct reports shared with me, and those published by colleagues. */
export async function routeLists(tenant: TenantDb, personId: string) {
  const base = () =>
    tenant
      .selectFrom('own_routes')
      .innerJoin('people', (join) =>
        join
          .onRef('people.organisation_id', '=', 'own_routes.organisation_id')
          .onRef('people.id', '=', 'own_routes.person_id'),
      )
      .select([
        'own_routes.id',
        'own_routes.title',
        'own_routes.person_id',
        'own_routes.shared_at',
        'own_routes.published_at',
        'own_routes.updated_at',
        // Not people.id: it would shadow the route's id (the bug that sent a manager's link to a 404).
        'people.given_name',
        'people.family_name_prefix',
        'people.family_name',
      ])
      .orderBy('own_routes.updated_at', 'desc');
  const [mine, fromTeam, published] = await Promise.all([
    base().where('own_routes.person_id', '=', personId).execute(),
    base().where('people.manager_id', '=', personId).where('own_routes.shared_at', 'is not', null).execute(),
    base()
      .where('own_routes.published_at', 'is not', null)
      .where('own_routes.person_id', '<>', personId)
      .limit(50)
      .execute(),
  ]);
  return { mine, fromTeam, published };
}

export async function preferredFormatOf(tenant: TenantDb, personId: string) {
  const row = await tenant
    .selectFrom('learner_preferences')
    .select('preferred_format')
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return row?.preferred_format ?? null;
}

export const savePreferredFormat = (tenant: TenantDb, personId: string, format: PreferredFormat | null) =>
  tenant
    .insertInto('learner_preferences', { person_id: personId, preferred_format: format })
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'person_id']).doUpdateSet({ preferred_format: format }),
    )
    .execute();
