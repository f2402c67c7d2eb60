// Where Groeipad publishes what a verifier needs: all public, all under the API, all by organisation id.

export const issuerUrl = (baseUrl: string, organisationId: string) =>
  `${baseUrl}/api/v1/credentials/issuers/${organisationId}`;
export const keyIdOf = (issuer: string, keyNumber = 1) => `${issuer}#key-${keyNumber}`;
/**
 * The issuer's did:web alias (did:web 2023 draft): the host (a port as %3A) and the path to the issuer,
 * which resolves to `<issuer>/did.json`. The same keys, named by the DID.
 */
export const didWebOf = (baseUrl: string, organisationId: string) => {
  const url = new URL(issuerUrl(baseUrl, organisationId));
  return ['did:web', encodeURIComponent(url.host), ...url.pathname.split('/').filter(Boolean)].join(':');
};
export const statusListUrl = (baseUrl: string, organisationId: string) =>
  `${issuerUrl(baseUrl, organisationId)}/status-list`;
export const credentialUrl = (baseUrl: string, id: string) => `${baseUrl}/api/v1/credentials/public/${id}`;
/** The page anyone can open to check a credential: the public share link. */
export const shareUrl = (baseUrl: string, id: string) => `${baseUrl}/verify/credentials/${id}`;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Which of our own documents a URL names, if any. */
export function parseOwnUrl(baseUrl: string, url: string) {
  const match = new RegExp(
    `^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/v1/credentials/issuers/(${uuid})(#key-([1-9]\\d{0,5})|/status-list|/did\\.json)?$`,
  ).exec(url);
  if (!match) return null;
  const part = match[3]
    ? 'key'
    : match[2] === '/status-list'
      ? 'statusList'
      : match[2] === '/did.json'
        ? 'did'
        : 'issuer';
  return { organisationId: match[1]!, part, keyNumber: match[3] ? Number(match[3]) : undefined } as const;
}
