-- GIN indexes buffer new entries in a pending list that every search reads linearly until (auto)vacuum
-- merges it; the default limit is 4 MB. Right after a bulk insert (an HR import of 10,000 people, a
-- catalogue import) a people search then took 7 ms in the trigram index instead of 0.1 ms, and the
-- planner, which counts the pending pages, preferred scanning the whole table. A 256 kB limit keeps
-- inserts batched but merges early, so searches stay fast between vacuums.
ALTER INDEX people_search SET (gin_pending_list_limit = 256);
ALTER INDEX content_versions_fts SET (gin_pending_list_limit = 256);
ALTER INDEX content_versions_trgm SET (gin_pending_list_limit = 256);
ALTER INDEX courses_fts SET (gin_pending_list_limit = 256);
ALTER INDEX courses_trgm SET (gin_pending_list_limit = 256);
ALTER INDEX learning_paths_fts SET (gin_pending_list_limit = 256);
ALTER INDEX learning_paths_trgm SET (gin_pending_list_limit = 256);
