import type { DeliveryRow, SubscriptionRow } from './webhooks.repository.ts';
import type { WebhookEventType } from './webhooks.schemas.ts';

const iso = (value: Date | string | null) => (value ? new Date(value).toISOString() : null);

export const presentSubscription = (row: SubscriptionRow) => ({
  id: row.id,
  description: row.description,
  host: row.url_host,
  events: row.events as WebhookEventType[],
  isEnabled: row.is_enabled,
  disabledReason: row.disabled_reason,
  createdAt: new Date(row.created_at).toISOString(),
  counts: {
    pending: Number(row.counts?.pending ?? 0),
    delivered: Number(row.counts?.delivered ?? 0),
    failed: Number(row.counts?.failed ?? 0),
  },
});

export const presentDelivery = (row: DeliveryRow) => ({
  id: row.id,
  eventType: row.event_type,
  status: row.status as 'pending' | 'delivered' | 'failed',
  attempts: row.attempts,
  nextAttemptAt: row.status === 'pending' ? iso(row.next_attempt_at) : null,
  lastStatusCode: row.last_status_code,
  lastError: row.last_error,
  createdAt: new Date(row.created_at).toISOString(),
  deliveredAt: iso(row.delivered_at),
  payload: row.payload as Record<string, unknown>,
});
