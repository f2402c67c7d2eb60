export type { MailKind } from '../../messages/index.ts';
export { createMailDelivery, type MailDelivery } from './mail.delivery.ts';
export { redactTokens } from './mail.redact.ts';
export { queueMail, queueMails } from './mail.service.ts';
