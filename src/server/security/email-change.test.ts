import { beforeAll, describe, expect, it } from 'vitest';
import { buildPerson } from '../factories/factories.ts';
import { readMailbox, tokenMailedTo } from '../test/mailbox.ts';
import {
  anonymous,
  buildOrganisationWithRoles,
  Client,
  signInAs,
  startTestApp,
  testPassword,
} from '../test/test-app.ts';

// Issue 10, item 2: HR (or a people:write token) changed the owner's e-mail, then reset the password.
// Changing someone's address is allowed only to who may grant all their roles; the old address hears
// of it; the person's sessions and open links end. The HR import follows the same rule.

const { app, db, config } = await startTestApp();
const mailbox = { db, dataDir: config.dataDir };
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let token: Client;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const created = await org.as.owner.post('/api/v1/api-tokens', {
    name: 'HR-koppeling',
    scopes: ['people:write'],
  });
  token = new Client(app, null, null, { authorization: `Bearer ${created.json().token}` });
});

const emailOf = async (personId: string) =>
  (await db.selectFrom('people').select('email').where('id', '=', personId).executeTakeFirstOrThrow()).email;
const mailsTo = (address: string) =>
  db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'text_body'])
    .where('to_address', '=', address)
    .execute();

const withRoles = (
  roles: ('owner' | 'hr_admin' | 'ld_admin' | 'coach')[],
  extra: { locale?: 'nl' | 'en' } = {},
) => buildPerson(db, org.organisation.id, { password: testPassword, roles, ...extra });

