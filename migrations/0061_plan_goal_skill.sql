-- A plan goal serves one thing (an organisation or team goal, a skill or a job role) and may also name
-- the skill it develops, with a target level: "Specialist wondzorg worden" serves the organisation goal
-- "Langer veilig thuis wonen" and grows the skill Wondzorg. Like serves_id, no foreign key: checked on
-- write against the organisation's skills (archived skills keep their id).
ALTER TABLE plan_goals
  ADD COLUMN skill_id uuid,
  ADD COLUMN skill_target_level integer CHECK (skill_target_level BETWEEN 1 AND 10);
