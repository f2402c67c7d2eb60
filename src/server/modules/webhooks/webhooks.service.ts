import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { sealText } from '../../core/secrets.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { isPrivateAddress } from '../../http/outbound-fetch.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { newSigningSecret, sealPurpose } from './webhooks.delivery.ts';
import './webhooks.events.ts';
import { presentDelivery, presentSubscription } from './webhooks.presenter.ts';
import {
  deleteSubscription,
  deliveriesOf,
  findDelivery,
  findSubscription,
  insertSubscription,
  listSubscriptions,
  updateDelivery,
  updateSubscription,
} from './webhooks.repository.ts';
import type { CreateSubscriptionInput, UpdateSubscriptionInput } from './webhooks.schemas.ts';

// Webhooks send people's data out of Groeipad: only the owner (who also holds API tokens) manages them.
const permission = 'api_tokens.manage' as const;

/** Refuses loopback and private targets up front (delivery checks again, at connect time). */
async function assertPublic(url: string, allowedHosts: readonly string[]) {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  if (allowedHosts.includes(host)) return;
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await lookup(host, { all: true })).map((entry) => entry.address);
  } catch {
    throw invalidField('url', `${host} cannot be found`, 'unreachable');
  }
  if (addresses.some(isPrivateAddress))
    throw invalidField('url', `${host} is a private or local address`, 'privateAddress');
}

export async function subscriptionsOf(ctx: Ctx) {
  assertCan(ctx.auth, permission);
  return (await listSubscriptions(ctx.db)).map(presentSubscription);
}

export async function subscriptionOf(ctx: Ctx, id: string) {
  assertCan(ctx.auth, permission);
  const found = (await listSubscriptions(ctx.db)).find((row) => row.id === id);
  if (!found) throw notFound('Webhook');
  return presentSubscription(found);
}

/** Makes a subscription; its signing secret (whsec_…) is in this answer only. */
export async function subscribe(
  ctx: Ctx,
  input: CreateSubscriptionInput,
  options: { serverSecret: string; allowedHosts: readonly string[] },
) {
  assertCan(ctx.auth, permission);
  await assertPublic(input.url, options.allowedHosts);
  const secret = newSigningSecret();
  const id = await runChange(ctx, async (tx) => {
    const created = await insertSubscription(tx.db, {
      description: input.description,
      url_sealed: sealText(options.serverSecret, sealPurpose, input.url),
      url_host: new URL(input.url).host,
      secret_sealed: sealText(options.serverSecret, sealPurpose, secret),
      events: [...new Set(input.events)],
      created_by: personIdOf(tx.auth),
    });
    tx.record({
      action: 'webhook_subscription.created',
      subjectId: created.id,
      changes: { host: new URL(input.url).host, events: input.events },
    });
    return created.id;
  });
  return { ...(await subscriptionOf(ctx, id)), secret };
}

export async function changeSubscription(ctx: Ctx, id: string, input: UpdateSubscriptionInput) {
  assertCan(ctx.auth, permission);
  await runChange(ctx, async (tx) => {
    if (!(await findSubscription(tx.db, id))) throw notFound('Webhook');
    await updateSubscription(tx.db, id, {
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.events ? { events: [...new Set(input.events)] } : {}),
      // Switching back on starts with a clean slate.
      ...(input.isEnabled !== undefined
        ? {
            is_enabled: input.isEnabled,
            ...(input.isEnabled ? { disabled_reason: null, failure_streak: 0 } : {}),
          }
        : {}),
      updated_at: tx.now(),
    });
    tx.record({ action: 'webhook_subscription.updated', subjectId: id, changes: { ...input } });
  });
  return subscriptionOf(ctx, id);
}

export async function unsubscribe(ctx: Ctx, id: string) {
  assertCan(ctx.auth, permission);
  await runChange(ctx, async (tx) => {
    const deleted = await deleteSubscription(tx.db, id);
    if (!Number(deleted.numDeletedRows)) throw notFound('Webhook');
    tx.record({ action: 'webhook_subscription.deleted', subjectId: id });
  });
}

export async function deliveryLog(ctx: Ctx, id: string) {
  assertCan(ctx.auth, permission);
  if (!(await findSubscription(ctx.db, id))) throw notFound('Webhook');
  return (await deliveriesOf(ctx.db, id)).map(presentDelivery);
}

/** Sends a message again: back to pending, due now, its attempts counted afresh. */
export async function redeliver(ctx: Ctx, id: string, deliveryId: string) {
  assertCan(ctx.auth, permission);
  return runChange(ctx, async (tx) => {
    const delivery = await findDelivery(tx.db, id, deliveryId);
    if (!delivery) throw notFound('Webhook message');
    await updateDelivery(tx.db, deliveryId, {
      status: 'pending',
      attempts: 0,
      next_attempt_at: tx.now(),
      delivered_at: null,
    });
    tx.record({ action: 'webhook_subscription.redelivered', subjectId: id, changes: { deliveryId } });
    return presentDelivery({
      ...delivery,
      status: 'pending',
      attempts: 0,
      next_attempt_at: tx.now(),
      delivered_at: null,
    });
  });
}
