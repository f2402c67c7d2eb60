import { createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, link or API token; only its sha256 is ever stored. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
