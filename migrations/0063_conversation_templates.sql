-- HR's own wording of a conversation template (sections and questions, in Dutch and English), by the key
-- of the template Groeipad ships. Without a row the shipped template is used. A cycle copies its template
-- when it is opened (conversation_cycles.template), so an edit here only reaches cycles opened later:
-- conversations already prepared keep the questions their answers belong to.
CREATE TABLE conversation_templates (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  key text NOT NULL,
  name jsonb NOT NULL,
  description jsonb NOT NULL,
  sections jsonb NOT NULL,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, key),
  FOREIGN KEY (organisation_id, updated_by) REFERENCES people (organisation_id, id) ON DELETE SET NULL (updated_by)
);
