import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrgUnit, buildPerson } from '../../factories/factories.ts';
import { runJob } from '../../test/jobs.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { article } from '../catalogue/catalogue.fixtures.ts';

// A group of 4 with the default minimum group size (5) gets no figure from any endpoint, filter or export
// on the organisation dashboard's first half (docs/INSIGHT.md, "Small groups"). The organisation:
//   Team Noord: the five people of buildOrganisationWithRoles;
//   Groot (a sub-unit of Noord): g1–g6, "Verpleegkundige"; g1–g3 learned an hour and finished the article;
//   Klein: k1–k4, "Arts"; all four learned an hour and finished the article.
// All of g and k started in 2020 (in the retention cohort). The CSV and XLSX of a card are written in the
// browser from exactly these rows, so what the API leaves out is not in them either.

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
// biome-ignore lint/suspicious/noExplicitAny: answers are read loosely below
type Json = Record<string, any>;
const units: Record<string, string> = {};
const period = 'from=2026-01-01&to=2026-03-31';

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
  return pages.join('\n');
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  const orgId = org.organisation.id;
  units.noord = org.unit.id;
  units.groot = (await buildOrgUnit(db, orgId, { name: 'Groot', parentId: org.unit.id })).id;
  units.klein = (await buildOrgUnit(db, orgId, { name: 'Klein' })).id;
  const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Valpreventie'))).json<Json>();
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
  const people: [string, string, string, boolean][] = [
    ...[1, 2, 3, 4, 5, 6].map((n): [string, string, string, boolean] => [
      `g${n}`,
      'groot',
      'Verpleegkundige',
      n <= 3,
    ]),
    ...[1, 2, 3, 4].map((n): [string, string, string, boolean] => [`k${n}`, 'klein', 'Arts', true]),
  ];
  for (const [name, unit, jobTitle, learns] of people) {
    const person = await buildPerson(db, orgId, {
      givenName: name,
      orgUnitId: units[unit],
      jobTitle,
      startDate: '2020-01-01',
    });
    if (!learns) continue;
    await sql`INSERT INTO learning_time_entries (organisation_id, person_id, on_date, minutes, source, description)
      VALUES (${orgId}, ${person.id}, '2026-02-10', 60, 'manual', 'Casus')`.execute(db);
    await sql`INSERT INTO content_progress (organisation_id, person_id, content_id, percent, started_at, updated_at, completed_at)
      VALUES (${orgId}, ${person.id}, ${item.id}, 100, '2026-02-09T10:00:00Z', now(), '2026-02-10T10:00:00Z')`.execute(
      db,
    );
  }
  await runJob('insight.refresh', { db, config });
});

const get = async (path: string) => {
  const answer = await org.as.hrAdmin.get(path);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json<Json>();
};

/** Nothing about the people in scope: no totals, months, units, items, formats, cost. */
const expectNothing = (dashboard: Json) => {
  expect(dashboard.threshold).toBe(5);
  expect(dashboard.totals).toBeNull();
  expect(dashboard).toMatchObject({ months: [], units: [], items: [], formats: [] });
  expect(dashboard.cost).toMatchObject({ learningHours: null, timeCostCents: null });
};

