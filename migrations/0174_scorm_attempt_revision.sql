-- A commit's fast path (issue 13's speed aim): the attempt carries a revision that every write to it or
-- to its SCO states raises (a commit, a launch, the erasure of a person's data). A commit that read the
-- attempt earlier (or remembers it from its previous commit) writes with one guarded statement "only
-- if the revision is still the one I read"; when another write came in between, nothing is written and
-- the commit runs again the long way, under the attempt's row lock.
ALTER TABLE scorm_attempts ADD COLUMN revision integer NOT NULL DEFAULT 0;