describe('who may change an e-mail address', () => {
  it('refuses HR and a people:write token the owner’s address (403 on email), and changes nothing', async () => {
    for (const client of [org.as.hrAdmin, token]) {
      const response = await client.patch(`/api/v1/people/${org.people.owner.id}`, {
        email: 'aanvaller@example.test',
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().errors[0]).toMatchObject({ field: 'email', code: 'emailLocked' });
    }
    expect(await emailOf(org.people.owner.id)).toBe(org.people.owner.email);
    expect(await mailsTo(org.people.owner.email)).toEqual([]);
    // So the attacker's reset goes nowhere: no mail to their address.
    await anonymous(app).post('/api/v1/auth/password-reset', { email: 'aanvaller@example.test' });
    expect(await mailsTo('aanvaller@example.test')).toEqual([]);
    // The owner still signs in as before.
    expect((await signInAs(app, org.people.owner)).cookie).toBeTruthy();
  });

  it('refuses HR the address of an HR admin who is also owner, and a token that of any admin', async () => {
    const hrOwner = await withRoles(['hr_admin', 'owner']);
    const hrAdmin = await withRoles(['hr_admin']);
    const ldAdmin = await withRoles(['ld_admin']);
    const patch = (client: Client, personId: string) =>
      client.patch(`/api/v1/people/${personId}`, { email: `nieuw.${personId.slice(0, 8)}@example.test` });
    expect((await patch(org.as.hrAdmin, hrOwner.id)).statusCode).toBe(403);
    expect((await patch(token, hrOwner.id)).statusCode).toBe(403);
    expect((await patch(token, hrAdmin.id)).statusCode).toBe(403);
    expect((await patch(token, ldAdmin.id)).statusCode).toBe(403);
    expect(await emailOf(hrAdmin.id)).toBe(hrAdmin.email);
    // Within what they may grant, they may: HR an L&D admin's, the token an employee's or coach's.
    expect((await patch(org.as.hrAdmin, ldAdmin.id)).statusCode).toBe(200);
    expect((await patch(token, (await withRoles(['coach'])).id)).statusCode).toBe(200);
    expect((await patch(token, org.people.employee.id)).statusCode).toBe(200);
    // The owner may change anyone's.
    expect((await patch(org.as.owner, hrOwner.id)).statusCode).toBe(200);
  });

  it('does not let a token hand out admin roles either (the other way round the rule)', async () => {
    const person = await buildPerson(db, org.organisation.id, {});
    const grant = await token.put(`/api/v1/people/${person.id}/roles`, { roles: ['hr_admin'] });
    expect(grant.statusCode).toBe(400);
    expect(grant.json().errors[0]).toMatchObject({ field: 'roles', code: 'personOnly' });
    const create = await token.post('/api/v1/people', {
      givenName: 'Nep',
      familyName: 'Beheerder',
      email: 'nep.beheerder@example.test',
      roles: ['ld_admin'],
    });
    expect(create.statusCode).toBe(400);
    expect((await token.put(`/api/v1/people/${person.id}/roles`, { roles: ['coach'] })).statusCode).toBe(200);
    const hrAdmin = await withRoles(['hr_admin']);
    expect((await token.put(`/api/v1/people/${hrAdmin.id}/roles`, { roles: [] })).statusCode).toBe(400);
    // A person with people.manage still grants them, as before.
    expect(
      (await org.as.hrAdmin.put(`/api/v1/people/${person.id}/roles`, { roles: ['hr_admin'] })).statusCode,
    ).toBe(200);
  });
});

describe('when an address does change', () => {
  it('tells the old address in the person’s language and ends their sessions and open links', async () => {
    const owner = await withRoles(['owner'], { locale: 'en' });
    const session = await signInAs(app, owner);
    // A reset link is out (asked by anyone) and not used yet.
    await anonymous(app).post('/api/v1/auth/password-reset', { email: owner.email });
    const openLink = await tokenMailedTo(mailbox, owner.email);

    const changed = await org.as.owner.patch(`/api/v1/people/${owner.id}`, {
      email: 'Nieuw.Adres@Example.test',
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().email).toBe('nieuw.adres@example.test');

    const notice = await readMailbox(mailbox, owner.email);
    expect(notice.text).toContain('Subject: Your e-mail address for Groeipad was changed');
    expect(notice.text).toContain('to nieuw.adres@example.test');
    expect(notice.text).toContain('Olga'); // who did it: the owner of buildOrganisationWithRoles
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const reset = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token: openLink,
      password: 'set through an old link',
    });
    expect(reset.statusCode).toBe(410);
    // The password stays; the new address signs in with it.
    expect((await signInAs(app, { email: 'nieuw.adres@example.test' })).cookie).toBeTruthy();
  });

  it('ends an open invitation too, and tells the old address in Dutch by default', async () => {
    const invitee = (
      await org.as.hrAdmin.post('/api/v1/people', {
        givenName: 'Ilse',
        familyName: 'Uitgenodigd',
        email: 'ilse@example.test',
        sendInvitation: true,
      })
    ).json();
    const invitation = await tokenMailedTo(mailbox, 'ilse@example.test');
    expect(
      (await org.as.hrAdmin.patch(`/api/v1/people/${invitee.id}`, { email: 'ilse.u@example.test' }))
        .statusCode,
    ).toBe(200);
    expect((await readMailbox(mailbox, 'ilse@example.test')).text).toContain(
      'Subject: Je e-mailadres voor Groeipad is gewijzigd',
    );
    const accept = await anonymous(app).post('/api/v1/auth/invitation/accept', {
      token: invitation,
      password: 'a password for Ilse',
    });
    expect(accept.statusCode).toBe(410);
  });

  it('sends nothing and ends nothing when the address stays the same', async () => {
    const person = await withRoles([]);
    const session = await signInAs(app, person);
    const response = await org.as.hrAdmin.patch(`/api/v1/people/${person.id}`, {
      email: person.email.toUpperCase(),
      jobTitle: 'Verpleegkundige',
    });
    expect(response.statusCode).toBe(200);
    expect((await session.get('/api/v1/me')).statusCode).toBe(200);
    expect(await mailsTo(person.email)).toEqual([]);
  });

  it('deactivating someone ends their sessions and any link they were sent', async () => {
    const person = (
      await org.as.hrAdmin.post('/api/v1/people', {
        givenName: 'Vera',
        familyName: 'Vertrek',
        email: 'vera@example.test',
        sendInvitation: true,
      })
    ).json();
    const invitation = await tokenMailedTo(mailbox, 'vera@example.test');
    expect((await org.as.hrAdmin.post(`/api/v1/people/${person.id}/deactivate`, {})).statusCode).toBe(200);
    // Back again later: the old link stays dead.
    await org.as.hrAdmin.patch(`/api/v1/people/${person.id}`, { status: 'active', endDate: null });
    const accept = await anonymous(app).post('/api/v1/auth/invitation/accept', {
      token: invitation,
      password: 'a password for Vera',
    });
    expect(accept.statusCode).toBe(410);
  });
});

