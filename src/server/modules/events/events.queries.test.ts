import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, signInAs, startTestApp, testPassword } from '../../test/test-app.ts';

const { app, db, queries } = await startTestApp();

// A popular session's sign-ups take turns on its row; every statement of a sign-up is paid by the whole
// queue. A sign-up took ten (and two more while the session row was locked), then six; now four: the
// session facts, the enrolment with its title, the xAPI statement, registration + seat + audit.
it('signs me up (seat, enrolment, xAPI "registered", audit) in at most 4 statements', async () => {
  const org = await buildOrganisationWithRoles(app, db);
  const startsAt = new Date(Date.now() + 48 * 3_600_000);
  const created = await org.as.ldAdmin.post('/api/v1/workshops', {
    language: 'nl',
    title: 'Omgaan met agressie',
    sessions: [
      {
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
        location: 'Zaal 2',
        seats: 1,
      },
    ],
  });
  expect(created.statusCode).toBe(201);
  const { id: eventId, sessions } = created.json<{ id: string; sessions: { id: string }[] }>();
  const signUp = async (name: string) => {
    const person = await buildPerson(db, org.organisation.id, { givenName: name, password: testPassword });
    const client = await signInAs(app, person);
    // Signed in and on the page already: who asks and the organisation's calendar are known.
    await client.get(`/api/v1/workshops/${eventId}`);
    let status: string | undefined;
    const statements = await queries.during(async () => {
      status = (await client.post(`/api/v1/workshops/sessions/${sessions[0]!.id}/sign-up`)).json<{
        status: string;
      }>().status;
    });
    return { person, status, statements };
  };

  const first = await signUp('Anouk');
  expect(first.status).toBe('confirmed');
  expect(first.statements).toBeLessThanOrEqual(4);
  const second = await signUp('Bram');
  expect(second.status).toBe('waitlisted');

  // What the sign-up wrote besides the seat: the enrolment on "Mijn leren", the xAPI statement, the audit.
  const written = await sql<{ enrolments: number; statements: number; actions: string[] }>`
    SELECT (SELECT count(*)::int FROM enrolments WHERE organisation_id = ${org.organisation.id}
              AND subject_id = ${eventId} AND person_id IN (${first.person.id}, ${second.person.id})) AS enrolments,
           (SELECT count(*)::int FROM xapi_statements WHERE organisation_id = ${org.organisation.id}
              AND object_id = ${eventId} AND verb_id = 'http://adlnet.gov/expapi/verbs/registered') AS statements,
           (SELECT array_agg(action ORDER BY id) FROM events WHERE organisation_id = ${org.organisation.id}
              AND action IN ('event.signed_up', 'event.waitlisted')
              AND actor_person_id IN (${first.person.id}, ${second.person.id})) AS actions`.execute(db);
  expect(written.rows[0]).toEqual({
    enrolments: 2,
    statements: 2,
    actions: ['event.signed_up', 'event.waitlisted'],
  });
});
