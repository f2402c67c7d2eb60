import { readFileSync } from 'node:fs';
import { runChange } from '../../../../core/change.ts';
import type { Ctx } from '../../../../core/context.ts';
import type { TenantDb } from '../../../../db/tenant.ts';
import { assertCan } from '../../../access/index.ts';
import '../../skills.events.ts';
import { parseGroeipadCsv } from '../framework.import.ts';
import { applySkillRows } from '../framework.repository.ts';

// The curated starter set: written for Groeipad, licensed with the project (README.md next to it).
export const starterSetCsv = () => readFileSync(new URL('./care-skills.csv', import.meta.url), 'utf8');

/** Adds the starter set's skills (existing names are kept), inside the caller's transaction: seeds, benchmarks. */
export const applyStarterSet = (tenant: TenantDb, at = new Date()) =>
  applySkillRows(tenant, parseGroeipadCsv(starterSetCsv()), 'starter', at);

export async function importStarterSet(ctx: Ctx) {
  assertCan(ctx.auth, 'skills.manage');
  const rows = parseGroeipadCsv(starterSetCsv());
  return runChange(ctx, async (tx) => {
    const counts = await applySkillRows(tx.db, rows, 'starter', tx.now());
    tx.record({ action: 'skills.starter_set_added', changes: counts });
    return { ...counts, dryRun: false };
  });
}
