import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { reportMailOf, setReportMail } from './insight.monthly-report.ts';
import { assertOrganisationInsight, assertPerson } from './insight.policy.ts';
import { forgetSharedInsight } from './insight.read.ts';
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
  forgetSharedInsight(ctx.organisationId);
  return settingsOf(ctx);
}

/** My monthly report mail: whether I am a recipient and whether it is on. */
export function reportMail(ctx: Ctx) {
  assertPerson(ctx.auth);
  return reportMailOf(ctx.db, ctx.auth.personId);
}

export function setMyReportMail(ctx: Ctx, isSubscribed: boolean) {
  assertPerson(ctx.auth);
  return setReportMail(ctx.db, ctx.auth.personId, isSubscribed);
}
