import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { runChange } from '../../core/change.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { unsealText } from '../../core/secrets.ts';
import { AppError } from '../../http/errors.ts';
import { postPublic } from '../../http/outbound-fetch.ts';
import { notifyPerson } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import './webhooks.events.ts';
import {
  type DueDelivery,
  dueDeliveries,
  findSubscription,
  pruneDeliveries,
  updateDelivery,
  updateSubscription,
} from './webhooks.repository.ts';

export const sealPurpose = 'webhook-subscription';
/** Attempts per message: the first, then retries after 30 s, 1, 2, 4, 8, 16 and 32 minutes (about an hour). */
export const maxAttempts = 8;
const firstRetryMs = 30_000;
/** Messages of one subscription that failed every attempt in a row before it is switched off. */
export const disableAfterFailedMessages = 3;

export const backoffMs = (attempts: number) => firstRetryMs * 2 ** (attempts - 1);
export const newSigningSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

/** One POST, signed per Standard Webhooks (webhook-id, webhook-timestamp, webhook-signature). */
async function post(deps: ModuleDeps, delivery: DueDelivery, at: Date) {
  const url = unsealText(deps.config.sessionSecret, sealPurpose, delivery.url_sealed);
  const secret = unsealText(deps.config.sessionSecret, sealPurpose, delivery.secret_sealed);
  const body = JSON.stringify(delivery.payload);
  const signature = new Webhook(secret).sign(delivery.id, at, body);
  try {
    const answer = await postPublic(url, {
      body,
      headers: {
        'content-type': 'application/json',
        'webhook-id': delivery.id,
        'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
        'webhook-signature': signature,
      },
      ...(deps.config.outboundAllowedHosts ? { allowedHosts: deps.config.outboundAllowedHosts } : {}),
    });
    if (answer.status >= 200 && answer.status < 300) return { status: answer.status, error: null };
    return { status: answer.status, error: `The receiver answered HTTP ${answer.status}.` };
  } catch (error) {
    return {
      status: null,
      error: error instanceof AppError ? error.message : 'The receiver could not be reached.',
    };
  }
}

/**
 * The job (every minute): messages whose time has come. A 2xx answer delivers; anything else is tried
 * again later with exponential backoff; after the last attempt the message fails, and a subscription
 * whose messages keep failing is switched off and its maker told.
 */
export async function deliverDue(deps: ModuleDeps, now = new Date()) {
  const result = { delivered: 0, retried: 0, failed: 0, disabled: 0 };
  for (const delivery of await dueDeliveries(deps.db, now)) {
    const outcome = await post(deps, delivery, now);
    const ctx = await organisationContextOf(deps, delivery.organisation_id, now);
    await runChange(ctx, async (tx) => {
      const attempts = delivery.attempts + 1;
      if (outcome.error === null) {
        await updateDelivery(tx.db, delivery.id, {
          status: 'delivered',
          attempts,
          last_status_code: outcome.status,
          last_error: null,
          delivered_at: now,
        });
        await updateSubscription(tx.db, delivery.subscription_id, { failure_streak: 0 });
        result.delivered += 1;
        return;
      }
      const isLast = attempts >= maxAttempts;
      await updateDelivery(tx.db, delivery.id, {
        status: isLast ? 'failed' : 'pending',
        attempts,
        last_status_code: outcome.status,
        last_error: outcome.error,
        next_attempt_at: new Date(now.getTime() + backoffMs(attempts)),
      });
      if (!isLast) {
        result.retried += 1;
        return;
      }
      result.failed += 1;
      const subscription = (await findSubscription(tx.db, delivery.subscription_id))!;
      const streak = subscription.failure_streak + 1;
      const disable = subscription.is_enabled && streak >= disableAfterFailedMessages;
      await updateSubscription(tx.db, delivery.subscription_id, {
        failure_streak: streak,
        ...(disable ? { is_enabled: false, disabled_reason: outcome.error } : {}),
      });
      if (disable) {
        result.disabled += 1;
        tx.record({ action: 'webhook_subscription.disabled', subjectId: delivery.subscription_id });
        await notifyPerson(tx.db, delivery.created_by, {
          kind: 'webhook_disabled',
          vars: () => ({ host: delivery.url_host, link: `${deps.config.baseUrl}/settings/integrations` }),
        });
      }
    });
  }
  // The delivery log keeps 30 days.
  await pruneDeliveries(deps.db, new Date(now.getTime() - 30 * 86_400_000));
  return result;
}
