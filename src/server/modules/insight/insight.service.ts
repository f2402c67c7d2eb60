import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { assertOrganisationInsight } from './insight.policy.ts';
import { hourlyRateCents, saveHourlyRate } from './insight.repository.ts';

export async function settingsOf(ctx: Ctx) {
  assertOrganisationInsight(ctx.auth);
  return { hourlyRateCents: await hourlyRateCents(ctx.db) };
}

/** The hourly rate the cost side multiplies learning hours by. */
export async function setHourlyRate(ctx: Ctx, cents: number) {
  assertOrganisationInsight(ctx.auth);
  await runChange(ctx, async (tx) => {
    const before = await hourlyRateCents(tx.db);
    await saveHourlyRate(tx.db, cents);
    tx.record({
      action: 'insight.rate_changed',
      subjectId: ctx.organisationId,
      changes: { hourlyRateCents: [before, cents] },
    });
  });
  return settingsOf(ctx);
}
