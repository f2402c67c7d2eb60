import { beforeAll, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import {
  buildOrganisationWithRoles,
  type Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../../test/test-app.ts';

// A name is given name, tussenvoegsel and family name wherever it shows: "Zoë van den Berg", never
// "Zoë Berg" (the directory, the org chart, the audit log and the mail she sends all write it in full).

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let asZoe: Client;
let zoe: { id: string };
let reportId: string;
let unitId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const built = await buildPerson(db, org.organisation.id, {
    givenName: 'Zoë',
    familyNamePrefix: 'van den',
    familyName: 'Berg',
    roles: ['hr_admin'],
    password: testPassword,
  });
  zoe = built;
  asZoe = await signInAs(app, built);
  unitId = (await buildOrgUnit(db, org.organisation.id, { name: 'Wijkteam Oost', headId: built.id })).id;
  reportId = (await buildPerson(db, org.organisation.id, { managerId: built.id, orgUnitId: unitId })).id;
});

it('names a manager in full on their report', async () => {
  const report = (await org.as.employee.get(`/api/v1/people/${reportId}`)).json();
  expect(report.manager).toEqual({ id: zoe.id, name: 'Zoë van den Berg' });
});

it('names the head of a unit in full', async () => {
  const units = (await org.as.employee.get('/api/v1/org-units')).json<{ id: string; head: unknown }[]>();
  expect(units.find((unit) => unit.id === unitId)?.head).toEqual({ id: zoe.id, name: 'Zoë van den Berg' });
});

it('names who changed something in full in the audit log and in the invitation they send', async () => {
  const created = await asZoe.post('/api/v1/people', {
    givenName: 'Ilse',
    familyName: 'Nieuw',
    email: 'ilse.nieuw@example.test',
    sendInvitation: true,
  });
  expect(created.statusCode).toBe(201);
  const log = (await org.as.owner.get(`/api/v1/events?subjectId=${created.json().id}`)).json();
  expect(log.items.map((event: { actor: { name: string } }) => event.actor.name)).toEqual([
    'Zoë van den Berg',
    'Zoë van den Berg',
  ]);
  const invitation = await db
    .selectFrom('outbox_messages')
    .select('text_body')
    .where('to_address', '=', 'ilse.nieuw@example.test')
    .executeTakeFirstOrThrow();
  expect(invitation.text_body).toContain('Zoë van den Berg nodigt je uit');
});
