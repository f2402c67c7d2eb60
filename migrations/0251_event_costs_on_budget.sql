-- A costly event's approved sign-up is paid from the person's development budget: the approval
-- remembers the budget request it committed, so cancelling releases the money and attending spends it.
ALTER TABLE event_approval_requests ADD COLUMN budget_request_id uuid;
ALTER TABLE event_approval_requests
  ADD FOREIGN KEY (organisation_id, budget_request_id) REFERENCES budget_requests (organisation_id, id)
    ON DELETE SET NULL (budget_request_id);
