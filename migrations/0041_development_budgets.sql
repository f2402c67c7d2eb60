-- Personal development budgets: money (in cents) and hours per person per year, requests against them
-- with an approval chain, and files (quotes, proof) kept on local disk under DATA_DIR.

-- Contract hours per week, for pro-rata budgets (HR import fills it; NULL counts as full time).
ALTER TABLE people ADD COLUMN contract_hours numeric(4, 1) CHECK (contract_hours > 0 AND contract_hours <= 60);

-- The rule HR sets per year; budgets are (re)allocated from it or imported.
CREATE TABLE budget_policies (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  hours integer NOT NULL DEFAULT 0 CHECK (hours >= 0),
  is_pro_rata boolean NOT NULL DEFAULT false,
  full_time_hours numeric(4, 1) NOT NULL DEFAULT 36 CHECK (full_time_hours > 0),
  carry_over_max_cents integer NOT NULL DEFAULT 0 CHECK (carry_over_max_cents >= 0),
  requires_hr_approval boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, year)
);

CREATE TABLE development_budgets (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL,
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  amount_cents integer NOT NULL CHECK (amount_cents >= 0),
  carried_over_cents integer NOT NULL DEFAULT 0 CHECK (carried_over_cents >= 0),
  hours integer NOT NULL DEFAULT 0 CHECK (hours >= 0),
  source text NOT NULL CHECK (source IN ('rule', 'import', 'manual')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX development_budgets_person_year ON development_budgets (organisation_id, person_id, year);

CREATE TABLE budget_requests (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  budget_id uuid NOT NULL,
  person_id uuid NOT NULL,
  goal_id uuid,
  provider text NOT NULL CHECK (length(provider) BETWEEN 1 AND 200),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  starts_on date,
  ends_on date,
  cost_cents integer NOT NULL CHECK (cost_cents >= 0),
  hours integer NOT NULL DEFAULT 0 CHECK (hours >= 0),
  motivation text NOT NULL CHECK (length(motivation) BETWEEN 1 AND 5000),
  state text NOT NULL DEFAULT 'pending_manager'
    CHECK (state IN ('pending_manager', 'pending_hr', 'approved', 'declined', 'cancelled', 'completed')),
  manager_decided_by uuid,
  manager_decided_at timestamptz,
  hr_decided_by uuid,
  hr_decided_at timestamptz,
  decline_reason text,
  is_over_budget_override boolean NOT NULL DEFAULT false,
  override_reason text,
  spent_cents integer CHECK (spent_cents >= 0),
  completed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, budget_id) REFERENCES development_budgets (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE,
  FOREIGN KEY (organisation_id, goal_id) REFERENCES plan_goals (organisation_id, id) ON DELETE SET NULL (goal_id),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on),
  CHECK (state <> 'declined' OR decline_reason IS NOT NULL)
);
CREATE INDEX budget_requests_budget ON budget_requests (organisation_id, budget_id, state);
CREATE INDEX budget_requests_state ON budget_requests (organisation_id, state);

-- Quotes and proof of completion; the bytes live on disk (see budgets/budget-files.ts).
CREATE TABLE budget_request_files (
  organisation_id uuid NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL,
  purpose text NOT NULL CHECK (purpose IN ('quote', 'proof')),
  file_name text NOT NULL,
  content_type text NOT NULL,
  size_bytes integer NOT NULL,
  storage_key text NOT NULL,
  uploaded_by uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, id),
  FOREIGN KEY (organisation_id, request_id) REFERENCES budget_requests (organisation_id, id) ON DELETE CASCADE
);
CREATE INDEX budget_request_files_request ON budget_request_files (organisation_id, request_id);
