import { readFileSync } from 'node:fs';
import type { Db } from '../../../db/database.ts';
import { forOrganisation } from '../../../db/tenant.ts';
import type { Auth } from '../../access/index.ts';
import { recordEvent } from '../../audit/index.ts';
import { applySkillRows } from '../skills.framework.service.ts';
import { parseGroeipadCsv } from '../skills.import.ts';

// The curated starter set: written for Groeipad, licensed with the project (README.md next to it).
export const starterSetCsv = () => readFileSync(new URL('./care-skills.csv', import.meta.url), 'utf8');

export async function importStarterSet(options: { db: Db; auth: Auth | null; organisationId?: string }) {
  const rows = parseGroeipadCsv(starterSetCsv());
  const organisationId = options.organisationId ?? options.auth!.organisationId;
  return forOrganisation(options.db, organisationId).transaction(async (tenant) => {
    const counts = await applySkillRows(tenant, rows, 'starter');
    await recordEvent(tenant, options.auth, {
      action: 'skills.starter_set_added',
      subjectType: 'skill_framework',
      changes: counts,
    });
    return { ...counts, dryRun: false };
  });
}
