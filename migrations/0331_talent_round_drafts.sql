-- A round can wait with HR before it opens, so HR edits its questions (add, reword, reorder, remove)
-- before any reviewer answers them. NULL: a draft, seen by HR only. Existing rounds opened when made.
ALTER TABLE talent_rounds ADD COLUMN opened_at timestamptz;
UPDATE talent_rounds SET opened_at = created_at;
