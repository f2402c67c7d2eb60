import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOrganisation, buildPerson } from '../../factories/factories.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { createMailDelivery } from './mail.delivery.ts';

const { app, db, config } = await startTestApp();

describe('mail delivery without SMTP', () => {
  it('writes each queued message once as an .eml file in DATA_DIR/outbox and marks it sent', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const person = await buildPerson(db, org.organisation.id, {
      email: 'nieuw@example.test',
      givenName: 'Noor',
      locale: 'nl',
    });
    await org.as.hrAdmin.post(`/api/v1/people/${person.id}/invitation`);
    const delivery = createMailDelivery({ db, smtpUrl: undefined, dataDir: config.dataDir });
    expect(await delivery.deliverPending()).toBe(1);
    expect(await delivery.deliverPending()).toBe(0);
    const files = readdirSync(join(config.dataDir, 'outbox'));
    expect(files).toHaveLength(1);
    const eml = readFileSync(join(config.dataDir, 'outbox', files[0]!), 'utf8');
    expect(eml).toContain('To: nieuw@example.test');
    expect(eml).toContain('Hallo Noor');
    expect(eml).toMatch(/http:\/\/groeipad\.test\/welcome\?token=/);
    const outbox = (await org.as.hrAdmin.get('/api/v1/outbox')).json();
    expect(outbox.items[0].sentAt).not.toBeNull();
  });

  it('keeps a message unsent with the error when SMTP fails, to try again later', async () => {
    const org = await buildOrganisation(db);
    await db
      .insertInto('outbox_messages')
      .values({
        organisation_id: org.id,
        to_address: 'x@example.test',
        subject: 's',
        text_body: 'b',
        kind: 'invitation',
      })
      .execute();
    const delivery = createMailDelivery({ db, smtpUrl: 'smtp://127.0.0.1:1', dataDir: config.dataDir });
    expect(await delivery.deliverPending()).toBe(0);
    const row = await db
      .selectFrom('outbox_messages')
      .selectAll()
      .where('organisation_id', '=', org.id)
      .executeTakeFirstOrThrow();
    expect(row.sent_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.last_error).toMatch(/ECONNREFUSED|connect/);
  });
});
