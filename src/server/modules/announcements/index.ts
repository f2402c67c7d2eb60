export { notifyScheduledAnnouncements } from './announcements.service.ts';
