-- Knowledge feed at scale (issue 16, bench/social.ts: 100,000 posts). Moderators (ambassadors, L&D, HR,
-- owners) read hidden posts too, so the partial "visible only" indexes of 0220 could not serve their feed
-- and PostgreSQL sorted every post of the organisation for each page. Whole-table indexes in the feed's own
-- order (newest first, id as the tie-break) serve both readers: everyone else skips the few hidden posts
-- while walking the index. The space feed gets the id tie-break too, so its pages need no sort either.
DROP INDEX knowledge_posts_feed;
DROP INDEX knowledge_posts_space;
CREATE INDEX knowledge_posts_feed ON knowledge_posts (organisation_id, created_at DESC, id DESC);
CREATE INDEX knowledge_posts_space ON knowledge_posts (organisation_id, space_id, created_at DESC, id DESC);
