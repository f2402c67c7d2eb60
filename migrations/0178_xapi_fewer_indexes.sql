-- Ingest maintains every index of the statement store for each statement; one no query reads is
-- dropped: (organisation_id, object_kind, object_id, seq). Progress from statements is driven by the
-- bus event at ingest (the statement's catalogue item travels with it), and no read filters the store
-- by catalogue item, so the index only cost writes (Groeipad's own learning events, every one of
-- which carries a catalogue item).
DROP INDEX IF EXISTS xapi_statements_catalogue;
