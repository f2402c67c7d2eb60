export {
  emailDigestOf,
  type NotificationInput,
  notify,
  sendNotificationDigests,
} from './notifications.service.ts';
export { notifyPerson } from './notify-person.ts';
