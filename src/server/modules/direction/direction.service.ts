import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import './direction.events.ts';
import {
  competencyExists,
  deletePrincipleRow,
  insertPrinciple,
  insertStatement,
  knownSkillIds,
  lastStatementVersion,
  type PrincipleTable,
  replaceCompetencySkills,
  updatePrincipleRow,
} from './direction.repository.ts';
import type { PrincipleInput } from './direction.schemas.ts';

const subjectOf = (table: PrincipleTable) => (table === 'core_values' ? 'core_value' : 'core_competency');

/** Saves a new version of a statement; earlier versions stay as history. */
export async function saveStatement(
  ctx: Ctx,
  input: {
    kind: 'mission' | 'vision' | 'strategy';
    locale: 'nl' | 'en';
    body: string;
    status: 'draft' | 'published';
    periodStart?: string | null;
    periodEnd?: string | null;
  },
): Promise<string> {
  assertCan(ctx.auth, 'direction.manage');
  return runChange(ctx, async (tx) => {
    const last = await lastStatementVersion(tx.db, input.kind, input.locale);
    const created = await insertStatement(tx.db, {
      kind: input.kind,
      locale: input.locale,
      version: (last?.version ?? 0) + 1,
      body: input.body,
      status: input.status,
      period_start: input.periodStart === undefined ? (last?.period_start ?? null) : input.periodStart,
      period_end: input.periodEnd === undefined ? (last?.period_end ?? null) : input.periodEnd,
      created_by: tx.auth.kind === 'person' ? personIdOf(tx.auth) : null,
    });
    tx.record({
      action: 'statement.saved',
      subjectId: created.id,
      changes: { kind: input.kind, locale: input.locale, version: created.version, status: input.status },
    });
    return created.id;
  });
}

export async function createPrinciple(ctx: Ctx, options: { table: PrincipleTable; input: PrincipleInput }) {
  assertCan(ctx.auth, 'direction.manage');
  return runChange(ctx, async (tx) => {
    const created = await insertPrinciple(tx.db, options.table, options.input);
    tx.record({
      action: `${subjectOf(options.table)}.created`,
      subjectId: created.id,
      changes: { name: options.input.name },
    });
    return created.id;
  });
}

export async function updatePrinciple(
  ctx: Ctx,
  options: { table: PrincipleTable; id: string; changes: Partial<PrincipleInput> },
) {
  assertCan(ctx.auth, 'direction.manage');
  const { table, changes } = options;
  await runChange(ctx, async (tx) => {
    if (!(await updatePrincipleRow(tx.db, table, options.id, changes, tx.now())))
      throw notFound(table === 'core_values' ? 'Core value' : 'Core competency');
    tx.record({ action: `${subjectOf(table)}.updated`, subjectId: options.id, changes });
  });
}

/**
 * Removes a core value or competency. Catalogue items that served it keep a link to nothing, which
 * catalogue's titles leave out; its versions stay readable in the audit log by name.
 */
export async function deletePrinciple(ctx: Ctx, options: { table: PrincipleTable; id: string }) {
  assertCan(ctx.auth, 'direction.manage');
  const { table, id } = options;
  await runChange(ctx, async (tx) => {
    const name = await deletePrincipleRow(tx.db, table, id);
    if (name === undefined) throw notFound(table === 'core_values' ? 'Core value' : 'Core competency');
    tx.record({ action: `${subjectOf(table)}.deleted`, subjectId: id, changes: { name } });
  });
}

/** Links a competency to skills of the organisation's skills framework (archived skills included). */
export async function setCompetencySkills(ctx: Ctx, options: { id: string; skillIds: string[] }) {
  assertCan(ctx.auth, 'direction.manage');
  await runChange(ctx, async (tx) => {
    if (!(await competencyExists(tx.db, options.id))) throw notFound('Core competency');
    const skillIds = [...new Set(options.skillIds)];
    const known = await knownSkillIds(tx.db, skillIds);
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
    await replaceCompetencySkills(tx.db, options.id, skillIds);
    tx.record({ action: 'core_competency.skills_set', subjectId: options.id, changes: { skillIds } });
  });
}
