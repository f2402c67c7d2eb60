// Campaigns plan announcements as one of their channels.
export { createAnnouncement, notifyScheduledAnnouncements } from './announcements.service.ts';
