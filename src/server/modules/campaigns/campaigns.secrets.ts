import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';

// The Teams/Slack webhook's address and signing secret are sealed with the server's secret
// (AES-256-GCM): stored encrypted, opened only to post, never answered to anyone.

const keyOf = (serverSecret: string) =>
  createHash('sha256').update(`campaign-webhook:${serverSecret}`).digest();

export function seal(serverSecret: string, text: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(serverSecret), iv);
  const sealed = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
}

export function unseal(serverSecret: string, sealed: string): string {
  const [iv = '', tag = '', body = ''] = sealed.split('.');
  const decipher = createDecipheriv('aes-256-gcm', keyOf(serverSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
}

/** The signature header a receiver may check: sha256 HMAC of the body with the shared secret. */
export const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
