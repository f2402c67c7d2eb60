import { createHmac, timingSafeEqual } from 'node:crypto';

// Package files are fetched from the content origin, where no session cookie exists. The first path
// segment is a signed token naming the organisation and the version, valid until the end of the next
// day (UTC): the same address all day, so the browser's cache works, and a leaked address soon dies.
// It opens that version's files and nothing else.

const day = 24 * 60 * 60 * 1000;
const today = (now: number) => Math.floor(now / day);

const signature = (secret: string, organisationId: string, versionId: string, until: number) =>
  createHmac('sha256', secret)
    .update(`scorm-content:${organisationId}:${versionId}:${until}`)
    .digest('base64url')
    .slice(0, 22);

// Uuids as 22 base64url characters, so the token fits a path segment (Fastify: at most 100).
const short = (uuid: string) => Buffer.from(uuid.replaceAll('-', ''), 'hex').toString('base64url');
const long = (text: string) => {
  const hex = Buffer.from(text, 'base64url').toString('hex');
  return hex.length === 32
    ? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
    : '';
};

export function contentToken(secret: string, organisationId: string, versionId: string, now = Date.now()) {
  const until = today(now) + 1;
  return `${short(organisationId)}.${short(versionId)}.${until}.${signature(secret, organisationId, versionId, until)}`;
}

const safeEqual = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The organisation and version a token opens, or null when it is forged, malformed or expired. */
export function readContentToken(secret: string, token: string, now = Date.now()) {
  const [organisation = '', version = '', until = '', sent = '', ...rest] = token.split('.');
  const organisationId = long(organisation);
  const versionId = long(version);
  if (rest.length || !uuid.test(organisationId) || !uuid.test(versionId) || !/^\d{1,9}$/.test(until))
    return null;
  if (Number(until) < today(now)) return null;
  if (!safeEqual(sent, signature(secret, organisationId, versionId, Number(until)))) return null;
  return { organisationId, versionId };
}
