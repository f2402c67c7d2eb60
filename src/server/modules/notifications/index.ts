export {
  emailDigestOf,
  type NotificationInput,
  notify,
  sendNotificationDigests,
} from './notifications.service.ts';
