export { createMailDelivery, type MailDelivery } from './mail.delivery.ts';
export { mailRoutes } from './mail.routes.ts';
export { queueMail } from './mail.service.ts';
