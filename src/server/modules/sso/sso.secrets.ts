import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

// The OIDC client secret and ID tokens kept for logout are sealed with the server's secret
// (AES-256-GCM, as campaigns.secrets.ts does for webhooks, under their own key): stored encrypted,
// opened only to talk to the IdP, never answered to anyone.

const keyOf = (serverSecret: string) => createHash('sha256').update(`sso:${serverSecret}`).digest();

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
