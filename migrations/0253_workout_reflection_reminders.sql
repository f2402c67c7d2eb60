-- WorkOut reflection reminders (issue 15): a participant who has not reflected a few days after the
-- session gets one reminder (bell and mail). Marked per participant so the job never reminds twice.

ALTER TABLE workout_participants ADD COLUMN reminded_at timestamptz;
CREATE INDEX workouts_planned_on ON workouts (planned_on) WHERE status = 'planned';
