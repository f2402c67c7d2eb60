import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

const escoCsv = (rows: string[]) =>
  [
    'conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,scopeNote,definition,inScheme,description',
    ...rows,
  ].join('\n');

describe('the skill framework', () => {
  it('starts with the default five-level scale, each level said in plain words in nl and en', async () => {
    const framework = (await org.as.employee.get('/api/v1/skills/framework')).json();
    expect(framework.scale).toHaveLength(5);
    expect(framework.scale[3]).toMatchObject({ level: 4, label: { nl: 'Ervaren', en: 'Proficient' } });
    expect(framework.scale[0].descriptor.nl).toContain('onder begeleiding');
  });

  it('lets L&D add categories and skills with names per language and synonyms, found by synonym', async () => {
    const category = await org.as.ldAdmin.post('/api/v1/skills/categories', {
      name: { nl: 'Zorg', en: 'Care' },
    });
    expect(category.statusCode).toBe(201);
    const skill = await org.as.ldAdmin.post('/api/v1/skills', {
      categoryId: category.json().id,
      name: { nl: 'Wondzorg', en: 'Wound care' },
      description: { nl: 'Wonden verzorgen', en: 'Dressing wounds' },
      synonyms: ['decubituszorg'],
    });
    expect(skill.statusCode).toBe(201);
    expect(skill.json()).toMatchObject({ name: { nl: 'Wondzorg', en: 'Wound care' }, source: 'own' });
    const found = (await org.as.employee.get('/api/v1/skills/framework?q=decubitus')).json();
    expect(found.skills.map((s: { name: { nl: string } }) => s.name.nl)).toEqual(['Wondzorg']);
  });

  it('answers 400 naming the field for a duplicate name, 403 to employees, 404 across organisations', async () => {
    const duplicate = await org.as.ldAdmin.post('/api/v1/skills', { name: { nl: 'wondzorg', en: 'X' } });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().errors[0].field).toBe('name.nl');
    expect((await org.as.employee.post('/api/v1/skills', { name: { nl: 'A', en: 'A' } })).statusCode).toBe(
      403,
    );
    const skillId = (await org.as.employee.get('/api/v1/skills/framework')).json().skills[0].id;
    expect((await other.as.owner.get(`/api/v1/skills/${skillId}`)).statusCode).toBe(404);
    expect((await other.as.owner.patch(`/api/v1/skills/${skillId}`, { isArchived: true })).statusCode).toBe(
      404,
    );
    expect((await org.anonymous.get('/api/v1/skills/framework')).statusCode).toBe(401);
  });

  it('replaces the scale and refuses levels above it', async () => {
    const levels = [1, 2, 3, 4].map((n) => ({
      label: { nl: `Niveau ${n}`, en: `Level ${n}` },
      descriptor: { nl: `Doet ${n}`, en: `Does ${n}` },
    }));
    const response = await org.as.ldAdmin.put('/api/v1/skills/scale', { levels });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveLength(4);
    const skillId = (await org.as.employee.get('/api/v1/skills/framework')).json().skills[0].id;
    const tooHigh = await org.as.employee.post(`/api/v1/skills/people/${org.people.employee.id}/ratings`, {
      skillId,
      level: 5,
    });
    expect(tooHigh.statusCode).toBe(400);
    expect(tooHigh.json().errors[0].field).toBe('level');
    expect((await org.as.employee.put('/api/v1/skills/scale', { levels })).statusCode).toBe(403);
  });
});

describe('POST /api/v1/skills/import', () => {
  it('rejects an ESCO file with a problem by line and column, and imports nothing', async () => {
    const csv = escoCsv([
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/aaa,skill/competence,sector-specific,wonden verzorgen,"wondzorg\nwondverzorging",,released,,,,,Wonden van patiënten verzorgen.',
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/bbb,skill/competence,sector-specific,,,,released,,,,,',
    ]);
    const response = await org.as.ldAdmin.post('/api/v1/skills/import', {
      format: 'esco',
      language: 'nl',
      csv,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'import_rejected' });
    expect(response.json().errors[0]).toMatchObject({ line: 4, column: 'preferredLabel', code: 'required' });
    const framework = (await org.as.ldAdmin.get('/api/v1/skills/framework?q=verzorgen')).json();
    expect(framework.skills).toHaveLength(0);
  });

  it('imports a fixed ESCO file keeping the concept URI; the English file then fills in English names', async () => {
    const nl = escoCsv([
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/aaa,skill/competence,sector-specific,wonden verzorgen,"wondverzorging\nverbanden aanleggen",,released,,,,,Wonden van patiënten verzorgen.',
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/bbb,skill/competence,cross-sector,empathie tonen,,,released,,,,,Meeleven met anderen.',
    ]);
    const imported = await org.as.ldAdmin.post('/api/v1/skills/import', {
      format: 'esco',
      language: 'nl',
      csv: nl,
    });
    expect(imported.json()).toEqual({ created: 2, updated: 0, dryRun: false });
    const en = escoCsv([
      'KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/aaa,skill/competence,sector-specific,dress wounds,,,released,,,,,Dress the wounds of patients.',
    ]);
    const again = await org.as.ldAdmin.post('/api/v1/skills/import', {
      format: 'esco',
      language: 'en',
      csv: en,
    });
    expect(again.json()).toEqual({ created: 0, updated: 1, dryRun: false });
    const skill = (await org.as.ldAdmin.get('/api/v1/skills/framework?q=wondverzorging')).json().skills[0];
    expect(skill).toMatchObject({
      name: { nl: 'wonden verzorgen', en: 'dress wounds' },
      source: 'esco',
      externalUri: 'http://data.europa.eu/esco/skill/aaa',
    });
    expect(skill.synonyms).toContain('verbanden aanleggen');
  });

  it('reads our own CSV, and a dry run counts without saving', async () => {
    const csv =
      'name_nl;name_en;category_nl;category_en;synonyms\nRoosterplanning;Rostering;Planning;Planning;roosteren|planning';
    const dry = await org.as.hrAdmin.post('/api/v1/skills/import', { format: 'groeipad', csv, dryRun: true });
    expect(dry.json()).toEqual({ created: 1, updated: 0, dryRun: true });
    expect((await org.as.hrAdmin.get('/api/v1/skills/framework?q=rooster')).json().skills).toHaveLength(0);
    const missing = await org.as.hrAdmin.post('/api/v1/skills/import', {
      format: 'groeipad',
      csv: 'name_nl\nA',
    });
    expect(missing.json().errors[0]).toMatchObject({ line: 1, column: 'name_en', code: 'missing_column' });
  });

  it('adds the curated starter set of 60 care skills', async () => {
    const response = await other.as.ldAdmin.post('/api/v1/skills/starter-set');
    expect(response.json()).toMatchObject({ created: 60 });
    const framework = (await other.as.employee.get('/api/v1/skills/framework')).json();
    expect(framework.skills).toHaveLength(60);
    expect(framework.categories.length).toBeGreaterThanOrEqual(8);
    expect((await org.as.employee.post('/api/v1/skills/starter-set')).statusCode).toBe(403);
  });
});
