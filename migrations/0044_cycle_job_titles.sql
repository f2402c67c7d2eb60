-- Conversation cycles can also be limited to job titles (e.g. only "Verpleegkundige"); empty: every job.
ALTER TABLE conversation_cycles ADD COLUMN job_titles text[] NOT NULL DEFAULT '{}';
