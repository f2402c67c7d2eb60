import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, can } from '../access/index.ts';
import { canSeeHrFields } from './people.policy.ts';
import { presentPerson } from './people.presenter.ts';
import { findPerson, listPeople, type PersonDetailsRow } from './people.repository.ts';
import type { ListPeopleQuery } from './people.schemas.ts';
import { isScimManaged, scimManagedFields } from './people.scim.ts';

const present = (ctx: Ctx, row: PersonDetailsRow) =>
  presentPerson(row, { withHrFields: canSeeHrFields(ctx.auth, row) });

/** The directory: one page of people, HR fields only for those allowed. */
export async function peoplePage(ctx: Ctx, query: ListPeopleQuery) {
  const { auth } = ctx;
  assertCan(auth, 'people.read');
  // Filtering on HR facts (status "left", roles) is for those who may see them.
  if (!can(auth, 'people.read_hr')) {
    if (query.status === 'left' || query.status === 'all') assertCan(auth, 'people.read_hr');
    if (query.role && query.role !== 'manager') assertCan(auth, 'people.read_hr');
    if (query.account) assertCan(auth, 'people.read_hr');
    if (query.sort.endsWith('startDate')) assertCan(auth, 'people.read_hr');
  }
  const { rows, total } = await listPeople(ctx.db, query);
  return {
    items: rows.map((row) => present(ctx, row)),
    page: query.page,
    pageSize: query.pageSize,
    total,
  };
}

/** One person, for those who may read the directory. */
export async function readPerson(ctx: Ctx, personId: string) {
  assertCan(ctx.auth, 'people.read');
  return personView(ctx, personId);
}

/** One person as the caller may see them; after a change, the answer shows it as it now stands. */
export async function personView(ctx: Ctx, personId: string) {
  const row = await findPerson(ctx.db, personId);
  if (!row) throw notFound('Person');
  const person = await present(ctx, row);
  return (await isScimManaged(ctx.db, personId))
    ? { ...person, scimManagedFields: [...scimManagedFields] }
    : person;
}

/** A person's current direct reports, for the org chart. */
export async function reportsOf(ctx: Ctx, personId: string) {
  assertCan(ctx.auth, 'people.read');
  if (!(await findPerson(ctx.db, personId))) throw notFound('Person');
  const { rows } = await listPeople(ctx.db, {
    managerId: personId,
    status: 'current',
    sort: 'name',
    page: 1,
    pageSize: 500,
    includeSubunits: false,
  });
  return rows.map((row) => present(ctx, row));
}
