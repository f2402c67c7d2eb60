// Where Groeipad publishes what a verifier needs: all public, all under the API, all by organisation id.

export const issuerUrl = (baseUrl: string, organisationId: string) =>
  `${baseUrl}/api/v1/credentials/issuers/${organisationId}`;
export const keyIdOf = (issuer: string) => `${issuer}#key-1`;
export const statusListUrl = (baseUrl: string, organisationId: string) =>
  `${issuerUrl(baseUrl, organisationId)}/status-list`;
export const credentialUrl = (baseUrl: string, id: string) => `${baseUrl}/api/v1/credentials/public/${id}`;
/** The page anyone can open to check a credential: the public share link. */
export const shareUrl = (baseUrl: string, id: string) => `${baseUrl}/verify/credentials/${id}`;

const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** Which of our own documents a URL names, if any. */
export function parseOwnUrl(baseUrl: string, url: string) {
  const match = new RegExp(
    `^${baseUrl.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/api/v1/credentials/issuers/(${uuid})(#key-1|/status-list)?$`,
  ).exec(url);
  if (!match) return null;
  const part = match[2] === '#key-1' ? 'key' : match[2] === '/status-list' ? 'statusList' : 'issuer';
  return { organisationId: match[1]!, part } as const;
}
