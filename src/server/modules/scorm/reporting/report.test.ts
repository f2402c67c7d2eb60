import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, type Client, startTestApp } from '../../../test/test-app.ts';
import { scormFixtures } from '../fixtures/scorm-packages.ts';
import { uploadPackage } from '../fixtures/upload.ts';

const { app, db } = await startTestApp({ contentOrigin: 'http://content.groeipad.test' });
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let contentId: string;

async function answer(client: Client, response: string, raw: string) {
  const launched = (await client.post(`/api/v1/scorm/${contentId}/launch`, {})).json();
  const committed = await app.inject({
    method: 'POST',
    url: '/api/v1/scorm/commits',
    payload: {
      token: launched.commitToken,
      scoId: launched.sco.id,
      values: {
        'cmi.core.lesson_status': 'completed',
        'cmi.core.score.raw': raw,
        'cmi.core.session_time': '0000:10:00.00',
        'cmi.interactions.0.id': 'poetsen',
        'cmi.interactions.0.type': 'choice',
        'cmi.interactions.0.student_response': response,
        'cmi.interactions.0.result': response === 'Twee keer' ? 'correct' : 'wrong',
        'cmi.interactions.0.latency': '00:00:08',
      },
      isTerminated: true,
    },
  });
  expect(committed.statusCode, committed.body).toBe(200);
}

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  contentId = (await uploadPackage(org.as.ldAdmin, scormFixtures['scorm12-single']())).json().contentId;
  await org.as.ldAdmin.post(`/api/v1/catalogue/items/${contentId}/status`, { status: 'published' });
  await answer(org.as.employee, 'Twee keer', '100');
  await answer(org.as.manager, '=HYPERLINK("x")', '0');
});

describe('the L&D report of a package', () => {
  it('counts attempts, completion, pass rate, score and time, and every answer per question', async () => {
    const response = await org.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}/report`);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.summary).toEqual({
      learners: 2,
      attempts: 2,
      completedLearners: 2,
      completionRate: 1,
      passRate: 0.5,
      averageScoreScaled: 0.5,
      averageSeconds: 600,
    });
    expect(
      report.attempts.map((attempt: { name: string; successStatus: string }) => attempt.successStatus).sort(),
    ).toEqual(['failed', 'passed']);
    expect(report.questions).toEqual([
      expect.objectContaining({
        interactionId: 'poetsen',
        answers: 2,
        correct: 1,
        correctRate: 0.5,
        averageLatencySeconds: 8,
        responses: expect.arrayContaining([{ response: 'Twee keer', count: 1 }]),
      }),
    ]);
  });

  it('exports the answers as CSV (formulas defused) and XLSX', async () => {
    const csv = await org.as.ldAdmin.get(
      `/api/v1/scorm/packages/${contentId}/report/export?format=csv&language=nl`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(
      /^attachment; filename="scorm-Mondzorg-SCORM-1-2\.csv"/,
    );
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Naam;Poging;Onderdeel;Vraag;Omschrijving;Antwoord;Juiste antwoord;Resultaat;Bedenktijd (s);Tijdstip',
    );
    expect(lines).toHaveLength(3);
    expect(csv.body).toContain(`"'=HYPERLINK(""x"")"`);
    const xlsx = await org.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}/report/export?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is for L&D of the organisation only', async () => {
    expect((await org.as.employee.get(`/api/v1/scorm/packages/${contentId}/report`)).statusCode).toBe(403);
    expect((await other.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}/report`)).statusCode).toBe(404);
    expect((await other.as.ldAdmin.get(`/api/v1/scorm/packages/${contentId}/report/export`)).statusCode).toBe(
      404,
    );
  });
});
