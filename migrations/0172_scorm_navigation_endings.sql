-- SCORM 2004 navigation requests that end an attempt from inside the package: exitAll (the attempt
-- ends with its results) and abandonAll (its data is thrown away; it still counts as an attempt).
ALTER TABLE scorm_attempts DROP CONSTRAINT scorm_attempts_closed_reason_check;
ALTER TABLE scorm_attempts ADD CONSTRAINT scorm_attempts_closed_reason_check
  CHECK (closed_reason IN ('new_attempt', 'new_version', 'exited', 'abandoned'));
