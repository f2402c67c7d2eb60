import { type ExpressionBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import type { Database, GrantableRole, Locale } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { hasOpenInvitation } from '../auth/index.ts';
import type { PersonValues } from './people.bulk-write.ts';
import type { ListPeopleQuery } from './people.schemas.ts';

/** Escapes LIKE wildcards in user input. */
const likeLiteral = (value: string) => value.replace(/[\\%_]/g, (char) => `\\${char}`);

/** Ids of a unit and every unit below it. */
export const unitAndDescendants = (organisationId: string, unitId: string) => sql<string>`(
  WITH RECURSIVE tree AS (
    SELECT id FROM org_units WHERE organisation_id = ${organisationId} AND id = ${unitId}
    UNION ALL
    SELECT child.id FROM org_units child JOIN tree ON child.parent_id = tree.id
    WHERE child.organisation_id = ${organisationId}
  ) SELECT id FROM tree)`;

const hasReports = (eb: ExpressionBuilder<Database, 'people'>) =>
  eb.exists(
    eb
      .selectFrom('people as report')
      .select(sql`1`.as('one'))
      .whereRef('report.organisation_id', '=', 'people.organisation_id')
      .whereRef('report.manager_id', '=', 'people.id')
      .where('report.status', '<>', 'left'),
  );

export function filteredPeople(tenant: TenantDb, query: Partial<ListPeopleQuery>) {
  let people = tenant.selectFrom('people');
  for (const term of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    people = people.where(
      sql`people.search_text`,
      'like',
      sql`'%' || fold_text(${likeLiteral(term)}) || '%'`,
    );
  }
  if (query.orgUnitId) {
    people = query.includeSubunits
      ? people.where('people.org_unit_id', 'in', unitAndDescendants(tenant.organisationId, query.orgUnitId))
      : people.where('people.org_unit_id', '=', query.orgUnitId);
  }
  if (query.managerId) people = people.where('people.manager_id', '=', query.managerId);
  if (query.status === 'current') people = people.where('people.status', '<>', 'left');
  else if (query.status && query.status !== 'all') people = people.where('people.status', '=', query.status);
  if (query.account === 'active') people = people.where('people.password_hash', 'is not', null);
  else if (query.account) {
    const invited = query.account === 'invited';
    people = people
      .where('people.password_hash', 'is', null)
      .where((eb) => (invited ? hasOpenInvitation(eb) : eb.not(hasOpenInvitation(eb))));
  }
  if (query.role === 'manager') people = people.where(hasReports);
  else if (query.role) {
    const role = query.role;
    people = people.where((eb) =>
      eb.exists(
        eb
          .selectFrom('person_roles')
          .select(sql`1`.as('one'))
          .whereRef('person_roles.organisation_id', '=', 'people.organisation_id')
          .whereRef('person_roles.person_id', '=', 'people.id')
          .where('person_roles.role', '=', role),
      ),
    );
  }
  return people;
}

export function withDetails(people: ReturnType<typeof filteredPeople>) {
  return people
    .leftJoin('org_units', (join) =>
      join
        .onRef('org_units.organisation_id', '=', 'people.organisation_id')
        .onRef('org_units.id', '=', 'people.org_unit_id'),
    )
    .leftJoin('people as manager', (join) =>
      join
        .onRef('manager.organisation_id', '=', 'people.organisation_id')
        .onRef('manager.id', '=', 'people.manager_id'),
    )
    .select((eb) => [
      'people.id',
      'people.employee_number',
      'people.email',
      'people.given_name',
      'people.family_name_prefix',
      'people.family_name',
      'people.job_title',
      'people.org_unit_id',
      'people.manager_id',
      'people.start_date',
      'people.end_date',
      'people.locale',
      'people.status',
      'people.last_sign_in_at',
      sql<boolean>`people.password_hash IS NOT NULL`.as('has_password'),
      'org_units.name as org_unit_name',
      'manager.given_name as manager_given_name',
      'manager.family_name_prefix as manager_family_name_prefix',
      'manager.family_name as manager_family_name',
      hasReports(eb as unknown as ExpressionBuilder<Database, 'people'>).as('is_manager'),
      eb
        .selectFrom('person_roles')
        .select(sql<string[]>`coalesce(array_agg(role ORDER BY role), '{}')`.as('roles'))
        .whereRef('person_roles.organisation_id', '=', 'people.organisation_id')
        .whereRef('person_roles.person_id', '=', 'people.id')
        .as('roles'),
      hasOpenInvitation(eb as unknown as ExpressionBuilder<Database, 'people'>).as('is_invited'),
    ]);
}

export type PersonDetailsRow = Awaited<ReturnType<ReturnType<typeof withDetails>['executeTakeFirstOrThrow']>>;

// Sort on folded text (stored sort keys, see migrations/0002) so "Çelik" sits with the C's and
// "de Wit" with the W's (family name without prefix).
const folded = (column: string) => sql`fold_text(${sql.ref(column)})`;
const sortColumns = {
  name: [sql`people.sort_family_name`, sql`people.sort_given_name`],
  startDate: [sql`people.start_date`, sql`people.sort_family_name`],
  unit: [folded('org_units.name'), sql`people.sort_family_name`],
  jobTitle: [sql`people.sort_job_title`, sql`people.sort_family_name`],
} as const;

/**
 * One page of people. The page's ids come first from the sort index alone; the details (manager, unit,
 * roles, invitation) are then fetched for those 25 rows only, not for every row before the OFFSET.
 */
export async function listPeople(tenant: TenantDb, query: ListPeopleQuery) {
  const filtered = filteredPeople(tenant, query);
  const direction = query.sort.startsWith('-') ? 'desc' : 'asc';
  const sortField = query.sort.replace('-', '') as keyof typeof sortColumns;
  const [first, second] = sortColumns[sortField];
  const sortable =
    sortField === 'unit'
      ? filtered.leftJoin('org_units', (join) =>
          join
            .onRef('org_units.organisation_id', '=', 'people.organisation_id')
            .onRef('org_units.id', '=', 'people.org_unit_id'),
        )
      : filtered;
  const offset = (query.page - 1) * query.pageSize;
  const walkNameIndex = () =>
    sortable
      .select('people.id')
      .orderBy(first, (ob) => (direction === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast()))
      .orderBy(second, direction)
      .orderBy('people.id')
      .limit(query.pageSize)
      .offset(offset)
      .execute();
  const countAll = () =>
    filtered.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  if (!query.q?.trim()) {
    const [page, count] = await Promise.all([walkNameIndex(), countAll()]);
    return { rows: await pageDetails(tenant, page), total: Number(count.total) };
  }
  // A search counts first (from the trigram index). Few matches: collect and sort them. Walking the
  // sort index instead reads on until a page matches, and names cluster: all the Jansens sit together,
  // so 25 of them took 4,400 rows. Many matches are spread out, and the walk finds a page quickly.
  const total = Number((await countAll()).total);
  const page =
    total === 0
      ? []
      : total > fewMatches
        ? await walkNameIndex()
        : await tenant.executor
            .with(
              (cte) => cte('matches').materialized(),
              () => sortable.select(['people.id', first.as('first_key'), second.as('second_key')]),
            )
            .selectFrom('matches')
            .select('matches.id')
            .orderBy('first_key', (ob) =>
              direction === 'desc' ? ob.desc().nullsLast() : ob.asc().nullsLast(),
            )
            .orderBy('second_key', direction)
            .orderBy('matches.id')
            .limit(query.pageSize)
            .offset(offset)
            .execute();
  return { rows: await pageDetails(tenant, page), total };
}

const fewMatches = 1000;

/** The details (manager, unit, roles, invitation) of one page of people, in the page's order. */
async function pageDetails(tenant: TenantDb, page: { id: string }[]) {
  const ids = page.map((row) => row.id);
  const details =
    ids.length === 0
      ? []
      : await withDetails(filteredPeople(tenant, { status: 'all' }))
          .where('people.id', 'in', ids)
          .execute();
  const byId = new Map(details.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export function findPerson(tenant: TenantDb, personId: string) {
  return withDetails(filteredPeople(tenant, { status: 'all' }))
    .where('people.id', '=', personId)
    .executeTakeFirst();
}

/** The chain of managers above a person, nearest first (stops at loops, which the service prevents). */
export async function managerChain(tenant: TenantDb, personId: string): Promise<string[]> {
  const result = await sql<{ id: string }>`
    WITH RECURSIVE chain(id, depth) AS (
      SELECT manager_id, 1 FROM people WHERE organisation_id = ${tenant.organisationId} AND id = ${personId}
      UNION ALL
      SELECT p.manager_id, chain.depth + 1 FROM people p JOIN chain ON p.id = chain.id
      WHERE p.organisation_id = ${tenant.organisationId} AND chain.depth < 50
    )
    SELECT id FROM chain WHERE id IS NOT NULL ORDER BY depth`.execute(tenant.executor);
  return result.rows.map((row) => row.id);
}

/** Which of these references exist in the organisation (a unit, a person). */
export async function unitExists(tenant: TenantDb, unitId: string) {
  return Boolean(
    await tenant.selectFrom('org_units').select('id').where('id', '=', unitId).executeTakeFirst(),
  );
}

export async function personExists(tenant: TenantDb, personId: string) {
  return Boolean(
    await tenant.selectFrom('people').select('id').where('id', '=', personId).executeTakeFirst(),
  );
}

/** Whether someone other than `exceptId` already has this e-mail address or employee number. */
export async function isTaken(
  tenant: TenantDb,
  column: 'email' | 'employee_number',
  value: string,
  exceptId?: string,
) {
  let query = tenant.selectFrom('people').select('id').where(column, '=', value);
  if (exceptId) query = query.where('id', '<>', exceptId);
  return Boolean(await query.executeTakeFirst());
}

/** The person's row, held until commit so two changes to one person run one after the other. */
export function lockPerson(tenant: TenantDb, personId: string) {
  return tenant.selectFrom('people').selectAll().where('id', '=', personId).forUpdate().executeTakeFirst();
}

type PersonColumns = Partial<Omit<PersonValues, 'id'>>;

export async function insertPerson(
  tenant: TenantDb,
  columns: PersonColumns & { email: string; given_name: string; family_name: string },
) {
  const created = await tenant.insertInto('people', columns).returning('id').executeTakeFirstOrThrow();
  return created.id;
}

export async function updatePersonColumns(
  tenant: TenantDb,
  personId: string,
  columns: PersonColumns,
  at: Date,
) {
  await tenant
    .updateTable('people')
    .set({ ...columns, updated_at: at })
    .where('id', '=', personId)
    .execute();
}

export async function rolesOf(tenant: TenantDb, personId: string): Promise<GrantableRole[]> {
  const rows = await tenant
    .selectFrom('person_roles')
    .select('role')
    .where('person_id', '=', personId)
    .execute();
  return rows.map((row) => row.role);
}

export async function replaceRoles(tenant: TenantDb, personId: string, roles: readonly GrantableRole[]) {
  await tenant.deleteFrom('person_roles').where('person_id', '=', personId).execute();
  if (roles.length)
    await tenant
      .insertInto(
        'person_roles',
        roles.map((role) => ({ person_id: personId, role })),
      )
      .execute();
}

export async function countOwners(tenant: TenantDb) {
  const row = await tenant
    .selectFrom('person_roles')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'owner')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What an invitation needs to know of its addressee. */
export function findInvitee(tenant: TenantDb, personId: string) {
  return tenant
    .selectFrom('people')
    .select(['id', 'email', 'given_name', 'locale', 'status', 'password_hash'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** The parts of a person's name, for `displayName`. */
export function findNameParts(tenant: TenantDb, personId: string) {
  return tenant
    .selectFrom('people')
    .select(['given_name', 'family_name_prefix', 'family_name'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** The organisation's name and language, as mail to its people needs them. */
export function findOrganisation(executor: Executor, organisationId: string) {
  return executor
    .selectFrom('organisations')
    .select(['name', 'default_locale'])
    .where('id', '=', organisationId)
    .executeTakeFirstOrThrow();
}

/** Head counts for the organisation's overview: current people, leaving, and who cannot sign in yet. */
export async function countPeople(tenant: TenantDb) {
  const counts = await tenant
    .selectFrom('people')
    .select([
      sql<number>`count(*) FILTER (WHERE status <> 'left')`.as('headcount'),
      sql<number>`count(*) FILTER (WHERE status = 'leaving')`.as('leaving'),
      sql<number>`count(*) FILTER (WHERE status <> 'left' AND password_hash IS NULL)`.as('without_account'),
    ])
    .executeTakeFirstOrThrow();
  return {
    headcount: Number(counts.headcount),
    leaving: Number(counts.leaving),
    withoutAccount: Number(counts.without_account),
  };
}

/** What auth keeps on a person (the `personAccount` port: auth cannot depend on people). */
export const personAccount = {
  async setPasswordHash(tenant: TenantDb, personId: string, passwordHash: string, at: Date) {
    return tenant
      .updateTable('people')
      .set({ password_hash: passwordHash, updated_at: at })
      .where('id', '=', personId)
      .where('status', '<>', 'left')
      .returning(['email'])
      .executeTakeFirst();
  },
  async markSignedIn(tenant: TenantDb, personId: string, at: Date) {
    await tenant.updateTable('people').set({ last_sign_in_at: at }).where('id', '=', personId).execute();
  },
  async setLocale(tenant: TenantDb, personId: string, locale: Locale | null, at: Date) {
    await tenant.updateTable('people').set({ locale, updated_at: at }).where('id', '=', personId).execute();
  },
};
