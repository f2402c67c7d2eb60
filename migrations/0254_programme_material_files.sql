-- Recap recordings from the organisation's own storage (issue 15): a material is either a link or an
-- uploaded file (video, audio or a document in the files module, local disk or S3). The file is served
-- by the app itself (GET /api/v1/files/:id, with Range), so it plays in place under media-src 'self'.

ALTER TABLE programme_materials
  ADD COLUMN file_id uuid,
  ALTER COLUMN url DROP NOT NULL,
  ADD FOREIGN KEY (organisation_id, file_id) REFERENCES files (organisation_id, id) ON DELETE CASCADE,
  ADD CONSTRAINT programme_materials_link_or_file CHECK ((url IS NULL) <> (file_id IS NULL));
