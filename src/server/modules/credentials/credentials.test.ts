import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';
import { unbakePng } from './credentials.baking.ts';
import { documentLoader } from './credentials.loader.ts';
import { isIndexSet } from './credentials.status.ts';

// Credentials checked the way an outside verifier would: @digitalbazaar/vc with the eddsa-rdfc-2022
// cryptosuite, the issuer key and status list fetched from Groeipad's public endpoints (through the app,
// no network), JSON-LD contexts from the bundled packages.
const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: credentials are read loosely below
type Json = Record<string, any>;

/** A loader that dereferences Groeipad URLs over its public HTTP API, anonymously. */
const published = documentLoader(async (url) => {
  if (!url.startsWith(config.baseUrl)) return undefined;
  const response = await org.anonymous.get(url.slice(config.baseUrl.length).replace(/#.*$/, ''));
  if (response.statusCode !== 200) return undefined;
  const document = response.json<Json>();
  // A key id is a fragment of the issuer's document.
  if (url.includes('#'))
    return {
      '@context': 'https://w3id.org/security/multikey/v1',
      ...document.verificationMethod.find((k: Json) => k.id === url),
    };
  return document;
});

async function independentlyVerify(credential: object) {
  let revoked = false;
  const suite = new DataIntegrityProof({ cryptosuite });
  const result = await vc.verifyCredential({
    credential,
    suite,
    documentLoader: published,
    checkStatus: async ({ credential: checked }) => {
      const status = checked.credentialStatus as Json;
      const { document: list } = await published(status.statusListCredential);
      const listResult = await vc.verifyCredential({
        credential: list as object,
        suite,
        documentLoader: published,
      });
      revoked = isIndexSet((list as Json).credentialSubject.encodedList, Number(status.statusListIndex));
      return { verified: listResult.verified && !revoked };
    },
  });
  return { verified: result.verified, revoked };
}

async function created(response: { statusCode: number; json<T>(): T }) {
  expect(response.statusCode).toBe(201);
  return response.json<Json>();
}

/** A published course of one article; finishing it earns a certificate. */
async function course(title: string) {
  const item = await created(await org.as.ldAdmin.post('/api/v1/catalogue/items', article(`${title} – les`)));
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  const made = await created(
    await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title,
      summary: `Alles over ${title.toLowerCase()}`,
      sections: [{ title: 'Start', contentIds: [item.id] }],
      topics: ['Zorg'],
    }),
  );
  await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${made.id}/status`, { status: 'published' });
  return { courseId: made.id as string, itemId: item.id as string };
}

let certificateCredentialId: string;
let badgeCredentialId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

describe('issued on earn', () => {
  it('finishing a course gives a signed OpenBadgeCredential an outside verifier accepts', async () => {
    const { courseId, itemId } = await course('Veilig tillen');
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'course', id: courseId });
    expect((await org.as.employee.post(`/api/v1/learning/items/${itemId}/done`)).statusCode).toBe(200);

    const mine = (await org.as.employee.get('/api/v1/credentials/mine')).json<Json[]>();
    expect(mine).toEqual([
      expect.objectContaining({ kind: 'certificate', title: 'Veilig tillen', revokedAt: null }),
    ]);
    certificateCredentialId = mine[0]!.id;
    expect(mine[0]!.shareUrl).toBe(`${config.baseUrl}/verify/credentials/${certificateCredentialId}`);

    const credential = (
      await org.anonymous.get(`/api/v1/credentials/public/${certificateCredentialId}`)
    ).json<Json>();
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential['@context']).toContain('https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json');
    expect(credential.proof).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' });
    expect(credential.credentialSubject.achievement).toMatchObject({
      type: ['Achievement'],
      name: 'Veilig tillen',
      description: 'Alles over veilig tillen',
    });
    expect(credential.credentialSubject.identifier[0].identityHash).toContain('Emre');
    expect(credential.credentialStatus.type).toBe('BitstringStatusListEntry');
    expect(await independentlyVerify(credential)).toEqual({ verified: true, revoked: false });
  });

  it('a badge award is a credential too', async () => {
    const badge = await created(
      await org.as.ldAdmin.post('/api/v1/badges', {
        name: 'Tilcoach',
        description: 'Helpt collega’s veilig tillen.',
        criteriaNarrative: 'Door L&D toegekend aan wie anderen leert tillen.',
        criteriaKind: 'manual',
      }),
    );
    const awarded = await org.as.ldAdmin.post(`/api/v1/badges/${badge.id}/awards`, {
      personId: org.people.employee.id,
      reason: 'Leerde het hele team tillen.',
    });
    expect(awarded.statusCode).toBeLessThan(300);
    const mine = (await org.as.employee.get('/api/v1/credentials/mine')).json<Json[]>();
    const entry = mine.find((c) => c.kind === 'badge')!;
    expect(entry.title).toBe('Tilcoach');
    badgeCredentialId = entry.id;
    const credential = (await org.anonymous.get(`/api/v1/credentials/public/${entry.id}`)).json<Json>();
    expect(credential.credentialSubject.achievement).toMatchObject({
      achievementType: 'Badge',
      criteria: { narrative: 'Door L&D toegekend aan wie anderen leert tillen.' },
    });
    expect(credential.evidence[0].narrative).toBe('Leerde het hele team tillen.');
    expect(await independentlyVerify(credential)).toEqual({ verified: true, revoked: false });
  });
});

describe('verification', () => {
  it('the public page says valid; one changed byte makes it tampered', async () => {
    const verdict = (
      await org.anonymous.get(`/api/v1/credentials/public/${certificateCredentialId}/verification`)
    ).json<Json>();
    expect(verdict).toMatchObject({
      status: 'valid',
      title: 'Veilig tillen',
      issuerName: expect.any(String),
    });

    const credential = (
      await org.anonymous.get(`/api/v1/credentials/public/${certificateCredentialId}`)
    ).json<Json>();
    const text = JSON.stringify(credential).replace('Veilig tillen', 'Veilig tiLlen');
    const tampered = JSON.parse(text);
    expect((await independentlyVerify(tampered)).verified).toBe(false);
    const posted = (await org.anonymous.post('/api/v1/credentials/verify', tampered)).json<Json>();
    expect(posted.status).toBe('tampered');
    expect((await org.anonymous.post('/api/v1/credentials/verify', credential)).json<Json>().status).toBe(
      'valid',
    );
  });

  it('the baked PNG and SVG carry the same credential', async () => {
    const png = await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}/baked/png`);
    expect(png.headers['content-type']).toBe('image/png');
    const baked = unbakePng(png.rawPayload) as Json;
    expect(baked.id).toBe(`${config.baseUrl}/api/v1/credentials/public/${badgeCredentialId}`);
    expect(await independentlyVerify(baked)).toEqual({ verified: true, revoked: false });
    const svg = await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}/baked/svg`);
    expect(svg.body).toContain('<openbadges:credential><![CDATA[{');
  });

  it('after L&D revokes, every verifier says revoked; the status list is signed', async () => {
    expect(
      (
        await org.as.employee.post(`/api/v1/credentials/revocations/${certificateCredentialId}`, {
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const empty = await org.as.ldAdmin.post(`/api/v1/credentials/revocations/${certificateCredentialId}`, {
      reason: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain('reason');
    const revoked = await org.as.ldAdmin.post(`/api/v1/credentials/revocations/${certificateCredentialId}`, {
      reason: 'Ten onrechte uitgereikt',
    });
    expect(revoked.statusCode).toBe(204);
    expect(
      (
        await org.as.ldAdmin.post(`/api/v1/credentials/revocations/${certificateCredentialId}`, {
          reason: 'Nog eens',
        })
      ).statusCode,
    ).toBe(409);
    const credential = (
      await org.anonymous.get(`/api/v1/credentials/public/${certificateCredentialId}`)
    ).json<Json>();
    expect(await independentlyVerify(credential)).toEqual({ verified: false, revoked: true });
    const verdict = await org.anonymous.get(
      `/api/v1/credentials/public/${certificateCredentialId}/verification`,
    );
    expect(verdict.json<Json>().status).toBe('revoked');
    // The other credential of the same person is untouched.
    const badge = (await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}`)).json<Json>();
    expect(await independentlyVerify(badge)).toEqual({ verified: true, revoked: false });
    const mine = (await org.as.employee.get('/api/v1/credentials/mine')).json<Json[]>();
    expect(mine.find((c) => c.id === certificateCredentialId)!.revokedAt).not.toBeNull();
  });

  it('still verifies after the person has left', async () => {
    expect(
      (await org.as.hrAdmin.post(`/api/v1/people/${org.people.employee.id}/deactivate`, {})).statusCode,
    ).toBeLessThan(300);
    const verdict = await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}/verification`);
    expect(verdict.json<Json>().status).toBe('valid');
  });
});

describe('keys and tenancy', () => {
  it('the issuer document publishes the public key and never the secret', async () => {
    const issuer = await org.anonymous.get(`/api/v1/credentials/issuers/${org.organisation.id}`);
    expect(issuer.statusCode).toBe(200);
    expect(issuer.json<Json>().verificationMethod[0]).toMatchObject({ type: 'Multikey' });
    expect(issuer.body).not.toMatch(/secret/i);
    const row = await db
      .selectFrom('credential_issuers')
      .select('secret_key_sealed')
      .where('organisation_id', '=', org.organisation.id)
      .executeTakeFirstOrThrow();
    const everything = [
      issuer.body,
      (await org.anonymous.get(`/api/v1/credentials/issuers/${org.organisation.id}/status-list`)).body,
      (await org.as.owner.get('/api/v1/credentials')).body,
      (await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}`)).body,
    ].join('\n');
    expect(everything).not.toContain(row.secret_key_sealed);
    expect(everything).not.toContain('secretKeyMultibase');
  });

  it("another organisation cannot list or revoke this organisation's credentials", async () => {
    expect((await other.as.owner.get('/api/v1/credentials')).json<Json[]>()).toEqual([]);
    expect((await other.as.employee.get('/api/v1/credentials/mine')).json<Json[]>()).toEqual([]);
    const revoke = await other.as.owner.post(`/api/v1/credentials/revocations/${badgeCredentialId}`, {
      reason: 'Weg',
    });
    expect(revoke.statusCode).toBe(404);
  });

  it('a credential signed with another organisation’s key does not verify as this issuer', async () => {
    const badge = (await org.anonymous.get(`/api/v1/credentials/public/${badgeCredentialId}`)).json<Json>();
    await other.as.ldAdmin.post('/api/v1/badges', {
      name: 'X',
      description: 'X',
      criteriaNarrative: 'X',
      criteriaKind: 'manual',
    });
    // The proof names this organisation's key; pointing it at the other issuer's key breaks it.
    await runJob('credentials.issue', { db, config });
    const otherIssuer = `${config.baseUrl}/api/v1/credentials/issuers/${other.organisation.id}`;
    const swapped = { ...badge, proof: { ...badge.proof, verificationMethod: `${otherIssuer}#key-1` } };
    expect((await org.anonymous.post('/api/v1/credentials/verify', swapped)).json<Json>().status).toBe(
      'tampered',
    );
  });

  it('roles: only L&D (and the owner) list and revoke', async () => {
    // (The employee has left by now; the manager and HR stand for everyone without credentials.manage.)
    for (const as of [org.as.manager, org.as.hrAdmin])
      expect((await as.get('/api/v1/credentials')).statusCode).toBe(403);
    expect((await org.as.ldAdmin.get('/api/v1/credentials')).statusCode).toBe(200);
    expect((await org.anonymous.get('/api/v1/credentials/mine')).statusCode).toBe(401);
    expect((await org.anonymous.get('/api/v1/credentials')).statusCode).toBe(401);
  });
});

describe('retroactive issuing', () => {
  it('the job issues credentials for certificates and badges earned before, once', async () => {
    // Earlier certificates: rows written before credentials existed (no listener ran).
    const { courseId } = await course('Medicatie');
    const certificate = await db
      .insertInto('certificates')
      .values({
        organisation_id: org.organisation.id,
        person_id: org.people.manager.id,
        subject_kind: 'course',
        subject_id: courseId,
        title: 'Medicatie',
        recipient_name: 'Mila Manager',
        verification_code: 'retro-code-123456',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const first = await runJob('credentials.issue', { db, config });
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await runJob('credentials.issue', { db, config })).toBe(0);
    const row = await db
      .selectFrom('issued_credentials')
      .select(['id', 'person_id'])
      .where('source_id', '=', certificate.id)
      .executeTakeFirstOrThrow();
    expect(row.person_id).toBe(org.people.manager.id);
    const credential = (await org.anonymous.get(`/api/v1/credentials/public/${row.id}`)).json<Json>();
    expect(await independentlyVerify(credential)).toEqual({ verified: true, revoked: false });
  });
});
