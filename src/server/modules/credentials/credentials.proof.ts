import { createHash } from 'node:crypto';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { documentLoader, MULTIKEY_CONTEXT, type Resolver, SECURITY_CONTEXT } from './credentials.loader.ts';
import { isIndexSet } from './credentials.status.ts';
import { keyIdOf } from './credentials.urls.ts';

// Signing and verifying with a Data Integrity proof, cryptosuite eddsa-rdfc-2022 (RDF canonicalisation +
// Ed25519), as Open Badges 3.0 and the 1EdTech validator accept. Why this and not VC-JWT: CREDENTIALS.md.

export async function generateIssuerKey(issuer: string, keyNumber = 1) {
  const key = await Ed25519Multikey.generate({ id: keyIdOf(issuer, keyNumber), controller: issuer });
  const { publicKeyMultibase, secretKeyMultibase } = await key.export({ publicKey: true, secretKey: true });
  if (!secretKeyMultibase) throw new Error('key generation gave no secret key');
  return { publicKeyMultibase, secretKeyMultibase };
}

/** The issuer's verification method: the public key only. */
export const keyDocument = (issuer: string, publicKeyMultibase: string, keyNumber = 1) => ({
  '@context': MULTIKEY_CONTEXT,
  id: keyIdOf(issuer, keyNumber),
  type: 'Multikey',
  controller: issuer,
  publicKeyMultibase,
});

export type PublishedKey = { keyNumber: number; publicKeyMultibase: string };

/**
 * The issuer's controller document: which keys may assert credentials in its name — every key it ever
 * had, so a credential signed before a rotation keeps verifying. `id` is the https issuer or its
 * did:web alias (then `alsoKnownAs` names the other).
 */
export const controllerDocument = (issuer: string, keys: PublishedKey[], alias?: string) => {
  const methods = keys.map((key) => {
    const { '@context': _, ...method } = keyDocument(issuer, key.publicKeyMultibase, key.keyNumber);
    return method;
  });
  return {
    '@context': [SECURITY_CONTEXT, MULTIKEY_CONTEXT],
    id: issuer,
    ...(alias ? { alsoKnownAs: [alias] } : {}),
    verificationMethod: methods,
    assertionMethod: methods.map((method) => method.id),
  };
};

export async function sign(
  credential: object,
  key: { issuer: string; publicKeyMultibase: string; secretKeyMultibase: string; keyNumber?: number },
  resolve: Resolver,
) {
  const pair = await Ed25519Multikey.from({
    ...keyDocument(key.issuer, key.publicKeyMultibase, key.keyNumber ?? 1),
    secretKeyMultibase: key.secretKeyMultibase,
  });
  const suite = new DataIntegrityProof({ signer: pair.signer(), cryptosuite });
  return vc.issue({ credential, suite, documentLoader: documentLoader(resolve) });
}

export type StatusEntry = { statusListCredential?: string; statusListIndex?: string; statusPurpose?: string };
/**
 * Reads the revocation bit of a status list Groeipad publishes itself straight from its source (the
 * database): `{ revoked }`, `null` when the entry cannot belong to the credential's issuer, `undefined`
 * when the list is not ours (then it is loaded and its proof verified like any other).
 */
export type OwnStatus = (
  entry: StatusEntry,
  issuer: string | undefined,
) => Promise<{ revoked: boolean } | null | undefined>;

// One suite for every verification (it holds no per-credential state).
const verifySuite = new DataIntegrityProof({ cryptosuite });

// Proofs that verified, by the exact bytes of the credential: a credential does not change (it is
// stored as issued) and a published key is never withdrawn (rotation keeps old keys), so the expensive
// part — JSON-LD expansion, RDF canonicalisation, Ed25519 — is done once per credential per few
// minutes. Only successes are kept, for a short while (validity dates, an issuer that disappears).
const proofCache = new Map<string, number>();
const proofCacheMs = 5 * 60 * 1000;
const proofCacheSize = 2000;
const fingerprint = (credential: object) =>
  createHash('sha256').update(JSON.stringify(credential)).digest('base64url');

async function proofVerifies(credential: object, loader: ReturnType<typeof documentLoader>, cache: boolean) {
  const key = cache ? fingerprint(credential) : '';
  const at = cache ? proofCache.get(key) : undefined;
  if (at !== undefined && Date.now() - at < proofCacheMs) return true;
  // Status is checked separately below (from the source for our own lists).
  const result = await vc.verifyCredential({
    credential,
    suite: verifySuite,
    documentLoader: loader,
    checkStatus: async () => ({ verified: true }),
  });
  if (result.verified && cache) {
    proofCache.delete(key);
    proofCache.set(key, Date.now());
    if (proofCache.size > proofCacheSize) proofCache.delete(proofCache.keys().next().value as string);
  }
  return result.verified;
}

const issuerOf = (c: Record<string, unknown>) =>
  typeof c.issuer === 'string' ? c.issuer : (c.issuer as { id?: string } | undefined)?.id;

/**
 * Verifies the proof with the published key, then the revocation bit: from `ownStatus` for Groeipad's
 * own lists, otherwise in the issuer's signed status list (loaded and verified). `resolve` answers our
 * own URLs (issuer, key, status list); nothing is fetched from the network.
 */
export async function verify(
  credential: object,
  resolve: Resolver,
  options: { ownStatus?: OwnStatus; cache?: boolean } = {},
) {
  const loader = documentLoader(resolve);
  if (!(await proofVerifies(credential, loader, options.cache ?? true)))
    return { verified: false, revoked: false };
  const checked = credential as Record<string, unknown>;
  const entry = checked.credentialStatus as StatusEntry | undefined;
  if (!entry?.statusListCredential || entry.statusPurpose !== 'revocation')
    return { verified: false, revoked: false };
  const own = options.ownStatus ? await options.ownStatus(entry, issuerOf(checked)) : undefined;
  if (own === null) return { verified: false, revoked: false };
  if (own) return { verified: !own.revoked, revoked: own.revoked };
  const { document: list } = await loader(entry.statusListCredential);
  const listResult = await vc.verifyCredential({
    credential: list as object,
    suite: verifySuite,
    documentLoader: loader,
  });
  if (!listResult.verified || issuerOf(list as Record<string, unknown>) !== issuerOf(checked))
    return { verified: false, revoked: false };
  const subject = (list as { credentialSubject: { encodedList: string } }).credentialSubject;
  const revoked = isIndexSet(subject.encodedList, Number(entry.statusListIndex));
  return { verified: !revoked, revoked };
}
