import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { type ResponseOptions, type SamlIdp, startSamlIdp } from './sso.saml-idp.ts';

// SAML 2.0 through the real app against a signing IdP in the test process (sso.saml-idp.ts): the
// AuthnRequest the app sends is answered with a signed assertion and posted to the ACS as a browser
// would. Each kind of bad answer is refused with invalid_response and no session.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let idp: SamlIdp;
let sp: { samlEntityId: string; samlAcsUrl: string };

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  idp = startSamlIdp();
  const saved = await org.as.owner.put('/api/v1/sso/settings', {
    protocol: 'saml',
    displayName: 'Zorg SAML',
    isEnabled: true,
    mode: 'optional',
    matchBy: 'email',
    createsPeople: false,
    saml: { metadataXml: idp.metadataXml },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  sp = saved.json<{ serviceProvider: typeof sp }>().serviceProvider;
});
afterAll(() => idp.close());

/** Starts a sign-in at the app, lets the IdP answer (changed by `options`), posts it to the ACS. */
async function samlSignIn(options: Partial<ResponseOptions> = {}, post?: (samlResponse: string) => string) {
  const start = await app.inject({
    method: 'GET',
    url: `/sso/${org.organisation.slug}/start?redirect=/plan`,
  });
  expect(start.statusCode).toBe(303);
  const request = idp.readRequest(String(start.headers.location));
  const samlResponse = idp.respond({
    inResponseTo: request.id,
    acsUrl: request.acsUrl,
    audience: sp.samlEntityId,
    nameId: org.people.employee.email,
    attributes: { email: org.people.employee.email, givenName: 'Emre' },
    ...options,
  });
  return postToAcs(post ? post(samlResponse) : samlResponse, request.relayState);
}

async function postToAcs(samlResponse: string, relayState: string) {
  const acs = await app.inject({
    method: 'POST',
    url: new URL(sp.samlAcsUrl).pathname,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ SAMLResponse: samlResponse, RelayState: relayState }).toString(),
  });
  return {
    acs,
    samlResponse,
    relayState,
    location: String(acs.headers.location),
    session: acs.cookies.find((cookie) => cookie.name === 'gp_session')?.value,
  };
}

const refused = (result: Awaited<ReturnType<typeof samlSignIn>>, reason = 'invalid_response') => {
  expect(result.acs.statusCode).toBe(303);
  expect(result.location).toContain(`ssoError=${reason}`);
  expect(result.session).toBeUndefined();
};

describe('SAML sign-in against a signing IdP', () => {
  it('sends an AuthnRequest to the IdP with our ACS, and publishes SP metadata', async () => {
    const start = await app.inject({ method: 'GET', url: `/sso/${org.organisation.slug}/start` });
    expect(String(start.headers.location)).toMatch(/^https:\/\/idp\.zorg\.example\/saml\/sso\?SAMLRequest=/);
    expect(idp.readRequest(String(start.headers.location)).acsUrl).toBe(sp.samlAcsUrl);
    const metadata = await app.inject({ method: 'GET', url: new URL(sp.samlEntityId).pathname });
    expect(metadata.body).toContain(`entityID="${sp.samlEntityId}"`);
    expect(metadata.body).toContain(sp.samlAcsUrl);
  });

  it('a signed assertion signs the person in and lands on the page asked for', async () => {
    const { acs, location, session } = await samlSignIn();
    expect(acs.statusCode).toBe(303);
    expect(location).toBe('/plan');
    const me = await app.inject({ method: 'GET', url: '/api/v1/me', cookies: { gp_session: session ?? '' } });
    expect(me.json()).toMatchObject({ person: { email: org.people.employee.email } });
  });

  it('refuses an unsigned assertion', async () => {
    refused(await samlSignIn({ signed: false }));
  });

  it('refuses a tampered assertion: signed, then the e-mail address changed to someone else’s', async () => {
    const owner = org.people.owner.email;
    const employee = org.people.employee.email;
    refused(await samlSignIn({ tamper: (xml) => xml.replaceAll(employee, owner) }));
  });

  it('refuses an assertion signed by another key', async () => {
    const stranger = startSamlIdp();
    try {
      const start = await app.inject({ method: 'GET', url: `/sso/${org.organisation.slug}/start` });
      const request = idp.readRequest(String(start.headers.location));
      const forged = stranger.respond({
        inResponseTo: request.id,
        acsUrl: request.acsUrl,
        audience: sp.samlEntityId,
        nameId: org.people.employee.email,
      });
      refused(await postToAcs(forged, request.relayState));
    } finally {
      stranger.close();
    }
  });

  it('refuses a replayed assertion, even with a fresh sign-in started', async () => {
    const first = await samlSignIn({ assertionId: '_replayed-assertion' });
    expect(first.session).toBeDefined();
    // The same login again: its RelayState was taken once.
    refused(await postToAcs(first.samlResponse, first.relayState), 'expired');
    // A new sign-in, answered with an assertion whose ID was seen before.
    refused(await samlSignIn({ assertionId: '_replayed-assertion' }));
  });

  it('refuses a wrong audience', async () => {
    refused(await samlSignIn({ audience: 'https://another-sp.example/metadata' }));
  });

  it('refuses an expired assertion', async () => {
    refused(await samlSignIn({ issuedAt: new Date(Date.now() - 60 * 60_000), validForMs: 5 * 60_000 }));
  });

  it('refuses an answer to another AuthnRequest and one for another recipient', async () => {
    refused(await samlSignIn({ inResponseTo: '_not-our-request' }));
    refused(await samlSignIn({ acsUrl: 'https://evil.example/acs' }));
  });

  it('refuses someone the organisation does not know', async () => {
    refused(
      await samlSignIn({ nameId: 'onbekend@zorg.example', attributes: { email: 'onbekend@zorg.example' } }),
      'unknown_person',
    );
  });

  it('an answer posted to another organisation’s ACS does not sign in there', async () => {
    const other = await buildOrganisation(db);
    const start = await app.inject({ method: 'GET', url: `/sso/${org.organisation.slug}/start` });
    const request = idp.readRequest(String(start.headers.location));
    const answer = idp.respond({
      inResponseTo: request.id,
      acsUrl: request.acsUrl,
      audience: sp.samlEntityId,
      nameId: org.people.employee.email,
    });
    const acs = await app.inject({
      method: 'POST',
      url: `/sso/${other.slug}/saml/acs`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ SAMLResponse: answer, RelayState: request.relayState }).toString(),
    });
    expect(String(acs.headers.location)).toContain('ssoError=');
    expect(acs.cookies.find((cookie) => cookie.name === 'gp_session')).toBeUndefined();
  });
});
