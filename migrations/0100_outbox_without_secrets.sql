-- Mail that carries a secret (an invitation or password-reset link) is kept twice: `text_body` is what
-- admins see in the outbox, with the secret hidden; `delivery_body` is what the recipient gets, kept
-- only until it is delivered (SMTP, or the .eml file in DATA_DIR/outbox) and then cleared, so neither
-- the outbox page, the API nor a database backup holds a usable link afterwards.
ALTER TABLE outbox_messages ADD COLUMN delivery_body text;

-- Mail queued before this migration: unsent mail keeps its live link for delivery, and every body
-- shown from now on has the token hidden.
UPDATE outbox_messages SET delivery_body = text_body
WHERE sent_at IS NULL AND text_body ~ '[?&]token=[A-Za-z0-9_-]';
UPDATE outbox_messages
SET text_body = regexp_replace(text_body, '([?&]token=)[A-Za-z0-9_-]+', '\1•••••', 'g')
WHERE text_body ~ '[?&]token=[A-Za-z0-9_-]';
