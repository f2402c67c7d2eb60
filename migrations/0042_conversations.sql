-- Conversation cycles (functioneringsgesprek / ontwikkelgesprek): HR opens a cycle with a template; each
-- employee-manager pair gets a conversation with private preparations, shared notes, agreed actions,
-- ratings and sign-off by both.

CREATE TABLE conversation_cycles (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  template_key text NOT NULL,
  -- The template is copied into the cycle so later edits to a shipped template never change a running cycle.
  template jsonb NOT NULL,
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  preparation_due date NOT NULL,
  sign_off_due date NOT NULL,
  unit_ids uuid[] NOT NULL DEFAULT '{}', -- empty: everyone with a manager
  state text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed')),
  created_by uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  CHECK (ends_on >= starts_on)
);

CREATE TABLE conversations (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  cycle_id uuid NOT NULL,
  employee_id uuid NOT NULL,
  manager_id uuid NOT NULL,
  org_unit_id uuid,
  meeting_at timestamptz,
  held_at timestamptz,
  shared_notes text NOT NULL DEFAULT '',
  ratings jsonb NOT NULL DEFAULT '{}',
  employee_signed_at timestamptz,
  manager_signed_at timestamptz,
  employee_reopen_at timestamptz,
  manager_reopen_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, cycle_id) REFERENCES conversation_cycles (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, employee_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, manager_id) REFERENCES people (organisation_id, id),
  FOREIGN KEY (organisation_id, org_unit_id) REFERENCES org_units (organisation_id, id) ON DELETE SET NULL (org_unit_id)
);
CREATE UNIQUE INDEX conversations_cycle_employee ON conversations (organisation_id, cycle_id, employee_id);
CREATE INDEX conversations_manager ON conversations (organisation_id, manager_id);
CREATE INDEX conversations_employee ON conversations (organisation_id, employee_id);
CREATE INDEX conversations_cycle_unit ON conversations (organisation_id, cycle_id, org_unit_id);

-- Each side's preparation: private until shared_at is set.
CREATE TABLE conversation_preparations (
  organisation_id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  side text NOT NULL CHECK (side IN ('employee', 'manager')),
  answers jsonb NOT NULL DEFAULT '{}',
  shared_at timestamptz,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, conversation_id, side),
  FOREIGN KEY (organisation_id, conversation_id) REFERENCES conversations (organisation_id, id) ON DELETE CASCADE
);

CREATE TABLE conversation_actions (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  conversation_id uuid NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  plan_action_id uuid,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, conversation_id) REFERENCES conversations (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, plan_action_id) REFERENCES plan_actions (organisation_id, id) ON DELETE SET NULL (plan_action_id)
);
CREATE INDEX conversation_actions_conversation ON conversation_actions (organisation_id, conversation_id);

-- Reminders sent, so the daily job sends each once.
CREATE TABLE conversation_reminders (
  organisation_id uuid NOT NULL,
  conversation_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('preparation', 'sign_off')),
  sent_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, conversation_id, kind),
  FOREIGN KEY (organisation_id, conversation_id) REFERENCES conversations (organisation_id, id) ON DELETE CASCADE
);