describe('the HR import', () => {
  const uploadsUrl = '/api/v1/imports/people/uploads';
  const mapping = {
    employeeNumber: 'Personeelsnummer',
    givenName: 'Voornaam',
    familyName: 'Achternaam',
    email: 'E-mailadres',
  };
  const csv = (...lines: string[]) =>
    `${['Personeelsnummer;Voornaam;Achternaam;E-mailadres', ...lines].join('\r\n')}\r\n`;

  async function importFile(client: Client, content: string) {
    const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
    const body = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="hr.csv"\r\n` +
        `Content-Type: text/csv\r\n\r\n${content}\r\n--${boundary}--\r\n`,
    );
    const uploaded = await client.request('POST', uploadsUrl, body, {
      'content-type': `multipart/form-data; boundary=${boundary}`,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const { uploadId } = uploaded.json();
    const preview = await client.post(`${uploadsUrl}/${uploadId}/preview`, {
      mapping,
      deactivateMissing: false,
    });
    const apply = await client.post(`${uploadsUrl}/${uploadId}/apply`, { mapping, deactivateMissing: false });
    return { preview, apply };
  }

  it('cannot change an owner’s address either: the line is refused and nothing changes', async () => {
    const owner = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      roles: ['owner'],
      employeeNumber: 'B-001',
      givenName: 'Bea',
      familyName: 'Baas',
    });
    const file = csv('B-001;Bea;Baas;overgenomen@example.test');
    for (const client of [org.as.hrAdmin, token]) {
      const { preview, apply } = await importFile(client, file);
      expect(preview.json().ok).toBe(false);
      expect(preview.json().errors).toEqual([
        expect.objectContaining({ line: 2, column: 'E-mailadres', field: 'email', code: 'email_locked' }),
      ]);
      expect(apply.statusCode).toBe(400);
      expect(apply.json().code).toBe('import_rejected');
    }
    expect(await emailOf(owner.id)).toBe(owner.email);
    expect(await mailsTo(owner.email)).toEqual([]);
  });

  it('changes an address it may, telling the old one and ending that person’s sessions and links', async () => {
    const person = await buildPerson(db, org.organisation.id, {
      password: testPassword,
      employeeNumber: 'E-002',
      givenName: 'Eva',
      familyName: 'Eerst',
    });
    const session = await signInAs(app, person);
    await anonymous(app).post('/api/v1/auth/password-reset', { email: person.email });
    const openLink = await tokenMailedTo(mailbox, person.email);
    const { apply } = await importFile(org.as.hrAdmin, csv('E-002;Eva;Eerst;eva.nieuw@example.test'));
    expect(apply.statusCode, apply.body).toBe(200);
    expect(await emailOf(person.id)).toBe('eva.nieuw@example.test');
    expect((await readMailbox(mailbox, person.email)).text).toContain('gewijzigd in eva.nieuw@example.test');
    expect((await session.get('/api/v1/me')).statusCode).toBe(401);
    const reset = await anonymous(app).post('/api/v1/auth/password-reset/confirm', {
      token: openLink,
      password: 'set through an old link',
    });
    expect(reset.statusCode).toBe(410);
  });
});
