export {
  emailDigestOf,
  type NotificationInput,
  notify,
  sendNotificationDigests,
} from './notifications.service.ts';
export { euros, meetingTime, notifyPerson } from './notify-person.ts';
