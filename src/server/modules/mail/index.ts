export { createMailDelivery, type MailDelivery } from './mail.delivery.ts';
export { queueMail } from './mail.service.ts';
