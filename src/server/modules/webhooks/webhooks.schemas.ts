import { z } from 'zod';

/** The events a subscription can ask for; each is told after the change committed. */
export const webhookEventTypes = [
  'person.created',
  'person.changed',
  'person.left',
  'enrolment.completed',
  'certificate.issued',
  'plan.agreed',
  'budget_request.decided',
  'conversation.signed',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];
const eventType = z.enum(webhookEventTypes);

// The payloads a receiver gets (Standard Webhooks: type, timestamp, data), documented here so they
// appear in the OpenAPI document (GET /webhooks/catalogue answers them).
const personData = z.object({
  personId: z.uuid(),
  displayName: z.string(),
  email: z.string(),
  employeeNumber: z.string().nullable(),
  status: z.enum(['active', 'leaving', 'left']),
});
export const webhookPayloadSchema = z
  .discriminatedUnion('type', [
    z.object({
      type: z.enum(['person.created', 'person.changed', 'person.left']),
      timestamp: z.iso.datetime(),
      data: personData,
    }),
    z.object({
      type: z.literal('enrolment.completed'),
      timestamp: z.iso.datetime(),
      data: z.object({
        personId: z.uuid(),
        finished: z.array(
          z.object({ kind: z.enum(['content', 'course', 'path']), id: z.uuid(), title: z.string() }),
        ),
      }),
    }),
    z.object({
      type: z.literal('certificate.issued'),
      timestamp: z.iso.datetime(),
      data: z.object({
        personId: z.uuid(),
        certificateId: z.uuid(),
        subject: z.object({ kind: z.enum(['course', 'path']), id: z.uuid(), title: z.string() }),
      }),
    }),
    z.object({
      type: z.literal('plan.agreed'),
      timestamp: z.iso.datetime(),
      data: z.object({
        personId: z.uuid(),
        planId: z.uuid(),
        period: z.string().describe('The plan period, e.g. 2026'),
        agreedBy: z.uuid().nullable().describe('The person id of the manager who agreed'),
      }),
    }),
    z.object({
      type: z.literal('budget_request.decided'),
      timestamp: z.iso.datetime(),
      data: z.object({
        requestId: z.uuid(),
        personId: z.uuid(),
        decision: z.enum(['approved', 'declined']),
        title: z.string(),
        costCents: z.number().int(),
        isOverBudget: z.boolean(),
      }),
    }),
    z.object({
      type: z.literal('conversation.signed'),
      timestamp: z.iso.datetime(),
      data: z
        .object({
          conversationId: z.uuid(),
          cycleId: z.uuid(),
          employeeId: z.uuid(),
          managerId: z.uuid(),
          side: z.enum(['employee', 'manager']),
          signedByBoth: z.boolean(),
        })
        .describe('Sent for each signature; signedByBoth is true when the conversation is now locked'),
    }),
  ])
  .meta({ id: 'WebhookPayload', description: 'The JSON body POSTed to a subscribed address' });
export type WebhookPayload = z.infer<typeof webhookPayloadSchema>;

export const webhookCatalogueSchema = z
  .object({
    events: z.array(eventType),
    examples: z.array(webhookPayloadSchema),
    signing: z.string(),
  })
  .meta({ id: 'WebhookCatalogue' });

export const subscriptionSchema = z
  .object({
    id: z.uuid(),
    description: z.string(),
    host: z.string().describe('Host of the address; the full address is kept sealed'),
    events: z.array(eventType),
    isEnabled: z.boolean(),
    disabledReason: z.string().nullable(),
    createdAt: z.iso.datetime(),
    counts: z.object({ pending: z.number().int(), delivered: z.number().int(), failed: z.number().int() }),
  })
  .meta({ id: 'WebhookSubscription' });

export const createSubscriptionBody = z.object({
  url: z.url({ protocol: /^https?$/ }).max(2000),
  description: z.string().trim().max(200).default(''),
  events: z.array(eventType).min(1),
});
export type CreateSubscriptionInput = z.infer<typeof createSubscriptionBody>;

export const updateSubscriptionBody = z.object({
  description: z.string().trim().max(200).optional(),
  events: z.array(eventType).min(1).optional(),
  isEnabled: z.boolean().optional(),
});
export type UpdateSubscriptionInput = z.infer<typeof updateSubscriptionBody>;

export const deliverySchema = z
  .object({
    id: z.uuid(),
    eventType: z.string(),
    status: z.enum(['pending', 'delivered', 'failed']),
    attempts: z.number().int(),
    nextAttemptAt: z.iso.datetime().nullable(),
    lastStatusCode: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.iso.datetime(),
    deliveredAt: z.iso.datetime().nullable(),
    payload: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'WebhookDelivery' });

export const deliveryParams = z.object({ id: z.uuid(), deliveryId: z.uuid() });
