-- WorkOut settings per organisation (issue 15): how many days after the session a participant who has not
-- reflected gets the (single) reminder. No row means the default of 2 days.

CREATE TABLE workout_settings (
  organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
  reflection_reminder_days integer NOT NULL DEFAULT 2 CHECK (reflection_reminder_days BETWEEN 1 AND 14),
  updated_at timestamptz NOT NULL DEFAULT now()
);
