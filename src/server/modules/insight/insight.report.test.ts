import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

// The organisation dashboard as a PDF, read back with pdf.js: a small organisation with hand-counted
// figures (3 people in Noord with budgets, 2 in West; minimum group 3).

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

async function textOf(data: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .filter((text) => text.trim() !== '')
        .join('\n'),
    );
  }
  return { pages, title: ((await doc.getMetadata()).info as { Title?: string }).Title };
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const orgId = org.organisation.id;
  const west = (await buildOrgUnit(db, orgId, { name: 'West' })).id;
  await sql`INSERT INTO survey_settings (organisation_id, anonymity_threshold) VALUES (${orgId}, 3)`.execute(
    db,
  );
  for (const [name, unit] of [
    ['n1', org.unit.id],
    ['n2', org.unit.id],
    ['n3', org.unit.id],
    ['w1', west],
    ['w2', west],
  ] as const) {
    const person = await buildPerson(db, orgId, { givenName: name, orgUnitId: unit });
    await sql`INSERT INTO development_budgets (organisation_id, person_id, year, amount_cents, source)
      VALUES (${orgId}, ${person.id}, 2026, 100000, 'manual')`.execute(db);
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${orgId}, ${person.id}, '2026-02-10', 120, 'manual', 'Casus')`.execute(db);
  }
  await runJob('insight.refresh', { db, config });
});

describe('the PDF report of the organisation dashboard', () => {
  it('is a download in the asked language with the figures of the dashboard', async () => {
    const answer = await org.as.hrAdmin.get(
      '/api/v1/insight/organisation/report.pdf?from=2026-01-01&to=2026-06-30&locale=nl',
    );
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.headers['content-type']).toBe('application/pdf');
    expect(answer.headers['content-disposition']).toContain('attachment');
    expect(answer.headers['content-disposition']).toContain('groeipad-report-2026-01-01-2026-06-30.pdf');
    const { pages, title } = await textOf(answer.rawPayload);
    expect(title).toBe('Rapport: leren in de organisatie');
    const text = pages.join('\n');
    expect(text).toContain('Periode 2026-01-01 t/m 2026-06-30');
    expect(text).toContain('Selectie: iedereen');
    // 5 people learned 2 hours each in February: 10 hours (× € 45); the five budget holders and the five role people.
    expect(text).toContain(
      'Kerncijfers\nMensen\n10\nActieve lerenden\n5\nAandeel actief\n50%\nLeeruren\n10\nAfgerond\n0\nKosten leertijd\n€ 450,00',
    );
    expect(text).toContain('2026-02\n5\n10\n0');
    // Budgets: West (2) is too small, and Noord (3) goes with it (else total − Noord = West); the total is shown.
    expect(text).toContain('Ontwikkelbudget 2026');
    expect(text).toContain('Groepen kleiner dan 3 worden niet getoond.');
    expect(text).not.toMatch(/\n(West|Team Noord)\n[23]\n€/);
    expect(text).toMatch(/Totaal\n5\n€ 5\.000,00/);
    expect(text).toContain('Let op: dit toont samenhang, geen oorzaak.');
    expect(pages.at(-1)).toContain(`Pagina ${pages.length} van ${pages.length}`);
  });

  it('speaks English when asked, and keeps small groups out under a filter', async () => {
    const west = await org.as.ldAdmin.get(
      `/api/v1/insight/organisation/report.pdf?from=2026-01-01&to=2026-06-30&locale=en&jobTitle=Nobody`,
    );
    expect(west.statusCode).toBe(200);
    const { title, pages } = await textOf(west.rawPayload);
    expect(title).toBe('Report: learning in the organisation');
    expect(pages.join('\n')).toContain('Selection: job title Nobody');
    expect(pages.join('\n')).not.toContain('€ 5,000');
  });

  it('is for HR, L&D and the owner only, and names a bad filter', async () => {
    expect((await org.as.manager.get('/api/v1/insight/organisation/report.pdf')).statusCode).toBe(403);
    expect((await org.anonymous.get('/api/v1/insight/organisation/report.pdf')).statusCode).toBe(401);
    const bad = await org.as.hrAdmin.get('/api/v1/insight/organisation/report.pdf?locale=de');
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('locale');
  });
});
