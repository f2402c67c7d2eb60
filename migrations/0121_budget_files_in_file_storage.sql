-- Budget quotes and proof are stored through the files module (local DATA_DIR/files or the S3 bucket,
-- typed by their content). Files uploaded before stay where they were written, DATA_DIR/budget-files,
-- and are read from there: every existing row is marked, new rows are not.
ALTER TABLE budget_request_files ADD COLUMN is_in_legacy_folder boolean NOT NULL DEFAULT true;
ALTER TABLE budget_request_files ALTER COLUMN is_in_legacy_folder SET DEFAULT false;
