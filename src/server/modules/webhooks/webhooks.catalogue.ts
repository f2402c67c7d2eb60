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
    {
      type: 'certificate.issued',
      timestamp: at,
      data: {
        personId: person.personId,
        certificateId: '00000000-0000-4000-8000-000000000003',
        subject: { kind: 'course', id: '00000000-0000-4000-8000-000000000002', title: 'Veilig tillen' },
      },
    },
    {
      type: 'plan.agreed',
      timestamp: at,
      data: {
        personId: person.personId,
        planId: '00000000-0000-4000-8000-000000000004',
        period: '2026',
        agreedBy: '00000000-0000-4000-8000-000000000005',
      },
    },
    {
      type: 'budget_request.decided',
      timestamp: at,
      data: {
        requestId: '00000000-0000-4000-8000-000000000006',
        personId: person.personId,
        decision: 'approved',
        title: 'Post-hbo wondzorg',
        costCents: 145000,
        isOverBudget: false,
      },
    },
    {
      type: 'conversation.signed',
      timestamp: at,
      data: {
        conversationId: '00000000-0000-4000-8000-000000000007',
        cycleId: '00000000-0000-4000-8000-000000000008',
        employeeId: person.personId,
        managerId: '00000000-0000-4000-8000-000000000005',
        side: 'manager',
        signedByBoth: true,
      },
    },
  ] satisfies WebhookPayload[],
  signing:
    'Standard Webhooks (standardwebhooks.com): headers webhook-id, webhook-timestamp and webhook-signature ' +
    '(v1,<base64 HMAC-SHA256 of "id.timestamp.body" with the whsec_ secret).',
};
