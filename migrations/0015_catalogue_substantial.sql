-- Substantial learning (a long course, a degree, an expensive programme): enrolling in it asks the learner
-- for a learning agreement (development's learning_agreements.enrolment_id points at the enrolment).
ALTER TABLE content_items ADD COLUMN is_substantial boolean NOT NULL DEFAULT false;
ALTER TABLE courses ADD COLUMN is_substantial boolean NOT NULL DEFAULT false;
ALTER TABLE learning_paths ADD COLUMN is_substantial boolean NOT NULL DEFAULT false;
