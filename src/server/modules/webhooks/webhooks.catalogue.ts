import { type WebhookPayload, webhookEventTypes } from './webhooks.schemas.ts';

const person = {
  personId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Noor Bakker',
  email: 'noor.bakker@example.org',
  employeeNumber: 'E-1001',
  status: 'active' as const,
};
const at = '2026-01-05T09:00:00.000Z';

export const webhookCatalogue = {
  events: [...webhookEventTypes],
  examples: [
    { type: 'person.created', timestamp: at, data: person },
    { type: 'person.changed', timestamp: at, data: person },
    { type: 'person.left', timestamp: at, data: { ...person, status: 'left' } },
    {
      type: 'enrolment.completed',
      timestamp: at,
      data: {
        personId: person.personId,
        finished: [{ kind: 'course', id: '00000000-0000-4000-8000-000000000002', title: 'Veilig tillen' }],
      },
    },
  ] satisfies WebhookPayload[],
  signing:
    'Standard Webhooks (standardwebhooks.com): headers webhook-id, webhook-timestamp and webhook-signature ' +
    '(v1,<base64 HMAC-SHA256 of "id.timestamp.body" with the whsec_ secret).',
};
