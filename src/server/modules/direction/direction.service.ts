import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { type Auth, personIdOf } from '../access/index.ts';
import { recordEvent } from '../audit/index.ts';
import type { PrincipleTable } from './direction.repository.ts';
import type { PrincipleInput } from './direction.schemas.ts';

const subjectOf = (table: PrincipleTable) => (table === 'core_values' ? 'core_value' : 'core_competency');

/** Saves a new version of a statement; earlier versions stay as history. */
export async function saveStatement(options: {
  db: Db;
  auth: Auth;
  input: {
    kind: 'mission' | 'vision' | 'strategy';
    locale: 'nl' | 'en';
    body: string;
    status: 'draft' | 'published';
    periodStart?: string | null;
    periodEnd?: string | null;
  };
}): Promise<string> {
  const { auth, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const last = await tenant
      .selectFrom('direction_statements')
      .select(['version', 'period_start', 'period_end'])
      .where('kind', '=', input.kind)
      .where('locale', '=', input.locale)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    const created = await tenant
      .insertInto('direction_statements', {
        kind: input.kind,
        locale: input.locale,
        version: (last?.version ?? 0) + 1,
        body: input.body,
        status: input.status,
        period_start: input.periodStart === undefined ? (last?.period_start ?? null) : input.periodStart,
        period_end: input.periodEnd === undefined ? (last?.period_end ?? null) : input.periodEnd,
        created_by: auth.kind === 'person' ? personIdOf(auth) : null,
      })
      .returning(['id', 'version'])
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, auth, {
      action: 'statement.saved',
      subjectType: 'statement',
      subjectId: created.id,
      changes: { kind: input.kind, locale: input.locale, version: created.version, status: input.status },
    });
    return created.id;
  });
}

export async function createPrinciple(options: {
  db: Db;
  auth: Auth;
  table: PrincipleTable;
  input: PrincipleInput;
}) {
  const { auth, table, input } = options;
  return forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const created = await tenant
      .insertInto(table, { ...input, behaviours: JSON.stringify(input.behaviours) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordEvent(tenant, auth, {
      action: `${subjectOf(table)}.created`,
      subjectType: subjectOf(table),
      subjectId: created.id,
      changes: { name: input.name },
    });
    return created.id;
  });
}

export async function updatePrinciple(options: {
  db: Db;
  auth: Auth;
  table: PrincipleTable;
  id: string;
  changes: Partial<PrincipleInput>;
}) {
  const { auth, table, changes } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const { behaviours, ...rest } = changes;
    const result = await tenant
      .updateTable(table)
      .set({
        ...rest,
        ...(behaviours ? { behaviours: JSON.stringify(behaviours) } : {}),
        updated_at: new Date(),
      })
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (result.numUpdatedRows === 0n)
      throw notFound(table === 'core_values' ? 'Core value' : 'Core competency');
    await recordEvent(tenant, auth, {
      action: `${subjectOf(table)}.updated`,
      subjectType: subjectOf(table),
      subjectId: options.id,
      changes,
    });
  });
}

/** Links a competency to skills of the organisation's skills framework (archived skills included). */
export async function setCompetencySkills(options: { db: Db; auth: Auth; id: string; skillIds: string[] }) {
  const { auth } = options;
  await forOrganisation(options.db, auth.organisationId).transaction(async (tenant) => {
    const exists = await tenant
      .selectFrom('core_competencies')
      .select('id')
      .where('id', '=', options.id)
      .executeTakeFirst();
    if (!exists) throw notFound('Core competency');
    const skillIds = [...new Set(options.skillIds)];
    const known = new Set(
      skillIds.length
        ? (await tenant.selectFrom('skills').select('id').where('id', 'in', skillIds).execute()).map(
            (s) => s.id,
          )
        : [],
    );
    const errors = options.skillIds.flatMap((skillId, index) =>
      known.has(skillId)
        ? []
        : [
            {
              field: `skillIds.${index}`,
              message: 'no such skill in the skills framework of this organisation',
              code: 'unknownReference',
            },
          ],
    );
    if (errors.length)
      throw new AppError('validation_failed', `${errors[0]!.field}: no such skill`, { errors });
    await tenant.deleteFrom('competency_skills').where('competency_id', '=', options.id).execute();
    if (skillIds.length)
      await tenant
        .insertInto(
          'competency_skills',
          skillIds.map((skill_id) => ({ competency_id: options.id, skill_id })),
        )
        .execute();
    await recordEvent(tenant, auth, {
      action: 'core_competency.skills_set',
      subjectType: 'core_competency',
      subjectId: options.id,
      changes: { skillIds },
    });
  });
}
