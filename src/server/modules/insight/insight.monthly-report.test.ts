import JSZip from 'jszip';
import { sql } from 'kysely';
import pino from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModuleDeps } from '../../modules.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { previousMonth, sendMonthlyReports } from './insight.monthly-report.ts';

// The monthly report: Olga (owner), Hanna (HR) and Lars (L&D, reads English) get the organisation's
// month; Mila gets her team's (Emre); Emre gets none. February: Emre 90 minutes, Hanna 30.

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
const deps = () => createModuleDeps({ db, config, log: pino({ level: 'silent' }) });

const mails = async () =>
  db
    .selectFrom('outbox_messages')
    .select(['to_address', 'subject', 'text_body'])
    .where('kind', '=', 'insight_monthly_report')
    .where('organisation_id', '=', org.organisation.id)
    .orderBy('created_at')
    .orderBy('to_address')
    .execute();

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  await sql`UPDATE people SET locale = 'en' WHERE id = ${org.people.ldAdmin.id}`.execute(db);
  for (const [person, day, minutes] of [
    [org.people.employee.id, '2026-02-10', 90],
    [org.people.hrAdmin.id, '2026-02-11', 30],
  ] as const)
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${org.organisation.id}, ${person}, ${day}, ${minutes}, 'manual', 'Casus')`.execute(db);
  await runJob('insight.refresh', { db, config });
});

describe('the monthly report by mail', () => {
  it('knows the month before', () => {
    expect(previousMonth('2026-03-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(previousMonth('2026-01-31')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('says who gets it, and lets a person switch it off', async () => {
    expect((await org.as.employee.get('/api/v1/insight/report-mail')).json()).toEqual({
      isRecipient: false,
      isSubscribed: true,
    });
    expect((await org.as.manager.get('/api/v1/insight/report-mail')).json()).toEqual({
      isRecipient: true,
      isSubscribed: true,
    });
    const off = await org.as.hrAdmin.put('/api/v1/insight/report-mail', { isSubscribed: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json()).toEqual({ isRecipient: true, isSubscribed: false });
    const bad = await org.as.hrAdmin.put('/api/v1/insight/report-mail', { isSubscribed: 'no' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('isSubscribed');
    expect((await org.anonymous.get('/api/v1/insight/report-mail')).statusCode).toBe(401);
  });

  it('sends last month once per person, in their language, with the figures counted by hand', async () => {
    await sendMonthlyReports(deps(), new Date('2026-03-02T08:00:00Z'));
    const sent = await mails();
    const to = (person: { email: string }) => sent.filter((mail) => mail.to_address === person.email);
    // Hanna switched it off; Emre manages nobody and has no organisation role.
    expect(sent.map((mail) => mail.to_address).sort()).toEqual(
      [org.people.owner.email, org.people.ldAdmin.email, org.people.manager.email].sort(),
    );
    const [olga] = to(org.people.owner);
    expect(olga!.subject).toBe('Maandrapport leren: februari 2026');
    expect(olga!.text_body).toContain('in de organisatie');
    expect(olga!.text_body).toContain('- Actieve lerenden: 2 van 5\n- Leeruren: 2\n- Afgerond: 0');
    expect(olga!.text_body).toContain('/insight/organisation');
    const [lars] = to(org.people.ldAdmin);
    expect(lars!.subject).toBe('Monthly learning report: February 2026');
    expect(lars!.text_body).toContain('- Active learners: 2 of 5\n- Learning hours: 2\n- Completions: 0');
    const [mila] = to(org.people.manager);
    expect(mila!.text_body).toContain('in je team');
    expect(mila!.text_body).toContain('- Actieve lerenden: 1 van 1\n- Leeruren: 1,5\n- Afgerond: 0');
    expect(mila!.text_body).toContain('/insight/team#report-mail');

    // The job runs daily: the same month is not sent again.
    await sendMonthlyReports(deps(), new Date('2026-03-03T08:00:00Z'));
    expect(await mails()).toHaveLength(3);
    // A new month is: March, to the same three (Hanna still off).
    await sendMonthlyReports(deps(), new Date('2026-04-01T08:00:00Z'));
    const april = (await mails()).slice(3);
    expect(april).toHaveLength(3);
    expect(april.find((mail) => mail.to_address === org.people.owner.email)!.subject).toBe(
      'Maandrapport leren: maart 2026',
    );
    const rows = await db
      .selectFrom('insight_report_mails')
      .select(['person_id', 'month'])
      .where('organisation_id', '=', org.organisation.id)
      .execute();
    expect(rows).toHaveLength(6);
  });

  it("is in the person's own export: the months mailed and the switch", async () => {
    const mine = async (client: typeof org.as.hrAdmin, file: string) => {
      const zip = await JSZip.loadAsync((await client.get('/api/v1/privacy/me/export')).rawPayload);
      return JSON.parse(await zip.file(`insight/${file}.json`)!.async('string'));
    };
    // Hanna switched it off (and got none); Olga got February and March.
    expect(await mine(org.as.hrAdmin, 'monthly-report-opt-out')).toHaveLength(1);
    expect(await mine(org.as.hrAdmin, 'monthly-report-mails')).toEqual([]);
    expect((await mine(org.as.owner, 'monthly-report-mails')).length).toBe(2);
    expect(await mine(org.as.owner, 'monthly-report-opt-out')).toEqual([]);
  });

  it("leaves the organisation's figures out when it has fewer people than the minimum group size", async () => {
    await sql`INSERT INTO survey_settings (organisation_id, anonymity_threshold) VALUES (${org.organisation.id}, 6)`.execute(
      db,
    );
    await sendMonthlyReports(deps(), new Date('2026-05-01T08:00:00Z'));
    const may = (await mails()).filter((mail) => mail.subject.includes('april'));
    const body = (person: { email: string }) =>
      may.find((mail) => mail.to_address === person.email)!.text_body;
    expect(body(org.people.owner)).toContain('- Te weinig mensen om cijfers te tonen (minder dan 6).');
    expect(body(org.people.owner)).not.toContain('Actieve lerenden');
    // A manager's team is people the manager sees one by one anyway.
    expect(body(org.people.manager)).toContain('- Actieve lerenden: 0 van 1');
  });
});
