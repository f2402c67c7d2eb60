-- The planner costs pg_trgm's strict word similarity operators like `=`, but each call builds the
-- trigrams of the whole text (~30 µs for a title and summary, hundreds of times `=`). So it scanned all
-- 5,000 catalogue versions for a typo search (120 ms) instead of asking the trigram GIN index (10 ms).
-- Telling it the real cost lets it choose the index. Extension functions belong to whoever created
-- the extension: where that is not us, typo search stays correct, only slower.
DO $$
BEGIN
  ALTER FUNCTION strict_word_similarity_op(text, text) COST 500;
  ALTER FUNCTION strict_word_similarity_commutator_op(text, text) COST 500;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'pg_trgm belongs to another role; typo search will not use the trigram index';
END $$;
