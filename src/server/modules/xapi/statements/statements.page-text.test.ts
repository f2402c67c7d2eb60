import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { createLrsCredential, LrsClient, statement } from '../xapi.test-helpers.ts';

// A filtered page in the default format is written out by the database (findStatementsText); one
// statement by id is read back in the app (readBackText). A reader must not be able to tell them apart.
const { app, db } = await startTestApp();
let lrs: LrsClient;

beforeAll(async () => {
  const org = await buildOrganisationWithRoles(app, db);
  lrs = new LrsClient(app, await createLrsCredential(org.as.ldAdmin, ['all']));
});

type Result = { statements: Record<string, unknown>[]; more: string };

describe('a filtered page', () => {
  it('gives each statement exactly as it is given by its id: stored, timestamp (stored when none was sent), Last-Modified', async () => {
    const registration = crypto.randomUUID();
    const ids = (
      await lrs.postStatements([
        statement({ context: { registration } }),
        statement({ context: { registration }, timestamp: '2026-01-02T03:04:05.678Z' }),
        statement({ context: { registration }, result: { response: 'quote " and ünïcode ✓' } }),
      ])
    ).json<string[]>();
    const page = await lrs.getStatements({ registration });
    expect(page.statusCode).toBe(200);
    const { statements, more } = page.json<Result>();
    expect(more).toBe('');
    expect(statements.map((entry) => entry.id)).toEqual([...ids].reverse());
    for (const entry of statements) {
      const single = await lrs.getStatements({ statementId: String(entry.id) });
      expect(entry).toEqual(single.json());
      expect(typeof entry.stored).toBe('string');
    }
    const [third, second, first] = statements;
    expect(first!.timestamp).toBe(first!.stored);
    expect(second!.timestamp).toBe('2026-01-02T03:04:05.678Z');
    expect((third!.result as { response: string }).response).toBe('quote " and ünïcode ✓');
    const newest = Math.max(...statements.map((entry) => Date.parse(String(entry.stored))));
    expect(page.headers['last-modified']).toBe(new Date(newest).toUTCString());
  });

  it('says there is more exactly when there is, and an empty page is an empty list', async () => {
    const registration = crypto.randomUUID();
    expect((await lrs.getStatements({ registration })).json<Result>()).toEqual({ statements: [], more: '' });
    await lrs.postStatements([
      statement({ context: { registration } }),
      statement({ context: { registration } }),
    ]);
    expect((await lrs.getStatements({ registration, limit: '2' })).json<Result>().more).toBe('');
    expect((await lrs.getStatements({ registration, limit: '1' })).json<Result>().more).toMatch(
      /^\/xapi\/statements\?more=/,
    );
  });
});

describe('pages of every shape', () => {
  it('give the same statements whether the page size is written into the SQL or not, and past the prepared shapes', async () => {
    const registration = crypto.randomUUID();
    const posted = (
      await lrs.postStatements(Array.from({ length: 12 }, () => statement({ context: { registration } })))
    ).json<string[]>();
    const newestFirst = [...posted].reverse();
    const ids = async (params: Record<string, string>) => {
      const page = await lrs.getStatements({ registration, ...params });
      expect(page.statusCode).toBe(200);
      return page.json<Result>().statements.map((entry) => entry.id);
    };
    // 10 is one of the sizes written into the SQL, 7 and 11 are values.
    expect(await ids({ limit: '10' })).toEqual(newestFirst.slice(0, 10));
    expect(await ids({ limit: '7' })).toEqual(newestFirst.slice(0, 7));
    expect(await ids({ limit: '11', ascending: 'true' })).toEqual(posted.slice(0, 11));
    // More shapes than are kept prepared (64): filters, flags and directions in every combination.
    const since = '2000-01-01T00:00:00Z';
    const until = '2999-01-01T00:00:00Z';
    const variants: Record<string, string>[] = [];
    for (const limit of ['3', '5', '10', '20', '25'])
      for (const ascending of ['true', 'false'])
        for (const range of [{}, { since }, { until }, { since, until }] as Record<string, string>[])
          for (const related of [{}, { related_activities: 'true' }] as Record<string, string>[])
            variants.push({ limit, ascending, ...range, ...related });
    expect(variants.length).toBeGreaterThan(64);
    for (const variant of variants) {
      const size = Number(variant.limit);
      const expected = variant.ascending === 'true' ? posted.slice(0, size) : newestFirst.slice(0, size);
      expect(await ids(variant), JSON.stringify(variant)).toEqual(expected);
    }
  });
});
