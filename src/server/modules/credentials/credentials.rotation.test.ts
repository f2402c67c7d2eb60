import { describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// Key rotation: L&D replaces the signing key; the issuer document and its did:web alias list both
// keys; a credential signed before still verifies; roles and other organisations are refused.

const { app, db, config } = await startTestApp();
const org = await buildOrganisationWithRoles(app, db);
const other = await buildOrganisationWithRoles(app, db);
// biome-ignore lint/suspicious/noExplicitAny: JSON-LD read loosely
type Json = Record<string, any>;

describe('issuer key rotation and did:web', () => {
  it('publishes both keys after a rotation, under the https issuer and its did:web alias', async () => {
    const first = await org.as.ldAdmin.post('/api/v1/credentials/issuer-keys', {});
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ keyNumber: 2 });
    const issuer = `${config.baseUrl}/api/v1/credentials/issuers/${org.organisation.id}`;
    const document = (
      await org.anonymous.get(`/api/v1/credentials/issuers/${org.organisation.id}`)
    ).json<Json>();
    expect(document.assertionMethod).toEqual([`${issuer}#key-1`, `${issuer}#key-2`]);
    const did = (
      await org.anonymous.get(`/api/v1/credentials/issuers/${org.organisation.id}/did.json`)
    ).json<Json>();
    expect(did.id).toMatch(/^did:web:groeipad\.test:api:v1:credentials:issuers:/);
    expect(did.alsoKnownAs).toEqual([issuer]);
    expect(did.verificationMethod.map((k: Json) => k.publicKeyMultibase)).toEqual(
      document.verificationMethod.map((k: Json) => k.publicKeyMultibase),
    );
    expect(JSON.stringify(did)).not.toMatch(/secretKey/);
  });

  it('lets only L&D rotate, and only its own organisation', async () => {
    expect((await org.as.employee.post('/api/v1/credentials/issuer-keys', {})).statusCode).toBe(403);
    expect((await org.anonymous.post('/api/v1/credentials/issuer-keys', {})).statusCode).toBe(401);
    await other.as.ldAdmin.post('/api/v1/credentials/issuer-keys', {});
    const ours = (await org.anonymous.get(`/api/v1/credentials/issuers/${org.organisation.id}`)).json<Json>();
    expect(ours.assertionMethod).toHaveLength(2);
    expect(
      (await org.anonymous.get('/api/v1/credentials/issuers/00000000-0000-4000-8000-000000000000/did.json'))
        .statusCode,
    ).toBe(404);
  });

  it("lists L&D's numbered keys, newest signing, public parts only, and only the organisation's own", async () => {
    const listed = await org.as.ldAdmin.get('/api/v1/credentials/issuer-keys');
    expect(listed.statusCode, listed.body).toBe(200);
    const keys = listed.json<Json[]>();
    expect(keys.map((k) => [k.keyNumber, k.isSigning])).toEqual([
      [2, true],
      [1, false],
    ]);
    expect(keys[1]?.retiredAt).toEqual(expect.any(String));
    expect(keys[0]?.keyId).toBe(`${config.baseUrl}/api/v1/credentials/issuers/${org.organisation.id}#key-2`);
    expect(listed.body).not.toMatch(/secret/i);
    const fresh = await buildOrganisationWithRoles(app, db);
    const first = (await fresh.as.ldAdmin.get('/api/v1/credentials/issuer-keys')).json<Json[]>();
    expect(first.map((k) => k.keyNumber)).toEqual([1]);
    expect((await org.as.employee.get('/api/v1/credentials/issuer-keys')).statusCode).toBe(403);
    expect((await org.anonymous.get('/api/v1/credentials/issuer-keys')).statusCode).toBe(401);
  });
});
