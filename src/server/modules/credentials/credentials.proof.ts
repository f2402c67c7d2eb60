import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { documentLoader, MULTIKEY_CONTEXT, type Resolver, SECURITY_CONTEXT } from './credentials.loader.ts';
import { isIndexSet } from './credentials.status.ts';
import { keyIdOf } from './credentials.urls.ts';

// Signing and verifying with a Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF canonicalisation +
// Ed25519), as Open Badges 3.0 and the 1EdTech validator accept. Why this and not VC-JWT: CREDENTIALS.md.

export async function generateIssuerKey(issuer: string) {
  const key = await Ed25519Multikey.generate({ id: keyIdOf(issuer), controller: issuer });
  const { publicKeyMultibase, secretKeyMultibase } = await key.export({ publicKey: true, secretKey: true });
  if (!secretKeyMultibase) throw new Error('key generation gave no secret key');
  return { publicKeyMultibase, secretKeyMultibase };
}

/** The issuer's verification method: the public key only. */
export const keyDocument = (issuer: string, publicKeyMultibase: string) => ({
  '@context': MULTIKEY_CONTEXT,
  id: keyIdOf(issuer),
  type: 'Multikey',
  controller: issuer,
  publicKeyMultibase,
});

/** The issuer's controller document: which key may assert credentials in its name. */
export const controllerDocument = (issuer: string, publicKeyMultibase: string) => {
  const { '@context': _, ...key } = keyDocument(issuer, publicKeyMultibase);
  return {
    '@context': [SECURITY_CONTEXT, MULTIKEY_CONTEXT],
    id: issuer,
    verificationMethod: [key],
    assertionMethod: [key.id],
  };
};

export async function sign(
  credential: object,
  key: { issuer: string; publicKeyMultibase: string; secretKeyMultibase: string },
  resolve: Resolver,
) {
  const pair = await Ed25519Multikey.from({
    ...keyDocument(key.issuer, key.publicKeyMultibase),
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
  return vc.issue({ credential, suite, documentLoader: documentLoader(resolve) });
}

type StatusEntry = { statusListCredential?: string; statusListIndex?: string; statusPurpose?: string };

/**
 * Verifies the proof with the published key, then the revocation bit in the issuer's signed status list.
 * `resolve` answers our own URLs (issuer, key, status list); nothing is fetched from the network.
 */
export async function verify(credential: object, resolve: Resolver) {
  const loader = documentLoader(resolve);
  const suite = new DataIntegrityProof({ cryptosuite });
  let revoked = false;
  const checkStatus = async ({ credential: checked }: { credential: Record<string, unknown> }) => {
    const entry = checked.credentialStatus as StatusEntry | undefined;
    if (!entry?.statusListCredential || entry.statusPurpose !== 'revocation')
      return { verified: false, error: new Error('unknown credentialStatus') };
    const { document: list } = await loader(entry.statusListCredential);
    const listResult = await vc.verifyCredential({
      credential: list as object,
      suite,
      documentLoader: loader,
    });
    const issuerOf = (c: Record<string, unknown>) =>
      typeof c.issuer === 'string' ? c.issuer : (c.issuer as { id?: string } | undefined)?.id;
    if (!listResult.verified || issuerOf(list as Record<string, unknown>) !== issuerOf(checked))
      return { verified: false, error: new Error('status list does not verify') };
    const subject = (list as { credentialSubject: { encodedList: string } }).credentialSubject;
    revoked = isIndexSet(subject.encodedList, Number(entry.statusListIndex));
    return { verified: !revoked };
  };
  const result = await vc.verifyCredential({ credential, suite, documentLoader: loader, checkStatus });
  return { verified: result.verified, revoked };
}
