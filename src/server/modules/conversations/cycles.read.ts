import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { boardRows, type CycleRow, cyclesQuery, findCycle } from './cycles.repository.ts';

export const presentCycle = (row: CycleRow) => ({
  id: row.id,
  name: row.name,
  templateKey: row.template_key,
  startsOn: row.starts_on,
  endsOn: row.ends_on,
  preparationDue: row.preparation_due,
  signOffDue: row.sign_off_due,
  unitIds: row.unit_ids,
  jobTitles: row.job_titles,
  state: row.state,
  conversations: Number(row.conversations),
  signed: Number(row.signed),
});

/** Conversation cycles, newest first (HR). */
export async function listCycles(ctx: Ctx) {
  assertCan(ctx.auth, 'development.manage');
  return (await cyclesQuery(ctx.db).execute()).map(presentCycle);
}

export async function cycleView(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'development.manage');
  const row = await cyclesQuery(ctx.db).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Cycle');
  return presentCycle(row);
}

/** HR's progress board: per unit how many conversations are prepared by both, held and signed. */
export async function cycleBoard(ctx: Ctx, cycleId: string) {
  assertCan(ctx.auth, 'development.manage');
  // The cycle row without its counts: the board counts everything in one pass.
  const cycle = await findCycle(ctx.db, cycleId);
  if (!cycle) throw notFound('Cycle');
  const rows = await boardRows(ctx.db, cycleId);
  const sum = (key: 'total' | 'signed') => rows.reduce((total, row) => total + Number(row[key]), 0);
  return {
    cycle: presentCycle({ ...cycle, conversations: sum('total'), signed: sum('signed') }),
    units: rows.map((row) => ({
      unit: row.org_unit_id ? { id: row.org_unit_id, name: row.unit_name ?? '' } : null,
      total: Number(row.total),
      prepared: Number(row.prepared),
      held: Number(row.held),
      signed: Number(row.signed),
    })),
  };
}
