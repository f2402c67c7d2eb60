import { thisYear } from '../../test/calendar.ts';
import type { Client } from '../../test/test-app.ts';

// Test helpers: a budget for everyone this year and a request of the employee's, by the API.

export async function budgetRequestOf(people: { hrAdmin: Client; employee: Client }): Promise<string> {
  const year = thisYear();
  await people.hrAdmin.put(`/api/v1/budgets/policies/${year}`, {
    amountCents: 100_000,
    hours: 80,
    isProRata: false,
    fullTimeHours: 36,
    carryOverMaxCents: 0,
    requiresHrApproval: true,
  });
  await people.hrAdmin.post('/api/v1/budgets/allocate', { year });
  const created = await people.employee.post('/api/v1/budgets/requests', {
    provider: 'Wondzorg Academie',
    title: 'Post-hbo Wondverpleegkundige',
    startsOn: `${year}-09-01`,
    endsOn: `${year}-12-15`,
    costCents: 60_000,
    hours: 40,
    motivation: 'Voor mijn doel: complexe wonden zelfstandig behandelen.',
  });
  if (created.statusCode !== 201) throw new Error(`budget request: ${created.body}`);
  return created.json<{ id: string }>().id;
}

/** POSTs a file as the browser would, with the type the browser claims. */
export function attachFile(
  client: Client,
  requestId: string,
  file: { name: string; claimedType: string; content: Buffer | string },
) {
  const boundary = '----groeipad-budget';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.claimedType}\r\n\r\n`,
    ),
    Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', `/api/v1/budgets/requests/${requestId}/files?purpose=proof`, payload, {
    'content-type': `multipart/form-data; boundary=${boundary}`,
  });
}
