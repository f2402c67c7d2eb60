export { deliverDue } from './webhooks.delivery.ts';
