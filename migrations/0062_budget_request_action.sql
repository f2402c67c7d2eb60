-- An external training in a plan is paid through a budget request: the request remembers the plan
-- action it was made for, so the plan shows where the request stands (waiting, approved, declined).
ALTER TABLE budget_requests ADD COLUMN action_id uuid;
ALTER TABLE budget_requests
  ADD FOREIGN KEY (organisation_id, action_id) REFERENCES plan_actions (organisation_id, id)
    ON DELETE SET NULL (action_id);
CREATE INDEX budget_requests_action ON budget_requests (organisation_id, action_id) WHERE action_id IS NOT NULL;
