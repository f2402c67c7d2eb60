import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// The three routes of the content languages (own nudge texts, the announcement languages) at their
// edges: signed out, the wrong role, another organisation, and input no text field may hold.
const { app, db } = await startTestApp();
let mine: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let theirs: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
type Kind = { kind: string; texts: { language: string; text: string }[] };
const stalled = async (org: typeof mine) =>
  (await org.as.ldAdmin.get('/api/v1/nudge-texts')).json<Kind[]>().find((k) => k.kind === 'stalled')!;

beforeAll(async () => {
  mine = await buildOrganisationWithRoles(app, db);
  theirs = await buildOrganisationWithRoles(app, db);
});

describe('own nudge texts and announcement languages at the edges', () => {
  it('answer 401 signed out and 403 to an employee', async () => {
    for (const [method, url] of [
      ['GET', '/api/v1/nudge-texts'],
      ['PUT', '/api/v1/nudge-texts/stalled'],
      ['GET', '/api/v1/announcements/languages'],
    ] as const) {
      const anonymous = await app.inject({
        method,
        url,
        payload: method === 'PUT' ? { texts: [] } : undefined,
      });
      expect(anonymous.statusCode, url).toBe(401);
    }
    expect((await mine.as.employee.get('/api/v1/nudge-texts')).statusCode).toBe(403);
    expect((await mine.as.employee.put('/api/v1/nudge-texts/stalled', { texts: [] })).statusCode).toBe(403);
  });

  it("keeps each organisation's texts its own", async () => {
    const saved = await mine.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {
      texts: [{ language: 'nl', text: 'Nog even verder met {title}?' }],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await stalled(theirs)).texts).toEqual([]);
    expect((await theirs.as.ldAdmin.put('/api/v1/nudge-texts/stalled', { texts: [] })).statusCode).toBe(200);
    expect((await stalled(mine)).texts.map((t) => t.text)).toEqual(['Nog even verder met {title}?']);
  });

  it('refuses an unknown kind, {}, NUL and a lone surrogate naming the field, and changes nothing', async () => {
    const before = await stalled(mine);
    const unknown = await mine.as.ldAdmin.put('/api/v1/nudge-texts/nope', { texts: [] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('kind');
    const empty = await mine.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {});
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain('texts');
    for (const text of ['Hallo\u0000{title}', 'Hallo \ud800 {title}']) {
      const bad = await mine.as.ldAdmin.put('/api/v1/nudge-texts/stalled', {
        texts: [{ language: 'nl', text }],
      });
      expect(bad.statusCode, bad.body).toBe(400);
      expect(bad.body).toContain('texts');
    }
    expect(await stalled(mine)).toEqual(before);
  });
});
