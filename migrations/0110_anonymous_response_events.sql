-- Anonymous consultation responses no longer write an audit row (issue 10): even without a name, the
-- row's time and its place in the log sat next to the respondent's own actions. Remove the rows written
-- before; the responses themselves keep only their day, and closing a consultation records the count
-- of anonymous responses per day.
DELETE FROM events
WHERE action = 'consultation.responded'
  AND actor_person_id IS NULL
  AND actor_token_id IS NULL
  AND changes ->> 'isAnonymous' = 'true';
