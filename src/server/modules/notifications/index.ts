export {
  emailDigestOf,
  type NotificationInput,
  notify,
  sendNotificationDigests,
} from './notifications.service.ts';
export { meetingTime, notifyPerson } from './notify-person.ts';
