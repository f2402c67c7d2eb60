// `node bench/lti.ts` (or `npm run bench -- --only lti`): LTI launches per second as the platform signs
// them — a full LtiResourceLinkRequest id_token (the claims lti.launch.ts sends, RS256 via jose with the
// opened key, as signAsPlatform does once the key is cached) — as a ratio to the floor: a bare RS256
// signature (node:crypto) over the same bytes in the same process, so the figure survives a busy machine.
import { generateKeyPairSync, sign } from 'node:crypto';
import { importPKCS8, SignJWT } from 'jose';
import { claim, role, scope, serviceUrls } from '../src/server/modules/lti/lti.claims.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const baseUrl = 'http://bench.test';
const contentId = '00000000-0000-4000-8000-000000000002';
const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
const pkcs8 = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const key = await importPKCS8(pkcs8, 'RS256');
const services = serviceUrls(baseUrl, contentId);
const claims = {
  sub: '4f1c2a9be0d14c7a8e6f3b2d1c0a9f8e',
  nonce: 'n-0123456789',
  azp: 'client-1',
  name: 'Emre Yilmaz',
  [claim.version]: '1.3.0',
  [claim.deploymentId]: 'deployment-1',
  [claim.messageType]: 'LtiResourceLinkRequest',
  [claim.toolPlatform]: { guid: 'org', name: 'Zorggroep De Linde', product_family_code: 'groeipad' },
  [claim.roles]: [role.learner],
  [claim.targetLinkUri]: 'https://tool.example/launch',
  [claim.resourceLink]: { id: contentId, title: 'Veilig tillen' },
  [claim.context]: { id: contentId, title: 'Veilig tillen', type: ['CourseOffering'] },
  [claim.launchPresentation]: { document_target: 'iframe', return_url: `${baseUrl}/learning`, locale: 'nl' },
  [claim.custom]: { topic: 'lifting' },
  [claim.ags]: {
    scope: Object.values(scope),
    lineitems: services.lineItems,
    lineitem: `${services.lineItems}/x`,
  },
  [claim.nrps]: { context_memberships_url: services.memberships, service_versions: ['2.0'] },
};

async function perSecond(work: () => Promise<unknown> | unknown) {
  const until = Date.now() + seconds * 1000;
  let count = 0;
  while (Date.now() < until) {
    await work();
    count++;
  }
  return count / seconds;
}

const idToken = () => {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: 'k1', typ: 'JWT' })
    .setIssuer(`${baseUrl}/lti/org`)
    .setAudience('client-1')
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + 600)
    .sign(key);
};
const bytes = Buffer.from((await idToken()).split('.').slice(0, 2).join('.'));
const floor = await perSecond(() => sign('sha256', bytes, pair.privateKey));
const launches = await perSecond(idToken);
console.log(
  JSON.stringify({
    bareRs256SignaturesPerSecond: Math.round(floor),
    launchIdTokensPerSecond: Math.round(launches),
    ratioToFloor: Number((launches / floor).toFixed(3)),
  }),
);
