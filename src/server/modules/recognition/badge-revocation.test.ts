import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// Taking a badge back: whoever may award it revokes with a reason; the person no longer sees the badge,
// its Open Badges credential verifies as revoked, the criteria never give it back; audited.
const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;

async function manualBadge(name: string) {
  const made = await org.as.ldAdmin.post('/api/v1/badges', {
    name,
    description: `${name}: voor wie het verschil maakt.`,
    criteriaNarrative: 'Met de hand toegekend.',
    criteriaKind: 'manual',
  });
  expect(made.statusCode).toBe(201);
  return made.json<Json>().id as string;
}

async function holders(badgeId: string) {
  const answer = await org.as.ldAdmin.get(`/api/v1/badges/${badgeId}/awards`);
  expect(answer.statusCode).toBe(200);
  return answer.json<Json[]>();
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('revoking a badge award', () => {
  it('L&D takes a badge back: gone for the person, the credential is revoked, audited; a new award by hand is a new credential', async () => {
    const badgeId = await manualBadge('Collega van de maand');
    const awarded = await org.as.ldAdmin.post(`/api/v1/badges/${badgeId}/awards`, {
      personId: org.people.employee.id,
      reason: 'Altijd paraat',
    });
    expect(awarded.statusCode).toBe(201);
    const [holder] = await holders(badgeId);
    expect(holder).toMatchObject({
      person: { id: org.people.employee.id },
      reason: 'Altijd paraat',
      isManual: true,
      canRevoke: true,
    });
    const credential = (await org.as.employee.get('/api/v1/credentials/mine'))
      .json<Json[]>()
      .find((c) => c.kind === 'badge' && c.title === 'Collega van de maand')!;
    expect(credential.revokedAt).toBeNull();

    const revoked = await org.as.ldAdmin.post(`/api/v1/badge-awards/${holder!.id}/revocation`, {
      reason: 'Per vergissing toegekend',
    });
    expect(revoked.statusCode).toBe(204);

    const me = (await org.as.employee.get('/api/v1/recognition/me')).json<Json>();
    expect(me.badges.map((b: Json) => b.name)).not.toContain('Collega van de maand');
    const seenByColleague = (
      await org.as.manager.get(`/api/v1/recognition/people/${org.people.employee.id}`)
    ).json<Json>();
    expect(seenByColleague.badges.map((b: Json) => b.name)).not.toContain('Collega van de maand');
    const celebrations = (await org.as.employee.get('/api/v1/celebrations/mine')).json<Json[]>();
    expect(celebrations.filter((c) => c.kind === 'badge' && c.title === 'Collega van de maand')).toEqual([]);
    expect((await org.as.ldAdmin.get(`/api/v1/badges/${badgeId}`)).json<Json>().awardedCount).toBe(0);
    expect(await holders(badgeId)).toEqual([]);

    // The Open Badges credential: revoked in the list and for every verifier.
    const after = (await org.as.employee.get('/api/v1/credentials/mine'))
      .json<Json[]>()
      .find((c) => c.id === credential.id)!;
    expect(after.revokedAt).not.toBeNull();
    const verdict = (
      await org.anonymous.get(`/api/v1/credentials/public/${credential.id}/verification`)
    ).json<Json>();
    expect(verdict.status).toBe('revoked');

    const audit = (await org.as.owner.get(`/api/v1/events?subjectId=${badgeId}`)).json<{
      items: { action: string; changes: Json }[];
    }>();
    expect(audit.items.find((event) => event.action === 'badge.revoked')?.changes).toMatchObject({
      personId: org.people.employee.id,
      reason: 'Per vergissing toegekend',
    });
    const credentialAudit = (await org.as.owner.get(`/api/v1/events?subjectId=${credential.id}`)).json<{
      items: { action: string }[];
    }>();
    expect(credentialAudit.items.map((event) => event.action)).toContain('credential.revoked');

    // Taken back once: a second time is not found.
    expect(
      (
        await org.as.ldAdmin.post(`/api/v1/badge-awards/${holder!.id}/revocation`, {
          reason: 'Nogmaals',
        })
      ).statusCode,
    ).toBe(404);

    // Awarded again by hand: shown again, with a new credential that is valid.
    expect(
      (
        await org.as.ldAdmin.post(`/api/v1/badges/${badgeId}/awards`, {
          personId: org.people.employee.id,
          reason: 'Nu terecht',
        })
      ).statusCode,
    ).toBe(201);
    const again = (await org.as.employee.get('/api/v1/credentials/mine'))
      .json<Json[]>()
      .filter((c) => c.kind === 'badge' && c.title === 'Collega van de maand');
    expect(again.map((c) => c.revokedAt === null).sort()).toEqual([false, true]);
  });

  it('a manager takes back their report’s badge; a colleague may not, another organisation finds nothing', async () => {
    const badgeId = await manualBadge('Teamspeler');
    await org.as.manager.post(`/api/v1/badges/${badgeId}/awards`, {
      personId: org.people.employee.id,
      reason: 'Helpt iedereen',
    });
    const [holder] = await holders(badgeId);
    const url = `/api/v1/badge-awards/${holder!.id}/revocation`;

    expect((await org.anonymous.post(url, { reason: 'Weg ermee' })).statusCode).toBe(401);
    expect((await org.as.employee.post(url, { reason: 'Weg ermee' })).statusCode).toBe(403);
    expect((await org.as.hrAdmin.get(`/api/v1/badges/${badgeId}/awards`)).statusCode).toBe(200);
    expect((await org.as.employee.get(`/api/v1/badges/${badgeId}/awards`)).statusCode).toBe(403);
    expect((await org.anonymous.get(`/api/v1/badges/${badgeId}/awards`)).statusCode).toBe(401);
    expect((await other.as.ldAdmin.get(`/api/v1/badges/${badgeId}/awards`)).statusCode).toBe(404);
    expect((await other.as.ldAdmin.post(url, { reason: 'Weg ermee' })).statusCode).toBe(404);
    expect((await other.as.owner.post(url, { reason: 'Weg ermee' })).statusCode).toBe(404);

    const empty = await org.as.manager.post(url, { reason: '   ' });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('reason');
    const missing = await org.as.manager.post(url, {});
    expect(missing.statusCode).toBe(400);
    expect(JSON.stringify(missing.json())).toContain('reason');
    // Nothing of that changed anything.
    expect((await holders(badgeId)).map((h) => h.id)).toEqual([holder!.id]);

    expect((await org.as.manager.post(url, { reason: 'Niet verdiend' })).statusCode).toBe(204);
    expect(await holders(badgeId)).toEqual([]);
  });

  it('an automatic badge taken back is not awarded again by its criteria', async () => {
    const item = (
      await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Overdracht SBAR'))
    ).json<Json>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    const path = (
      await org.as.ldAdmin.post('/api/v1/catalogue/paths', {
        language: 'nl',
        title: 'Goed overdragen',
        steps: [{ kind: 'content', id: item.id }],
      })
    ).json<Json>();
    await org.as.ldAdmin.post(`/api/v1/catalogue/paths/${path.id}/status`, { status: 'published' });
    const badgeId = (
      await org.as.ldAdmin.post('/api/v1/badges', {
        name: 'Overdrager',
        description: 'Draagt over met SBAR.',
        criteriaNarrative: 'Rond het leerpad Goed overdragen af.',
        criteriaKind: 'path_completed',
        criteriaSubjectId: path.id,
      })
    ).json<Json>().id as string;
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'path', id: path.id });
    await org.as.employee.post(`/api/v1/learning/items/${item.id}/done`);
    const [holder] = await holders(badgeId);
    expect(holder).toMatchObject({ person: { id: org.people.employee.id }, isManual: false });

    expect(
      (
        await org.as.ldAdmin.post(`/api/v1/badge-awards/${holder!.id}/revocation`, {
          reason: 'Pad door een ander afgerond',
        })
      ).statusCode,
    ).toBe(204);
    await runJob('recognition.badges', { db, config });
    expect(await holders(badgeId)).toEqual([]);
    const me = (await org.as.employee.get('/api/v1/recognition/me')).json<Json>();
    expect(me.badges.map((b: Json) => b.name)).not.toContain('Overdrager');
  });
});
