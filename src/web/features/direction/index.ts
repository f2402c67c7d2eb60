// What other features and the app shell may use from direction; its pages are reached through routes.tsx.
export { AnnouncementsFeed } from './home-feed.tsx';
export { NotificationBell } from './notification-bell.tsx';
