-- cmi5 (issue 14, finished): sessions idle past the timeout are abandoned by a job (last_activity_at
-- is when the AU was last heard from); L&D may waive an AU for a learner (cmi5 9.3.9: waived counts
-- toward moveOn); a course gets new versions in place (registrations stay; version counts them) and
-- may come from an address instead of an upload (source_url).

ALTER TABLE cmi5_sessions ADD COLUMN last_activity_at timestamptz;
CREATE INDEX cmi5_sessions_idle ON cmi5_sessions ((coalesce(last_activity_at, launched_at)))
  WHERE status IN ('launched', 'initialized');

ALTER TABLE cmi5_au_states
  ADD COLUMN waived_at timestamptz,
  ADD COLUMN waived_reason text CHECK (
    waived_reason IN ('Tested Out', 'Equivalent AU', 'Equivalent Outside Activity', 'Administrative')
  ),
  ADD COLUMN waived_by uuid;

ALTER TABLE cmi5_courses
  ADD COLUMN version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  ADD COLUMN source_url text,
  ADD COLUMN updated_at timestamptz;
