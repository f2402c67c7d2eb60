-- The HR cycle board counts "prepared by both" per unit for every conversation in a cycle. Counting the
-- shared preparations per conversation on each request meant joining and aggregating a second table of
-- 2 × conversations rows (28 ms of 29 ms at 10,000 people). The moment the second side shares is now
-- stamped on the conversation itself, so the board is one scan of conversations.
ALTER TABLE conversations ADD COLUMN prepared_at timestamptz;

-- Existing conversations whose two sides already shared: stamped with the later share (derived value, so
-- it belongs with the column rather than in a separate backfill).
UPDATE conversations v
SET prepared_at = p.shared_at
FROM (
  SELECT organisation_id, conversation_id, max(shared_at) AS shared_at
  FROM conversation_preparations
  WHERE shared_at IS NOT NULL
  GROUP BY organisation_id, conversation_id
  HAVING count(*) = 2
) p
WHERE v.organisation_id = p.organisation_id AND v.id = p.conversation_id;
