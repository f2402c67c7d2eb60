import { createHmac } from 'node:crypto';
import { sealText, unsealText } from '../../core/secrets.ts';

// The Teams/Slack webhook's address and signing secret are sealed with core/secrets under their own
// purpose. The purpose string is the one the module's own copy of the cipher used before, so rows
// sealed then still open (campaigns.secrets.test.ts keeps one such value).
const webhookPurpose = 'campaign-webhook';

export const seal = (serverSecret: string, text: string) => sealText(serverSecret, webhookPurpose, text);
export const unseal = (serverSecret: string, sealed: string) =>
  unsealText(serverSecret, webhookPurpose, sealed);

/** The signature header a receiver may check: sha256 HMAC of the body with the shared secret. */
export const signatureOf = (secret: string, body: string) =>
  `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
