-- Sign-in protection throttles by account (the e-mail as typed) and client address instead of locking
-- accounts: a lock told strangers which accounts exist and let them lock anyone out. The per-account
-- counters go; attempts are counted per e-mail, per e-mail and address, and per address.
ALTER TABLE people DROP COLUMN failed_sign_ins, DROP COLUMN locked_until;
CREATE INDEX sign_in_attempts_email ON sign_in_attempts (email, client_ip, attempted_at);
-- Old attempts are pruned daily; this finds them without reading the whole table.
CREATE INDEX sign_in_attempts_time ON sign_in_attempts (attempted_at);
