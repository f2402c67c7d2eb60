import { type CacheProvider, SAML, ValidateInResponseTo } from '@node-saml/node-saml';
import { DOMParser } from '@xmldom/xmldom';
import { invalidField } from '../../http/errors.ts';

// SAML 2.0 service provider with @node-saml/node-saml. The IdP is known from its metadata (entity id,
// redirect-binding sign-in address, signing certificates). Assertions must be signed; audience, time
// window and InResponseTo are checked by the library, Recipient/Destination and replay here.

const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
const ds = 'http://www.w3.org/2000/09/xmldsig#';
const assertionNs = 'urn:oasis:names:tc:SAML:2.0:assertion';
const redirectBinding = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';

export type IdpMetadata = { entityId: string; signInUrl: string; certificates: string[] };

const parse = (xml: string) => {
  const errors: string[] = [];
  const document = new DOMParser({
    errorHandler: {
      warning: () => {},
      error: (message: string) => errors.push(message),
      fatalError: (message: string) => errors.push(message),
    },
  }).parseFromString(xml, 'text/xml');
  return { document, errors };
};

/** Reads IdP metadata; a 400 naming `saml.metadataXml` when something a sign-in needs is missing. */
export function readIdpMetadata(xml: string, field = 'saml.metadataXml'): IdpMetadata {
  const { document, errors } = parse(xml);
  const entity = document.getElementsByTagNameNS(md, 'EntityDescriptor')[0];
  if (errors.length || !entity)
    throw invalidField(field, 'is not SAML metadata (no EntityDescriptor)', 'invalid');
  const idp = entity.getElementsByTagNameNS(md, 'IDPSSODescriptor')[0];
  if (!idp) throw invalidField(field, 'describes no identity provider (IDPSSODescriptor)', 'invalid');
  const services = Array.from(idp.getElementsByTagNameNS(md, 'SingleSignOnService'));
  const signInUrl = services
    .find((s) => s.getAttribute('Binding') === redirectBinding)
    ?.getAttribute('Location');
  if (!signInUrl) throw invalidField(field, 'has no HTTP-Redirect SingleSignOnService', 'invalid');
  const certificates = Array.from(idp.getElementsByTagNameNS(md, 'KeyDescriptor'))
    .filter((key) => !key.getAttribute('use') || key.getAttribute('use') === 'signing')
    .flatMap((key) => Array.from(key.getElementsByTagNameNS(ds, 'X509Certificate')))
    .map((cert) => (cert.textContent ?? '').replace(/\s+/g, ''))
    .filter(Boolean);
  if (!certificates.length) throw invalidField(field, 'has no signing certificate', 'invalid');
  return { entityId: entity.getAttribute('entityID') ?? '', signInUrl, certificates };
}

export type SpEndpoints = { entityId: string; acsUrl: string };

/**
 * The request id of the AuthnRequest we sent; known to the library only while checking the answer.
 * The value is when it was sent: node-saml reads it as a date to check the SubjectConfirmationData's
 * InResponseTo (which every real IdP sends) within its expiry, so anything else refuses every sign-in.
 */
function requestCache(
  expected: { id: string; sentAt: Date } | null,
  onSave?: (id: string) => void,
): CacheProvider {
  return {
    saveAsync: async (key, value) => {
      onSave?.(key);
      return { value, createdAt: Date.now() };
    },
    getAsync: async (key) => (key === expected?.id ? expected.sentAt.toISOString() : null),
    removeAsync: async (key) => key,
  };
}

function samlOf(idp: IdpMetadata, sp: SpEndpoints, cache: CacheProvider) {
  return new SAML({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    entryPoint: idp.signInUrl,
    idpCert: idp.certificates,
    idpIssuer: idp.entityId || undefined,
    audience: sp.entityId,
    wantAssertionsSigned: true,
    wantAuthnResponseSigned: false,
    acceptedClockSkewMs: 60_000,
    maxAssertionAgeMs: 10 * 60_000,
    validateInResponseTo: ValidateInResponseTo.always,
    requestIdExpirationPeriodMs: 10 * 60_000,
    cacheProvider: cache,
    identifierFormat: null,
    disableRequestedAuthnContext: true,
  });
}

/** The address that sends the browser to the IdP, and the AuthnRequest id to expect back. */
export async function startSaml(idp: IdpMetadata, sp: SpEndpoints, relayState: string) {
  let requestId: string | null = null;
  const url = await samlOf(
    idp,
    sp,
    requestCache(null, (id) => {
      requestId = id;
    }),
  ).getAuthorizeUrlAsync(relayState, undefined, {});
  if (!requestId) throw new Error('node-saml did not name its request');
  return { url, requestId: requestId as string };
}

export type SamlAnswer = {
  assertionId: string;
  expiresAt: Date;
  attributes: Record<string, unknown>;
  nameId: string;
};

/** Checks a posted SAMLResponse; throws with the reason when anything is off. */
export async function finishSaml(
  idp: IdpMetadata,
  sp: SpEndpoints,
  samlResponse: string,
  request: { id: string; sentAt: Date },
): Promise<SamlAnswer> {
  const { profile } = await samlOf(idp, sp, requestCache(request)).validatePostResponseAsync({
    SAMLResponse: samlResponse,
  });
  if (!profile) throw new Error('no assertion');
  const response = parse(profile.getSamlResponseXml?.() ?? '').document.documentElement;
  const destination = response?.getAttribute('Destination');
  if (destination && destination !== sp.acsUrl) throw new Error(`Destination ${destination} is not ours`);
  const assertion = parse(profile.getAssertionXml?.() ?? '').document.documentElement;
  if (!assertion) throw new Error('no assertion');
  const confirmations = Array.from(assertion.getElementsByTagNameNS(assertionNs, 'SubjectConfirmationData'));
  if (!confirmations.some((c) => c.getAttribute('Recipient') === sp.acsUrl))
    throw new Error('Recipient is not our assertion consumer service');
  const conditions = assertion.getElementsByTagNameNS(assertionNs, 'Conditions')[0];
  const notOnOrAfter =
    confirmations[0]?.getAttribute('NotOnOrAfter') ?? conditions?.getAttribute('NotOnOrAfter') ?? null;
  const assertionId = assertion.getAttribute('ID');
  if (!assertionId) throw new Error('the assertion has no ID');
  const { getAssertionXml, getAssertion, getSamlResponseXml, ...attributes } = profile;
  return {
    assertionId,
    expiresAt: notOnOrAfter ? new Date(notOnOrAfter) : new Date(Date.now() + 10 * 60_000),
    attributes,
    nameId: profile.nameID,
  };
}

export function spMetadata(sp: SpEndpoints): string {
  return new SAML({
    issuer: sp.entityId,
    callbackUrl: sp.acsUrl,
    idpCert: 'unused',
    wantAssertionsSigned: true,
  }).generateServiceProviderMetadata(null);
}
