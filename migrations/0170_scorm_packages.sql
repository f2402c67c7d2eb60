-- SCORM 1.2 / 2004 packages (issue 13). A package is a catalogue content item of kind 'scorm'; each
-- upload is a version with its parsed manifest and its unpacked files in FileStorage (one object per
-- file). Runtime data (attempts, per-SCO CMI, interactions) is in 0171.

ALTER TABLE content_items DROP CONSTRAINT content_items_kind_check;
ALTER TABLE content_items ADD CONSTRAINT content_items_kind_check
  CHECK (kind IN ('article', 'video', 'audio', 'document', 'link', 'quiz', 'assignment', 'scorm'));

CREATE TABLE scorm_versions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  content_id uuid NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  scorm_version text NOT NULL CHECK (scorm_version IN ('1.2', '2004')),
  edition text CHECK (edition IN ('2nd', '3rd', '4th')),
  title text NOT NULL,
  -- The parsed manifest: organisation tree, SCOs with launch address and their rules (scorm.manifest.ts).
  manifest jsonb NOT NULL,
  file_count integer NOT NULL CHECK (file_count >= 0),
  unpacked_bytes bigint NOT NULL CHECK (unpacked_bytes >= 0),
  package_bytes bigint NOT NULL CHECK (package_bytes >= 0),
  original_name text NOT NULL,
  -- What happened to attempts that were open when this version replaced the previous one.
  midway_rule text CHECK (midway_rule IN ('keep', 'restart')),
  uploaded_by uuid,
  uploaded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  UNIQUE (organisation_id, content_id, number),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, uploaded_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (uploaded_by)
);

-- One row per package: which version plays and the L&D rule for attempts.
CREATE TABLE scorm_packages (
  organisation_id uuid NOT NULL,
  content_id uuid NOT NULL,
  current_version_id uuid NOT NULL,
  attempt_rule text NOT NULL DEFAULT 'resume'
    CHECK (attempt_rule IN ('resume', 'new_after_completion', 'limited')),
  max_attempts integer CHECK (max_attempts BETWEEN 1 AND 100),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, content_id),
  FOREIGN KEY (organisation_id, content_id) REFERENCES content_items (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, current_version_id) REFERENCES scorm_versions (organisation_id, id),
  CHECK ((attempt_rule = 'limited') = (max_attempts IS NOT NULL))
);

-- The unpacked files of a version, by their path in the zip; served from the content origin.
CREATE TABLE scorm_files (
  organisation_id uuid NOT NULL,
  version_id uuid NOT NULL,
  path text NOT NULL,
  storage_key text NOT NULL,
  size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
  content_type text NOT NULL,
  PRIMARY KEY (organisation_id, version_id, path),
  FOREIGN KEY (organisation_id, version_id) REFERENCES scorm_versions (organisation_id, id) ON DELETE CASCADE
);