describe('small groups on the organisation dashboard (minimum 5, a group of 4)', () => {
  it('shows the whole organisation, but not Klein (4) nor Noord, which would reveal Klein from the total', async () => {
    const dashboard = await get(`/api/v1/insight/organisation?${period}`);
    // 15 people, 7 learned an hour each and finished the article.
    expect(dashboard.totals).toEqual({
      people: 15,
      activeLearners: 7,
      activeShare: 46.7,
      learningHours: 7,
      completions: 7,
    });
    expect(dashboard.months).toEqual([
      { month: '2026-02', activeLearners: 7, learningHours: 7, completions: 7 },
    ]);
    // Klein (4) is too small; hidden alone, total − Noord − Groot would be Klein: Noord (5) goes too.
    expect(dashboard.units.map((unit: Json) => [unit.unitName, unit.people])).toEqual([['Groot', 6]]);
    expect(dashboard.hiddenUnits).toBe(2);
    expect(JSON.stringify(dashboard)).not.toContain(units.klein);
  });

  it('gives nothing for a unit or a job title of 4', async () => {
    expectNothing(await get(`/api/v1/insight/organisation?${period}&unitId=${units.klein}`));
    expectNothing(await get(`/api/v1/insight/organisation?${period}&jobTitle=arts`));
  });

  it('shows a unit of 6 that the unfiltered breakdown shows too, and refuses two filters at once', async () => {
    const groot = await get(`/api/v1/insight/organisation?${period}&unitId=${units.groot}`);
    expect(groot.totals).toEqual({
      people: 6,
      activeLearners: 3,
      activeShare: 50,
      learningHours: 3,
      completions: 3,
    });
    const both = await org.as.hrAdmin.get(
      `/api/v1/insight/organisation?${period}&unitId=${units.groot}&jobTitle=Arts`,
    );
    expect(both.statusCode).toBe(400);
    expect(both.json<Json>().errors[0].field).toBe('jobTitle');
  });

  it('gives nothing for a filter whose complement is 4 (no difference attack)', async () => {
    // Noord with Groot is 11 of 15: the whole minus it would be Klein.
    expectNothing(await get(`/api/v1/insight/organisation?${period}&unitId=${units.noord}`));
    // Six nurses with 9 people outside: shown, and Groot with nobody outside is shown as without a filter.
    const nurses = await get(`/api/v1/insight/organisation?${period}&jobTitle=Verpleegkundige`);
    expect(nurses.totals).toMatchObject({ people: 6, activeLearners: 3, learningHours: 3 });
    expect(nurses.units.map((unit: Json) => unit.unitName)).toEqual(['Groot']);
    expect(nurses.items[0]).toMatchObject({ started: 3, finishedOfStarted: 3 });
  });

  it('keeps goal coverage and retention of a group of 4 out', async () => {
    expect(await get(`/api/v1/insight/goals?${period}&unitId=${units.klein}`)).toMatchObject({
      isHidden: true,
      goals: [],
    });
    expect((await get(`/api/v1/insight/goals?${period}`)).isHidden).toBe(false);
    const whole = await get('/api/v1/insight/retention?to=2026-06-30');
    // Learned: g1–g3 and k1–k4 (7, shown); did not learn: g4–g6 (3, not shown).
    expect(whole.overall).toEqual({ learned: { people: 7, retained: 7, percent: 100 }, notLearned: null });
    const klein = whole.byUnit.find((row: Json) => row.unitId === units.klein);
    expect(klein).toMatchObject({ learned: null, notLearned: null });
    const filtered = await get(`/api/v1/insight/retention?to=2026-06-30&unitId=${units.klein}`);
    expect(filtered.overall).toEqual({ learned: null, notLearned: null });
    expect(
      [...filtered.byUnit, ...filtered.byTenure].every((row: Json) => !row.learned && !row.notLearned),
    ).toBe(true);
  });

  it('leaves the group of 4 out of the PDF report too', async () => {
    const answer = await org.as.hrAdmin.get(
      `/api/v1/insight/organisation/report.pdf?${period}&unitId=${units.klein}&locale=nl`,
    );
    expect(answer.statusCode).toBe(200);
    const text = await textOf(answer.rawPayload);
    expect(text).toContain('Selectie: afdeling Klein');
    expect(text).toContain('Groepen kleiner dan 5 worden niet getoond.');
    expect(text).not.toMatch(/Mensen\n4|Leeruren\n4|Actieve lerenden\n4/);
    const whole = await textOf(
      (await org.as.hrAdmin.get(`/api/v1/insight/organisation/report.pdf?${period}&locale=nl`)).rawPayload,
    );
    expect(whole).toContain('Kerncijfers\nMensen\n15\nActieve lerenden\n7');
    expect(whole).not.toMatch(/\nKlein\n/);
  });
});
