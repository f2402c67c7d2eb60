-- The statement store's filter indexes carry what GET /statements checks besides the filter itself
-- (is_voided, and stored for since/until), so a page is chosen by an index-only scan: the key gives
-- the filter and the order (seq, the `more` cursor), the included columns answer "not voided" and the
-- time bounds without a heap visit per candidate. Only the page's own rows are then read from the heap.
-- Names stay the same; every index still leads with organisation_id (the tenant, Citus's column).
DROP INDEX xapi_statements_seq;
CREATE UNIQUE INDEX xapi_statements_seq ON xapi_statements (organisation_id, seq) INCLUDE (is_voided, stored);

DROP INDEX xapi_statements_actor;
CREATE INDEX xapi_statements_actor ON xapi_statements (organisation_id, actor_key, seq)
  INCLUDE (is_voided, stored);

DROP INDEX xapi_statements_object_agent;
CREATE INDEX xapi_statements_object_agent ON xapi_statements (organisation_id, object_agent_key, seq)
  INCLUDE (is_voided, stored) WHERE object_agent_key IS NOT NULL;

DROP INDEX xapi_statements_verb;
CREATE INDEX xapi_statements_verb ON xapi_statements (organisation_id, verb_id, seq)
  INCLUDE (is_voided, stored);

DROP INDEX xapi_statements_activity;
CREATE INDEX xapi_statements_activity ON xapi_statements (organisation_id, activity_key, seq)
  INCLUDE (is_voided, stored) WHERE activity_key IS NOT NULL;

DROP INDEX xapi_statements_registration;
CREATE INDEX xapi_statements_registration ON xapi_statements (organisation_id, registration, seq)
  INCLUDE (is_voided, stored) WHERE registration IS NOT NULL;
