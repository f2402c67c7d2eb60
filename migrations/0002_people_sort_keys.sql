-- Sorting the people list on fold_text(...) made PostgreSQL fold every row it walked past, also rows
-- before the page's OFFSET. Stored sort keys are folded once, on write.
ALTER TABLE people
  ADD COLUMN sort_family_name text GENERATED ALWAYS AS (fold_text(family_name)) STORED,
  ADD COLUMN sort_given_name text GENERATED ALWAYS AS (fold_text(given_name)) STORED,
  ADD COLUMN sort_job_title text GENERATED ALWAYS AS (fold_text(job_title)) STORED;

DROP INDEX people_sort_name;
-- status is included so the default filter (everyone who has not left) is answered from the index.
CREATE INDEX people_sort_name ON people (organisation_id, sort_family_name, sort_given_name, id) INCLUDE (status);
