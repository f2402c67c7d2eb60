export { sendNotificationDigests } from './notifications.digest.ts';
export { emailDigestOf, type NotificationInput, notify } from './notifications.service.ts';
export { notifyPerson } from './notify-person.ts';
