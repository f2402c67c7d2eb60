-- Issue 20: team challenges tell the Teams/Slack channels of their units when they start and when they
-- end (with the winning team). Each moment is posted once: the job marks it here.
ALTER TABLE challenges ADD COLUMN start_posted_at timestamptz;
ALTER TABLE challenges ADD COLUMN end_posted_at timestamptz;
-- Challenges that already started or ended before this are not announced afterwards.
UPDATE challenges SET start_posted_at = now() WHERE starts_on <= current_date;
UPDATE challenges SET end_posted_at = now() WHERE ends_on < current_date;
CREATE INDEX challenges_news_due ON challenges (organisation_id) WHERE end_posted_at IS NULL;
