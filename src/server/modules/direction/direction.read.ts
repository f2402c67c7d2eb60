import type { Ctx } from '../../core/context.ts';
import type { Locale, StatementKind } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan, can } from '../access/index.ts';
import { presentPrinciple, presentStatement } from './direction.presenter.ts';
import {
  currentStatements,
  findStatement,
  listPrinciples,
  type PrincipleTable,
  skillsOfCompetencies,
  statementVersions,
} from './direction.repository.ts';
import { readerLocale } from './locale.ts';

/** Values or competencies as presented; competencies with their linked skills. */
async function principles(ctx: Ctx, table: PrincipleTable, withDrafts: boolean) {
  const rows = await listPrinciples(ctx.db, table, { withDrafts });
  const skills =
    table === 'core_competencies'
      ? await skillsOfCompetencies(
          ctx.db,
          rows.map((r) => r.id),
        )
      : null;
  return rows.map((row) => presentPrinciple(row, skills ? (skills.get(row.id) ?? []) : undefined));
}

/** The organisation's why: current statements in the reader's language, published values and competencies. */
export async function directionView(ctx: Ctx) {
  assertCan(ctx.auth, 'direction.read');
  const { locale, fallback } = await readerLocale(ctx.db.executor, ctx.auth);
  const current = await currentStatements(ctx.db, locale, fallback);
  const present = (row: (typeof current)['mission']) => (row ? presentStatement(row) : null);
  return {
    statements: {
      mission: present(current.mission),
      vision: present(current.vision),
      strategy: present(current.strategy),
    },
    values: await principles(ctx, 'core_values', false),
    competencies: await principles(ctx, 'core_competencies', false),
  };
}

export async function statementHistory(ctx: Ctx, query: { kind: StatementKind; locale?: Locale }) {
  assertCan(ctx.auth, 'direction.manage');
  return (await statementVersions(ctx.db, query)).map(presentStatement);
}

export async function statementView(ctx: Ctx, id: string) {
  const row = await findStatement(ctx.db, id);
  if (!row) throw notFound('Statement');
  return presentStatement(row);
}

/** Values or competencies; drafts only for management. */
export async function principleList(ctx: Ctx, table: PrincipleTable) {
  assertCan(ctx.auth, 'direction.read');
  return principles(ctx, table, can(ctx.auth, 'direction.manage'));
}

/** One value or competency as management sees it (drafts included). */
export async function principleView(ctx: Ctx, table: PrincipleTable, id: string, what: string) {
  const found = (await principles(ctx, table, true)).find((p) => p.id === id);
  if (!found) throw notFound(what);
  return found;
}
