// `node bench/credentials.ts`: Open Badges credential verifications per second (eddsa-rdfc-2022 with the
// local document loader, status list included), as a ratio to the floor: a bare Ed25519 signature check
// of the same credential's bytes in the same process, so the figure survives a busy machine.
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { badgeCredential } from '../src/server/modules/credentials/credentials.document.ts';
import {
  controllerDocument,
  generateIssuerKey,
  keyDocument,
  sign as signCredential,
  verify as verifyCredential,
} from '../src/server/modules/credentials/credentials.proof.ts';
import { encodeStatusList } from '../src/server/modules/credentials/credentials.status.ts';
import { issuerUrl, keyIdOf, statusListUrl } from '../src/server/modules/credentials/credentials.urls.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const baseUrl = 'http://bench.test';
const organisationId = '00000000-0000-4000-8000-000000000001';
const issuer = issuerUrl(baseUrl, organisationId);
const key = { issuer, ...(await generateIssuerKey(issuer)) };
const contextsOnly = async () => undefined;
const statusList = {
  '@context': ['https://www.w3.org/ns/credentials/v2'],
  id: statusListUrl(baseUrl, organisationId),
  type: ['VerifiableCredential', 'BitstringStatusListCredential'],
  issuer,
  validFrom: '2026-01-01T00:00:00Z',
  credentialSubject: {
    id: `${statusListUrl(baseUrl, organisationId)}#list`,
    type: 'BitstringStatusList',
    statusPurpose: 'revocation',
    encodedList: encodeStatusList([1, 2, 3]),
  },
};
const list = await signCredential(statusList, key, contextsOnly);
const resolve = async (url: string) =>
  url === issuer
    ? controllerDocument(issuer, [{ keyNumber: 1, publicKeyMultibase: key.publicKeyMultibase }])
    : url === keyIdOf(issuer)
      ? keyDocument(issuer, key.publicKeyMultibase)
      : url === statusListUrl(baseUrl, organisationId)
        ? list
        : undefined;
const credential = await signCredential(
  badgeCredential(
    {
      id: '00000000-0000-4000-8000-000000000002',
      baseUrl,
      organisationId,
      issuer,
      issuerName: 'Bench',
      statusIndex: 42,
      recipientName: 'Bench Person',
    },
    {
      id: 'a',
      personId: 'p',
      badgeId: 'b',
      name: 'Tilcoach',
      description: 'Helpt tillen',
      criteriaNarrative: 'Door L&D',
      imageFileId: null,
      reason: 'Top',
      awardedAt: new Date('2026-01-01'),
    },
  ),
  key,
  resolve,
);

async function perSecond(work: () => Promise<unknown> | unknown) {
  const until = Date.now() + seconds * 1000;
  let count = 0;
  while (Date.now() < until) {
    await work();
    count++;
  }
  return count / seconds;
}

const check = await verifyCredential(credential, resolve);
if (!check.verified) throw new Error('bench credential does not verify');
const pair = generateKeyPairSync('ed25519');
const bytes = Buffer.from(JSON.stringify(credential));
const signature = sign(null, bytes, pair.privateKey);
const floor = await perSecond(() => verify(null, bytes, pair.publicKey, signature));

// Before (the server until now): the status list is signed afresh on each request, then loaded and its
// proof verified, then the credential's proof — three JSON-LD/RDF pipelines per verification.
const signingResolve = async (url: string) =>
  url === statusListUrl(baseUrl, organisationId)
    ? signCredential(statusList, key, contextsOnly)
    : resolve(url);
const before = await perSecond(() => verifyCredential(credential, signingResolve, { cache: false }));
// Now, a credential seen for the first time: its proof, and the bit read from the source (our own list).
const revokedBits = new Set([1, 2, 3]);
const ownStatus = async (entry: { statusListIndex?: string }) => ({
  revoked: revokedBits.has(Number(entry.statusListIndex)),
});
const cold = await perSecond(() => verifyCredential(credential, resolve, { cache: false, ownStatus }));
// Now, a credential verified before within five minutes (the public page of a shared credential).
const warm = await perSecond(() => verifyCredential(credential, resolve, { ownStatus }));
console.log(
  JSON.stringify({
    bareEd25519VerificationsPerSecond: Math.round(floor),
    beforePerSecond: Number(before.toFixed(1)),
    coldPerSecond: Number(cold.toFixed(1)),
    warmPerSecond: Number(warm.toFixed(1)),
    beforeRatioToFloor: Number((before / floor).toFixed(4)),
    coldRatioToFloor: Number((cold / floor).toFixed(4)),
    warmRatioToFloor: Number((warm / floor).toFixed(4)),
    coldOverBefore: Number((cold / before).toFixed(2)),
  }),
);
