-- What the current-level rule (skills.level-rule.ts) needs per person and skill, kept up to date by triggers
-- on skill_ratings, so the team matrix and organisation gaps read one row per person and skill instead of
-- ranking every rating (BENCHMARKS.md). The rule itself is applied when reading: whether the latest manager
-- rating is recent depends on today's date, so it is stored with its date, never as a chosen level.
-- A row exists while the person has a rating other than a peer endorsement on the skill.
-- No foreign keys: deleting a person or skill deletes their ratings, and the triggers then remove the rows.
CREATE TABLE skill_current_levels (
  organisation_id uuid NOT NULL,
  person_id uuid NOT NULL,
  skill_id uuid NOT NULL,
  -- The latest manager rating (by rated_on, then created_at), and the latest self rating.
  manager_level integer,
  manager_rated_on date,
  manager_created_at timestamptz,
  self_level integer,
  self_rated_on date,
  self_created_at timestamptz,
  -- The highest level shown by evidence.
  evidence_level integer,
  PRIMARY KEY (organisation_id, person_id, skill_id)
);

-- New ratings merge into the rows: "latest" and "highest" only move forward, so concurrent inserts for the
-- same person and skill each merge into the row the other committed (ON CONFLICT waits for it) and none is lost.
CREATE FUNCTION skill_current_levels_merge_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO skill_current_levels AS c
  SELECT organisation_id, person_id, skill_id,
    max(level) FILTER (WHERE source = 'manager'), max(rated_on) FILTER (WHERE source = 'manager'),
    max(created_at) FILTER (WHERE source = 'manager'),
    max(level) FILTER (WHERE source = 'self'), max(rated_on) FILTER (WHERE source = 'self'),
    max(created_at) FILTER (WHERE source = 'self'),
    max(level) FILTER (WHERE source = 'evidence')
  FROM (
    -- One rating per source: the latest manager and self rating, the highest evidence.
    SELECT DISTINCT ON (organisation_id, person_id, skill_id, source)
      organisation_id, person_id, skill_id, source, level, rated_on, created_at
    FROM added
    WHERE source <> 'peer'
    ORDER BY organisation_id, person_id, skill_id, source,
      CASE WHEN source = 'evidence' THEN level END DESC NULLS LAST, rated_on DESC, created_at DESC
  ) latest
  GROUP BY organisation_id, person_id, skill_id
  ON CONFLICT (organisation_id, person_id, skill_id) DO UPDATE SET
    manager_level = CASE WHEN c.manager_rated_on IS NULL
      OR (excluded.manager_rated_on, excluded.manager_created_at) > (c.manager_rated_on, c.manager_created_at)
      THEN excluded.manager_level ELSE c.manager_level END,
    manager_created_at = CASE WHEN c.manager_rated_on IS NULL
      OR (excluded.manager_rated_on, excluded.manager_created_at) > (c.manager_rated_on, c.manager_created_at)
      THEN excluded.manager_created_at ELSE c.manager_created_at END,
    manager_rated_on = CASE WHEN c.manager_rated_on IS NULL
      OR (excluded.manager_rated_on, excluded.manager_created_at) > (c.manager_rated_on, c.manager_created_at)
      THEN excluded.manager_rated_on ELSE c.manager_rated_on END,
    self_level = CASE WHEN c.self_rated_on IS NULL
      OR (excluded.self_rated_on, excluded.self_created_at) > (c.self_rated_on, c.self_created_at)
      THEN excluded.self_level ELSE c.self_level END,
    self_created_at = CASE WHEN c.self_rated_on IS NULL
      OR (excluded.self_rated_on, excluded.self_created_at) > (c.self_rated_on, c.self_created_at)
      THEN excluded.self_created_at ELSE c.self_created_at END,
    self_rated_on = CASE WHEN c.self_rated_on IS NULL
      OR (excluded.self_rated_on, excluded.self_created_at) > (c.self_rated_on, c.self_created_at)
      THEN excluded.self_rated_on ELSE c.self_rated_on END,
    evidence_level = greatest(c.evidence_level, excluded.evidence_level);
  RETURN NULL;
