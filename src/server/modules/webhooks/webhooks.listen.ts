import type { Bus } from '../../core/bus.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { peopleFacts, queueDeliveries, subscribersOf } from './webhooks.repository.ts';
import type { WebhookPayload } from './webhooks.schemas.ts';

type Ctx = Awaited<ReturnType<typeof organisationContextOf>>;

/** One message per subscriber of each payload's type, due now; the job sends them. */
async function queue(ctx: Ctx, payloads: WebhookPayload[]) {
  const rows = [];
  for (const payload of payloads)
    for (const subscriber of await subscribersOf(ctx.db, payload.type))
      rows.push({
        subscription_id: subscriber.id,
        event_type: payload.type,
        payload: JSON.stringify(payload),
        next_attempt_at: ctx.now(),
      });
  await queueDeliveries(ctx.db, rows);
}

const displayName = (p: { given_name: string; family_name_prefix: string | null; family_name: string }) =>
  [p.given_name, p.family_name_prefix, p.family_name].filter(Boolean).join(' ');

/** Listens to other modules' domain events and turns them into webhook messages. */
export function listenForWebhooks(bus: Bus, deps: Pick<ModuleDeps, 'db' | 'log'>) {
  const contextOf = (organisationId: string) => organisationContextOf({ ...deps, bus }, organisationId);
  bus.on('people.changed', 'webhooks.people', async ({ organisationId, personIds }) => {
    const ctx = await contextOf(organisationId);
    const timestamp = ctx.now().toISOString();
    const people = await peopleFacts(ctx.db, personIds);
    await queue(
      ctx,
      people.map((person) => ({
        // A row untouched since it was made is new; one whose status is left has left.
        type:
          person.status === 'left'
            ? 'person.left'
            : new Date(person.created_at).getTime() === new Date(person.updated_at).getTime()
              ? 'person.created'
              : 'person.changed',
        timestamp,
        data: {
          personId: person.id,
          displayName: displayName(person),
          email: person.email,
          employeeNumber: person.employee_number,
          status: person.status as 'active' | 'leaving' | 'left',
        },
      })),
    );
  });
  bus.on('learning.completed', 'webhooks.learning', async ({ organisationId, personId, finished }) => {
    const ctx = await contextOf(organisationId);
    await queue(ctx, [
      { type: 'enrolment.completed', timestamp: ctx.now().toISOString(), data: { personId, finished } },
    ]);
  });
  // The owning modules' events, told on as they are (only ids and facts, no one's own words).
  const tellOn = async (organisationId: string, payload: (timestamp: string) => WebhookPayload) => {
    const ctx = await contextOf(organisationId);
    await queue(ctx, [payload(ctx.now().toISOString())]);
  };
  bus.on('catalogue.certificate_issued', 'webhooks.certificates', ({ organisationId, ...data }) =>
    tellOn(organisationId, (timestamp) => ({ type: 'certificate.issued', timestamp, data })),
  );
  bus.on('plans.agreed', 'webhooks.plans', ({ organisationId, ...data }) =>
    tellOn(organisationId, (timestamp) => ({ type: 'plan.agreed', timestamp, data })),
  );
  bus.on('budgets.request_decided', 'webhooks.budgets', ({ organisationId, ...data }) =>
    tellOn(organisationId, (timestamp) => ({ type: 'budget_request.decided', timestamp, data })),
  );
  bus.on('conversations.signed', 'webhooks.conversations', ({ organisationId, ...data }) =>
    tellOn(organisationId, (timestamp) => ({ type: 'conversation.signed', timestamp, data })),
  );
}
