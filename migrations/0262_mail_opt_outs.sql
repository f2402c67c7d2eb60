-- A person's opt-outs of optional e-mail (issue 18, "Mijn gegevens"): the kinds that only tell or
-- remind — the bell still shows them — never sign-in, security or a request addressed to the person.
-- queueMail honours the rows for whoever the mail is to; they go with the person on erasure.

CREATE TABLE mail_opt_outs (
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  mail_kind text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, person_id, mail_kind),
  FOREIGN KEY (organisation_id, person_id) REFERENCES people (organisation_id, id) ON DELETE CASCADE
);
