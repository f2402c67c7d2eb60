import type { z } from 'zod';
import { type Ctx, standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import type { Auth, Role } from '../modules/access/index.ts';
import { createAnnouncementBody } from '../modules/announcements/announcements.schemas.ts';
import { createAnnouncement } from '../modules/announcements/announcements.service.ts';
import { createGoalBody } from '../modules/goals/goals.schemas.ts';
import { createGoal } from '../modules/goals/goals.service.ts';
import { addGoal, createPlan } from '../modules/plans/plans.service.ts';

// Domain factories shared by the tests and the demo: each goes through the use case the API calls,
// so what it builds is valid, audited and told to whoever the app would tell.

let sequence = 0;
const next = () => (sequence++).toString(36);

/** Someone acting outside a request (a seed, a test's setup), with the roles given. */
export function actingAs(
  db: Db,
  person: { organisationId: string; personId: string; roles?: Role[]; locale?: 'nl' | 'en' },
  at?: Date,
): Ctx {
  const auth: Auth = {
    kind: 'person',
    organisationId: person.organisationId,
    personId: person.personId,
    sessionId: 'factory',
    roles: new Set(person.roles ?? ['employee']),
    locale: person.locale ?? 'nl',
  };
  return standaloneContext({ db, auth, at });
}

/** An organisation goal with its key results (management acts). */
export function buildOrganisationGoal(ctx: Ctx, overrides: Partial<z.input<typeof createGoalBody>> = {}) {
  return createGoal(ctx, createGoalBody.parse({ title: `Doel ${next()}`, status: 'active', ...overrides }));
}

/** An announcement, published now for everyone unless told otherwise. */
export function buildAnnouncement(ctx: Ctx, overrides: Partial<z.input<typeof createAnnouncementBody>> = {}) {
  const title = `Bericht ${next()}`;
  return createAnnouncement(
    ctx,
    createAnnouncementBody.parse({
      translations: [{ locale: 'nl', title, bodyHtml: `<p>${title}</p>` }],
      publishAt: ctx.now().toISOString(),
      ...overrides,
    }),
  );
}

/** The acting person's plan for the period with goals of these titles; its id. */
export async function buildPlan(ctx: Ctx, options: { period?: string; goals?: string[] } = {}) {
  const planId = await createPlan(ctx, { period: options.period });
  for (const title of options.goals ?? []) await addGoal(ctx, { planId, input: { title } });
  return planId;
}
