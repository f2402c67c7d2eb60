import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoPassword } from '../demo/demo-data.ts';
import { seedDemo } from '../demo/seed.ts';
import { problemOfDatabaseError } from '../http/database-errors.ts';
import { thisYear } from '../test/calendar.ts';
import { type Client, signInAs, startTestApp } from '../test/test-app.ts';

// The rules behind "no 500 from any input", one by one, on the demo organisation.

const { app, db } = await startTestApp();
let employee: Client;
let hr: Client;
let planId: string;
let actionId: string;
let conversationId: string;

type Problem = { code: string; errors?: { field: string; code: string }[] };

beforeAll(async () => {
  await seedDemo(db);
  employee = await signInAs(app, { email: 'medewerker@delinde.demo', password: demoPassword });
  hr = await signInAs(app, { email: 'hr@delinde.demo', password: demoPassword });
  const { plan } = (await employee.get('/api/v1/plans/mine')).json<{
    plan: { id: string; actions: { id: string }[] };
  }>();
  planId = plan.id;
  actionId = plan.actions[0]!.id;
  conversationId = (await employee.get('/api/v1/conversations/mine')).json<{ id: string }[]>()[0]!.id;
});

describe('an empty PATCH', () => {
  it('is a 400 naming the body on a plan action and a conversation, and changes nothing', async () => {
    const before = (await employee.get(`/api/v1/conversations/${conversationId}`)).json();
    for (const url of [
      `/api/v1/plans/${planId}/actions/${actionId}`,
      `/api/v1/conversations/${conversationId}`,
    ]) {
      // {} and a body with only fields the endpoint does not know are both "nothing to change".
      for (const body of [{}, { notAField: 'x' }]) {
        const response = await employee.patch(url, body);
        expect(response.statusCode, url).toBe(400);
        expect(response.json<Problem>().errors).toEqual([
          { field: 'body', message: 'send at least one field to change', code: 'noChanges' },
        ]);
      }
    }
    expect((await employee.get(`/api/v1/conversations/${conversationId}`)).json()).toEqual(before);
    // A real change still goes through.
    const done = await employee.patch(`/api/v1/plans/${planId}/actions/${actionId}`, { isDone: true });
    expect(done.statusCode).toBe(200);
  });
});

describe('text that cannot be stored', () => {
  it('is refused in shared notes (a lone surrogate used to be stored) and in the sign-in organisation', async () => {
    const raw = '{"sharedNotes":"Goed gesprek \\ud800"}';
    const response = await employee.request('PATCH', `/api/v1/conversations/${conversationId}`, raw, {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors).toEqual([
      { field: 'sharedNotes', message: expect.any(String), code: 'invalidCharacters' },
    ]);
    const stored = await db
      .selectFrom('conversations')
      .select('shared_notes')
      .where('id', '=', conversationId)
      .executeTakeFirstOrThrow();
    expect(stored.shared_notes).not.toContain('Goed gesprek');

    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/sign-in',
      payload: { email: 'hr@delinde.demo', password: demoPassword, organisation: 'de-linde\u0000' },
    });
    expect(signIn.statusCode).toBe(400);
    expect(signIn.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
      ['organisation', 'invalidCharacters'],
    ]);
  });

  it('is named at its place in nested bodies, in object keys, in the query and in the path', async () => {
    const nested = await hr.post('/api/v1/job-roles', {
      name: { nl: 'Rol\u0000', en: 'Role' },
      description: { nl: 'ok', en: '\ud800' },
    });
    expect(nested.json<Problem>().errors?.map((e) => e.field)).toEqual(['description.en', 'name.nl']);
    const key = await employee.request(
      'PATCH',
      `/api/v1/conversations/${conversationId}`,
      '{"ratings":{"a\\u0000":3}}',
      {
        'content-type': 'application/json',
      },
    );
    expect(key.json<Problem>().errors?.map((e) => e.field)).toEqual(['ratings.a\\u0000']);
    const query = await hr.get('/api/v1/people?q=Zo%00');
    expect(query.json<Problem>().errors?.map((e) => e.field)).toEqual(['querystring.q']);
    const path = await hr.get('/api/v1/people/abc%00');
    expect(path.json<Problem>().errors?.map((e) => e.field)).toEqual(['params.id']);
  });
});

