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