END $$;

-- Changed or deleted ratings (the app only inserts; deletes come from deleting a person or skill): lock the
-- rows of the touched pairs, so a concurrent writer finishes first, then rebuild them from skill_ratings.
CREATE FUNCTION skill_current_levels_rebuild(organisation_ids uuid[], person_ids uuid[], skill_ids uuid[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM skill_current_levels c
  JOIN unnest(organisation_ids, person_ids, skill_ids) AS t(organisation_id, person_id, skill_id)
    USING (organisation_id, person_id, skill_id)
  ORDER BY c.organisation_id, c.person_id, c.skill_id FOR UPDATE OF c;
  DELETE FROM skill_current_levels c
  USING unnest(organisation_ids, person_ids, skill_ids) AS t(organisation_id, person_id, skill_id)
  WHERE c.organisation_id = t.organisation_id AND c.person_id = t.person_id AND c.skill_id = t.skill_id;
  INSERT INTO skill_current_levels
  SELECT organisation_id, person_id, skill_id,
    max(level) FILTER (WHERE source = 'manager'), max(rated_on) FILTER (WHERE source = 'manager'),
    max(created_at) FILTER (WHERE source = 'manager'),
    max(level) FILTER (WHERE source = 'self'), max(rated_on) FILTER (WHERE source = 'self'),
    max(created_at) FILTER (WHERE source = 'self'),
    max(level) FILTER (WHERE source = 'evidence')
  FROM (
    SELECT DISTINCT ON (r.organisation_id, r.person_id, r.skill_id, r.source)
      r.organisation_id, r.person_id, r.skill_id, r.source, r.level, r.rated_on, r.created_at
    FROM skill_ratings r
    JOIN (SELECT DISTINCT * FROM unnest(organisation_ids, person_ids, skill_ids)) AS t(organisation_id, person_id, skill_id)
      USING (organisation_id, person_id, skill_id)
    WHERE r.source <> 'peer'
    ORDER BY r.organisation_id, r.person_id, r.skill_id, r.source,
      CASE WHEN r.source = 'evidence' THEN r.level END DESC NULLS LAST, r.rated_on DESC, r.created_at DESC
  ) latest
  GROUP BY organisation_id, person_id, skill_id;
END $$;

CREATE FUNCTION skill_current_levels_rebuild_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM skill_current_levels_rebuild(array_agg(organisation_id), array_agg(person_id), array_agg(skill_id))
  FROM removed;
  RETURN NULL;
END $$;

CREATE FUNCTION skill_current_levels_rebuild_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM skill_current_levels_rebuild(array_agg(organisation_id), array_agg(person_id), array_agg(skill_id))
  FROM (SELECT organisation_id, person_id, skill_id FROM removed
        UNION SELECT organisation_id, person_id, skill_id FROM added) touched;
  RETURN NULL;
END $$;

CREATE FUNCTION skill_current_levels_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM skill_current_levels;
  RETURN NULL;
END $$;

CREATE TRIGGER skill_ratings_added AFTER INSERT ON skill_ratings
  REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION skill_current_levels_merge_added();
CREATE TRIGGER skill_ratings_changed AFTER UPDATE ON skill_ratings
  REFERENCING OLD TABLE AS removed NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION skill_current_levels_rebuild_changed();
CREATE TRIGGER skill_ratings_removed AFTER DELETE ON skill_ratings
  REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION skill_current_levels_rebuild_removed();
CREATE TRIGGER skill_ratings_truncated AFTER TRUNCATE ON skill_ratings
  FOR EACH STATEMENT EXECUTE FUNCTION skill_current_levels_clear();

-- The ratings so far.
SELECT skill_current_levels_rebuild(array_agg(organisation_id), array_agg(person_id), array_agg(skill_id))
FROM skill_ratings;
