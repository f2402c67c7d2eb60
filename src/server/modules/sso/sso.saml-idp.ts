import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { signXml } from '@node-saml/node-saml/lib/xml.js';

// A SAML 2.0 identity provider for tests: its own RSA key and self-signed certificate (made by
// openssl for this run), metadata, and a signed Response to the AuthnRequest the app sent. Signing is
// node-saml's own (xml-crypto, RSA-SHA256, exclusive c14n, enveloped), the way ADFS/Entra sign an
// assertion. Options break one thing at a time so the tests can show each is refused.

export type SamlIdp = {
  entityId: string;
  metadataXml: string;
  /** The AuthnRequest in a redirect address: its ID and where the answer is to go. */
  readRequest(redirectUrl: string): { id: string; acsUrl: string; relayState: string };
  respond(options: ResponseOptions): string;
  close(): void;
};

export type ResponseOptions = {
  inResponseTo: string;
  acsUrl: string;
  audience: string;
  nameId: string;
  attributes?: Record<string, string>;
  /** When the assertion was made (default now). */
  issuedAt?: Date;
  /** How long the assertion holds (default 5 minutes). */
  validForMs?: number;
  signed?: boolean;
  /** Signed with this IdP's key, then changed (the signature no longer matches). */
  tamper?: (xml: string) => string;
  assertionId?: string;
};

const xmlText = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function startSamlIdp(entityId = 'https://idp.zorg.example/saml'): SamlIdp {
  const dir = mkdtempSync(join(tmpdir(), 'saml-idp-'));
  const keyFile = join(dir, 'idp.key');
  const certFile = join(dir, 'idp.crt');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=Test IdP',
      '-keyout',
      keyFile,
      '-out',
      certFile,
    ],
    { stdio: 'ignore' },
  );
  const privateKey = readFileSync(keyFile, 'utf8');
  const certificatePem = readFileSync(certFile, 'utf8');
  const certificate = certificatePem.replace(/-----[^-]+-----|\s+/g, '');
  const signInUrl = `${entityId}/sso`;
  const metadataXml = `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${entityId}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${certificate}</ds:X509Certificate></ds:X509Data></ds:KeyInfo>
    </md:KeyDescriptor>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${signInUrl}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;

  function readRequest(redirectUrl: string) {
    const url = new URL(redirectUrl);
    const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString();
    const id = /\sID="([^"]+)"/.exec(xml)?.[1];
    const acsUrl = /AssertionConsumerServiceURL="([^"]+)"/.exec(xml)?.[1];
    if (!id || !acsUrl) throw new Error(`not an AuthnRequest: ${xml}`);
    return { id, acsUrl, relayState: url.searchParams.get('RelayState') ?? '' };
  }

  function respond(options: ResponseOptions) {
    const issued = options.issuedAt ?? new Date();
    const until = new Date(issued.getTime() + (options.validForMs ?? 5 * 60_000)).toISOString();
    const now = issued.toISOString();
    const assertionId = options.assertionId ?? `_a${randomUUID()}`;
    const attributes = Object.entries(options.attributes ?? {})
      .map(
        ([name, value]) =>
          `<saml:Attribute Name="${xmlText(name)}"><saml:AttributeValue>${xmlText(value)}</saml:AttributeValue></saml:Attribute>`,
      )
      .join('');
    const assertion = `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${assertionId}" Version="2.0" IssueInstant="${now}"><saml:Issuer>${entityId}</saml:Issuer><saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${xmlText(options.nameId)}</saml:NameID><saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData InResponseTo="${options.inResponseTo}" NotOnOrAfter="${until}" Recipient="${options.acsUrl}"/></saml:SubjectConfirmation></saml:Subject><saml:Conditions NotBefore="${now}" NotOnOrAfter="${until}"><saml:AudienceRestriction><saml:Audience>${xmlText(options.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions><saml:AuthnStatement AuthnInstant="${now}" SessionIndex="${assertionId}"><saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement><saml:AttributeStatement>${attributes}</saml:AttributeStatement></saml:Assertion>`;
    let response = `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="_r${randomUUID()}" Version="2.0" IssueInstant="${now}" Destination="${options.acsUrl}" InResponseTo="${options.inResponseTo}"><saml:Issuer>${entityId}</saml:Issuer><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>${assertion}</samlp:Response>`;
    if (options.signed !== false)
      response = signXml(
        response,
        '//*[local-name(.)="Assertion"]',
        { reference: '//*[local-name(.)="Assertion"]/*[local-name(.)="Issuer"]', action: 'after' },
        { privateKey, publicCert: certificatePem, signatureAlgorithm: 'sha256', digestAlgorithm: 'sha256' },
      );
    if (options.tamper) response = options.tamper(response);
    return Buffer.from(response).toString('base64');
  }

  return {
    entityId,
    metadataXml,
    readRequest,
    respond,
    close: () => rmSync(dir, { recursive: true, force: true }),
  };
}
