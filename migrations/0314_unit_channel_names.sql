-- Issue 20: a Teams/Slack channel per unit gets a display name (for example "#zorg-nieuws"), editable
-- with its topics after it is connected (null: the channel is shown by its unit).
ALTER TABLE unit_channels ADD COLUMN name text CHECK (length(name) BETWEEN 1 AND 100);
