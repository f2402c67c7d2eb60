import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** A random secret for a cookie, link or API token; only its sha256 is ever stored. */
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

// Secrets the server must read back (a webhook's address and signing secret) are sealed with the
// server's secret (AES-256-GCM), a key per purpose: stored encrypted, opened only to use them.
const keyOf = (serverSecret: string, purpose: string) =>
  createHash('sha256').update(`${purpose}:${serverSecret}`).digest();

export function sealText(serverSecret: string, purpose: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(serverSecret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function unsealText(serverSecret: string, purpose: string, sealed: string): string {
  const [iv = '', tag = '', body = ''] = sealed.split('.');
  const decipher = createDecipheriv(
    'aes-256-gcm',
    keyOf(serverSecret, purpose),
    Buffer.from(iv, 'base64url'),
  );
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}
