import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { createLrsCredential, LrsClient, statement } from '../xapi.test-helpers.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

type Browsed = {
  id: string;
  actor: { name: string | null; identifier: { value: string } | null; agentKey: string | null };
  person: { id: string; displayName: string } | null;
  verb: { id: string; display: string };
  object: { id: string | null; name: string | null };
  result: { success: boolean | null } | null;
};
type Page = { statements: Browsed[]; nextCursor: string | null };

const completed = 'http://adlnet.gov/expapi/verbs/completed';
const attempted = 'http://adlnet.gov/expapi/verbs/attempted';

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const lrs = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['statements/write']));
  await lrs.postStatements([
    statement({
      actor: { name: 'Emre', mbox: `mailto:${org.people.employee.email}` },
      verb: { id: attempted, display: { 'en-US': 'attempted', 'nl-NL': 'geprobeerd' } },
      object: { id: 'https://sim.example/brandoefening', definition: { name: { 'nl-NL': 'Brandoefening' } } },
    }),
    statement({
      actor: { name: 'Emre', mbox: `mailto:${org.people.employee.email}` },
      object: { id: 'https://sim.example/brandoefening' },
      result: { success: true },
    }),
    statement({
      actor: { name: 'Gast', mbox: 'mailto:gast@sim.example' },
      object: { id: 'https://sim.example/ehbo' },
    }),
  ]);
  const elsewhere = new LrsClient(app, await createLrsCredential(other.as.ldAdmin, ['statements/write']));
  await elsewhere.postStatements([statement({ object: { id: 'https://sim.example/brandoefening' } })]);
});

const browse = async (query: string, as = org.as.ldAdmin) => {
  const response = await as.get(`/api/v1/lrs/statements?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
};

describe('the statement browser', () => {
  it('filters by person, verb and activity, in the reader’s language, newest first', async () => {
    const byPerson = await browse(`personId=${org.people.employee.id}`);
    expect(byPerson.statements.map((entry) => entry.verb.id)).toEqual([completed, attempted]);
    expect(byPerson.statements[1]).toMatchObject({
      person: { id: org.people.employee.id },
      verb: { display: 'geprobeerd' },
      object: { id: 'https://sim.example/brandoefening', name: 'Brandoefening' },
    });
    const byVerb = await browse(`verb=${encodeURIComponent(completed)}`);
    expect(byVerb.statements.map((entry) => entry.actor.name).sort()).toEqual(['Emre', 'Gast']);
    const byActivity = await browse(`activity=${encodeURIComponent('https://sim.example/brandoefening')}`);
    expect(byActivity.statements).toHaveLength(2);
    const guest = byVerb.statements.find((entry) => entry.actor.name === 'Gast')!;
    expect(guest.person).toBeNull();
    expect((await browse(`agentKey=${guest.actor.agentKey}`)).statements).toHaveLength(1);
  });

  it('filters by time and pages by cursor', async () => {
    const all = await browse('limit=2');
    expect(all.statements).toHaveLength(2);
    const rest = await browse(`limit=2&cursor=${all.nextCursor}`);
    expect(rest.statements).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    const future = new Date(Date.now() + 60_000).toISOString();
    expect((await browse(`since=${future}`)).statements).toEqual([]);
    expect((await browse(`until=${future}`)).statements).toHaveLength(3);
    const bad = await org.as.ldAdmin.get('/api/v1/lrs/statements?since=yesterday');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('querystring.since');
  });

  it('shows each organisation only its own statements, and only to L&D', async () => {
    expect((await browse('', other.as.ldAdmin)).statements).toHaveLength(1);
    expect((await browse(`personId=${org.people.employee.id}`, other.as.ldAdmin)).statements).toEqual([]);
    expect((await org.as.employee.get('/api/v1/lrs/statements')).statusCode).toBe(403);
  });
});
