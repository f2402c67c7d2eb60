-- The organisation's time zone (IANA name): "today", due dates, reminders and meeting times follow its
-- calendar instead of UTC. The app checks names against Intl's list; PostgreSQL's own list may differ.
ALTER TABLE organisations ADD COLUMN time_zone text NOT NULL DEFAULT 'Europe/Amsterdam';