describe('a name that is already taken', () => {
  it('answers 400 naming the field when a job role is renamed to another role’s name, and keeps the old name', async () => {
    const roles = (await hr.get('/api/v1/job-roles')).json<
      { id: string; name: { nl: string; en: string } }[]
    >();
    const [first, second] = roles;
    const role = (await hr.get(`/api/v1/job-roles/${first!.id}`)).json<{
      skills: { skillId: string; targetLevel: number }[];
      leadsTo: string[];
    }>();
    const response = await hr.put(`/api/v1/job-roles/${first!.id}`, {
      name: { nl: second!.name.nl.toUpperCase(), en: 'Renamed' },
      skills: role.skills,
      leadsTo: role.leadsTo,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>()).toMatchObject({
      code: 'validation_failed',
      errors: [{ field: 'name.nl', code: 'taken' }],
    });
    expect(response.body).not.toMatch(/job_roles|constraint|duplicate key/i);
    const after = (await hr.get(`/api/v1/job-roles/${first!.id}`)).json<{ name: { nl: string } }>();
    expect(after.name.nl).toBe(first!.name.nl);
  });
});

describe('what the database refuses', () => {
  class RolledBack extends Error {}
  /** Runs the statement in a transaction that is always rolled back; answers what the client would get. */
  const refusal = async (statement: ReturnType<typeof sql>) => {
    const error = await db
      .transaction()
      .execute(async (trx) => {
        await statement.execute(trx);
        throw new RolledBack();
      })
      .catch((caught: unknown) => caught);
    expect(error, 'the statement should fail').not.toBeInstanceOf(RolledBack);
    return problemOfDatabaseError(error);
  };
  const organisationId = async () =>
    (await db.selectFrom('organisations').select('id').executeTakeFirstOrThrow()).id;

  it('becomes a 4xx naming the field where the constraint tells it, on PGlite and PostgreSQL alike', async () => {
    const org = await organisationId();
    const role = await db.selectFrom('job_roles').select(['name_nl']).executeTakeFirstOrThrow();
    const unique = await refusal(
      sql`INSERT INTO job_roles (organisation_id, name_nl, name_en) VALUES (${org}, ${role.name_nl}, 'x')`,
    );
    expect([unique?.code, unique?.errors]).toEqual([
      'validation_failed',
      [{ field: 'name.nl', message: 'is already used', code: 'taken' }],
    ]);
    const person = await db.selectFrom('people').select(['email']).executeTakeFirstOrThrow();
    const email = await refusal(
      sql`UPDATE people SET email = ${person.email} WHERE email <> ${person.email}`,
    );
    expect(email?.errors).toEqual([{ field: 'email', message: 'is already used', code: 'taken' }]);
    const reference = await refusal(
      sql`INSERT INTO person_job_roles (organisation_id, person_id, job_role_id) VALUES (${org}, gen_random_uuid(), gen_random_uuid())`,
    );
    expect(reference?.errors).toEqual([
      { field: 'personId', message: 'no such item in this organisation', code: 'unknownReference' },
    ]);
    const inUse = await refusal(sql`DELETE FROM org_units`);
    expect(inUse?.code).toBe('conflict');
    const check = await refusal(sql`UPDATE organisations SET default_locale = 'xx'`);
    expect(check?.errors).toEqual([
      { field: 'defaultLocale', message: 'is not an allowed value', code: 'invalid' },
    ]);
    const notNull = await refusal(sql`UPDATE people SET email = NULL`);
    expect(notNull?.errors).toEqual([{ field: 'email', message: 'is required', code: 'required' }]);
  });

  it('treats bad values (text for a uuid, NUL, numbers and dates out of range) as the client’s, never SQL', async () => {
    const cases = [
      [sql`SELECT 'abc'::uuid`, 'is not a valid value'],
      [sql`SELECT ${'a\u0000b'}::text`, 'contains a character that is not allowed'],
      [sql`SELECT ${'{"a":"\\u0000"}'}::jsonb ->> 'a'`, 'contains a character that is not allowed'],
      [sql`SELECT 2147483648::int4`, 'is not a valid value'],
      [sql`SELECT '0000-01-01'::date`, 'is not a valid value'],
    ] as const;
    for (const [statement, message] of cases) {
      const problem = await refusal(statement);
      expect([problem?.code, problem?.message]).toEqual(['validation_failed', message]);
    }
    // Our own mistakes stay a 500.
    expect(await refusal(sql`SELECT 1 / 0`)).toBeNull();
    expect(await refusal(sql`SELECT * FROM no_such_table`)).toBeNull();
  });
});

describe('a JSON body over 1 MiB', () => {
  it('is answered 413 body_too_large, not "the file is too large"', async () => {
    const response = await hr.post('/api/v1/job-roles', { name: { nl: 'x'.repeat(1_100_000), en: 'x' } });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'body_too_large',
      title: 'The request body is too large.',
    });
  });
});

describe('dates', () => {
  it('refuses a meeting in the year 1 or 9999 with a 400 naming the field, and takes one next year', async () => {
    for (const meetingAt of ['0001-01-01T09:00:00Z', '9999-12-31T09:00:00+01:00', '1899-12-31T23:00:00Z']) {
      const response = await employee.put(`/api/v1/conversations/${conversationId}/meeting`, { meetingAt });
      expect(response.statusCode, meetingAt).toBe(400);
      expect(response.json<Problem>().errors).toEqual([
        { field: 'meetingAt', message: 'must be between 1900-01-01 and 2199-12-31', code: 'outOfRange' },
      ]);
    }
    const nextYear = `${thisYear() + 1}-03-02T09:30:00+01:00`;
    const planned = await employee.put(`/api/v1/conversations/${conversationId}/meeting`, {
      meetingAt: nextYear,
    });
    expect(planned.statusCode).toBe(200);
    const ics = await employee.get(`/api/v1/conversations/${conversationId}/invite.ics`);
    expect(ics.body).toContain(`DTSTART:${thisYear() + 1}0302T083000Z`);
  });

  it('refuses a calendar date outside 1900–2199 in any body that takes one', async () => {
    for (const dueDate of ['0001-01-01', '9999-12-31']) {
      const response = await employee.patch(`/api/v1/plans/${planId}/actions/${actionId}`, { dueDate });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
        ['dueDate', 'outOfRange'],
      ]);
    }
    const fine = await employee.patch(`/api/v1/plans/${planId}/actions/${actionId}`, {
      dueDate: '2199-12-31',
    });
    expect(fine.statusCode).toBe(200);
  });
});
