-- Issue 20: a Teams/Slack channel per unit gets a display name (for example "#zorg-nieuws"), editable
-- with its topics after it is connected. The column is part of unit_channels in 0312 itself: this file
-- sorts before 0312 (the numbers free at the time), so on a fresh database it finds no table and does
-- nothing, and 0312 makes the table with the column. A database that already ran 0312 gets it here.
DO $$
BEGIN
  IF to_regclass('unit_channels') IS NOT NULL THEN
    ALTER TABLE unit_channels ADD COLUMN IF NOT EXISTS name text CHECK (length(name) BETWEEN 1 AND 100);
  END IF;
END
$$;
