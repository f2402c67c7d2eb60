-- Cover images for items, courses and paths: an uploaded image (files module, purpose 'image', cropped
-- in the browser) and its alt text, which is required whenever there is a cover. The catalogue's
-- revision triggers already watch these tables, so cached pages pick up a new cover.
ALTER TABLE content_items ADD COLUMN cover_file_id uuid, ADD COLUMN cover_alt text,
  ADD FOREIGN KEY (organisation_id, cover_file_id) REFERENCES files (organisation_id, id),
  ADD CONSTRAINT content_items_cover_alt CHECK (cover_file_id IS NULL OR length(btrim(cover_alt)) BETWEEN 1 AND 300);
ALTER TABLE courses ADD COLUMN cover_file_id uuid, ADD COLUMN cover_alt text,
  ADD FOREIGN KEY (organisation_id, cover_file_id) REFERENCES files (organisation_id, id),
  ADD CONSTRAINT courses_cover_alt CHECK (cover_file_id IS NULL OR length(btrim(cover_alt)) BETWEEN 1 AND 300);
ALTER TABLE learning_paths ADD COLUMN cover_file_id uuid, ADD COLUMN cover_alt text,
  ADD FOREIGN KEY (organisation_id, cover_file_id) REFERENCES files (organisation_id, id),
  ADD CONSTRAINT learning_paths_cover_alt CHECK (cover_file_id IS NULL OR length(btrim(cover_alt)) BETWEEN 1 AND 300);
