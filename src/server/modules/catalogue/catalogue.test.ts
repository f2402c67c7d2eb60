import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { sampleVtt, sampleWav } from '../files/media.samples.ts';
import { article, quiz, uploadFile } from './catalogue.fixtures.ts';

const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
});

async function created(response: { statusCode: number; body: string; json(): unknown }) {
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; [key: string]: unknown };
}

describe('content items', () => {
  it('stores an article with scripts and event handlers removed, and says so', async () => {
    const item = await created(
      await org.as.ldAdmin.post(
        '/api/v1/catalogue/items',
        article('Feedback geven', {
          versions: [
            {
              language: 'nl',
              title: 'Feedback geven',
              bodyHtml:
                '<p onclick="steal()">Geef <strong>concreet</strong> feedback.</p><script>alert(1)</script><a href="javascript:alert(1)">klik</a>',
            },
            { language: 'en', title: 'Giving feedback', bodyHtml: '<p>Be specific.</p>' },
          ],
        }),
      ),
    );
    const version = (item.versions as { language: string; bodyHtml: string }[]).find(
      (v) => v.language === 'nl',
    );
    expect(version?.bodyHtml).toBe(
      '<p>Geef <strong>concreet</strong> feedback.</p><a rel="noopener noreferrer" target="_blank">klik</a>',
    );
    expect(item.notices).toEqual([expect.stringContaining('versions.0.bodyHtml')]);
    expect(item.status).toBe('draft');
  });

  it('answers 400 naming the field for a quiz without a correct answer or an unknown file', async () => {
    const response = await org.as.ldAdmin.post('/api/v1/catalogue/items', {
      kind: 'quiz',
      versions: [
        {
          language: 'nl',
          title: 'Toets',
          questions: [
            {
              id: 'q1',
              kind: 'single',
              prompt: 'Vraag?',
              options: [
                { id: 'a', text: 'A', isCorrect: false },
                { id: 'b', text: 'B', isCorrect: false },
              ],
            },
          ],
        },
      ],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        field: 'versions.0.questions.0.options',
        message: 'needs exactly one correct option',
        code: 'invalid',
      },
    ]);
    const video = await org.as.ldAdmin.post('/api/v1/catalogue/items', {
      kind: 'video',
      versions: [{ language: 'nl', title: 'Film', fileId: '00000000-0000-4000-8000-000000000000' }],
    });
    expect(video.json().errors[0]).toEqual({
      field: 'versions.0.fileId',
      message: 'no such file in this organisation',
      code: 'unknownReference',
    });
  });

  it('is for L&D only (403), needs sign-in (401), and hides other organisations (404)', async () => {
    expect((await org.as.employee.post('/api/v1/catalogue/items', article('X'))).statusCode).toBe(403);
    expect((await org.as.manager.get('/api/v1/catalogue/items')).statusCode).toBe(403);
    expect((await org.anonymous.get('/api/v1/catalogue/items')).statusCode).toBe(401);
    const item = await created(await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Eigen')));
    expect((await other.as.ldAdmin.get(`/api/v1/catalogue/items/${item.id}`)).statusCode).toBe(404);
    expect(
      (await other.as.ldAdmin.put(`/api/v1/catalogue/items/${item.id}`, article('Overgenomen'))).statusCode,
    ).toBe(404);
  });
});

describe('files', () => {
  it('takes WebVTT captions and a WAV, sniffed by content, and serves ranges', async () => {
    const captions = await created(
      await uploadFile(org.as.ldAdmin, 'captions', 'ondertitels.txt', sampleVtt(['Welkom', 'Tot ziens'])),
    );
    expect(captions.contentType).toBe('text/vtt');
    const audio = await created(await uploadFile(org.as.ldAdmin, 'audio', 'podcast.bin', sampleWav(1)));
    expect(audio).toMatchObject({ contentType: 'audio/wav', sizeBytes: 16044 });
    const range = await org.as.employee.request('GET', `/api/v1/files/${audio.id}`, undefined, {
      range: 'bytes=0-11',
    });
    expect(range.statusCode).toBe(206);
    expect(range.headers['content-range']).toBe('bytes 0-11/16044');
    expect(range.rawPayload.subarray(0, 4).toString()).toBe('RIFF');
    expect((await other.as.owner.get(`/api/v1/files/${audio.id}`)).statusCode).toBe(404);
  });

  it('refuses a file whose content is not what its purpose needs, whatever its name says', async () => {
    const response = await uploadFile(org.as.ldAdmin, 'video', 'film.mp4', sampleWav(0.1));
    expect(response.statusCode).toBe(415);
    expect(response.json().detail).toContain('audio/wav');
  });

  it('refuses a broken PDF and a file that is too large, and keeps nothing', async () => {
    const broken = await uploadFile(
      org.as.ldAdmin,
      'document',
      'protocol.pdf',
      '%PDF-1.4\n1 0 obj << >> endobj\n',
    );
    expect(broken.statusCode).toBe(415);
    expect(broken.json().detail).toBe('The PDF is damaged or incomplete.');
    const large = await uploadFile(
      org.as.ldAdmin,
      'captions',
      'groot.vtt',
      `WEBVTT\n\n${'x'.repeat(1024 * 1024 + 10)}`,
    );
    expect(large.statusCode).toBe(413);
    const events = (await org.as.owner.get('/api/v1/events?pageSize=100')).json();
    expect(events.items.filter((e: { action: string }) => e.action === 'file.uploaded')).toHaveLength(2);
  });

  it('is refused to employees', async () => {
    expect((await uploadFile(org.as.employee, 'captions', 'a.vtt', 'WEBVTT\n')).statusCode).toBe(403);
  });
});

describe('a course from authoring to certificate', () => {
  let course: { id: string };
  let reading: { id: string };
  let listening: { id: string };
  let test: { id: string };

  beforeAll(async () => {
    const audio = await created(await uploadFile(org.as.ldAdmin, 'audio', 'a.wav', sampleWav(1)));
    reading = await created(
      await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Leiderschap in de zorg')),
    );
    listening = await created(
      await org.as.ldAdmin.post('/api/v1/catalogue/items', {
        kind: 'audio',
        durationMinutes: 8,
        versions: [{ language: 'nl', title: 'Podcast: de eerste 100 dagen', fileId: audio.id }],
        topics: ['Leiderschap'],
      }),
    );
    test = await created(await org.as.ldAdmin.post('/api/v1/catalogue/items', quiz('Toets leiderschap')));
    course = await created(
      await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
        language: 'nl',
        title: 'Leiderschap voor nieuwe leidinggevenden',
        summary: 'Je eerste maanden als leidinggevende',
        sections: [
          { title: 'Start', contentIds: [reading.id, listening.id] },
          { title: 'Afronding', contentIds: [test.id] },
        ],
        topics: ['Leiderschap'],
      }),
    );
    for (const id of [reading.id, listening.id, test.id])
      expect(
        (await org.as.ldAdmin.post(`/api/v1/catalogue/items/${id}/status`, { status: 'published' }))
          .statusCode,
      ).toBe(200);
  });

  it('stays out of the catalogue until published', async () => {
    const before = (await org.as.employee.get('/api/v1/catalogue?format=course')).json();
    expect(before.total).toBe(0);
    const published = await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, {
      status: 'published',
    });
    expect(published.json()).toMatchObject({ status: 'published', durationMinutes: 18 });
  });

  it('is found with a typo, by format and length, and not by another organisation', async () => {
    const typo = (await org.as.employee.get('/api/v1/catalogue?q=leidreschap')).json();
    expect(typo.items.map((e: { title: string }) => e.title)).toContain(
      'Leiderschap voor nieuwe leidinggevenden',
    );
    const listen = (await org.as.employee.get('/api/v1/catalogue?format=audio&maxMinutes=10')).json();
    expect(listen.items.map((e: { title: string }) => e.title)).toEqual(['Podcast: de eerste 100 dagen']);
    const stem = (await org.as.employee.get('/api/v1/catalogue?q=leidinggevende')).json();
    expect(stem.total).toBeGreaterThan(0);
    expect((await other.as.employee.get('/api/v1/catalogue?q=leiderschap')).json().total).toBe(0);
    const bad = await org.as.employee.get('/api/v1/catalogue?format=tiktok');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toMatch(/^querystring\.format/);
  });

  it('takes the learner through: resume, fail then pass the quiz, course done with a certificate', async () => {
    const enrol = await org.as.employee.post('/api/v1/learning/enrolments', {
      type: 'course',
      id: course.id,
    });
    expect(enrol.statusCode).toBe(201);

    const halfway = await org.as.employee.put(`/api/v1/learning/items/${listening.id}/progress`, {
      percent: 40,
      positionSeconds: 12.5,
    });
    expect(halfway.json().finished.content).toBe(false);
    const resumed = (await org.as.employee.get(`/api/v1/learning/items/${listening.id}`)).json();
    expect(resumed.progress).toMatchObject({ percent: 40, positionSeconds: 12.5, completedAt: null });
    const mine = (await org.as.employee.get('/api/v1/learning/mine')).json();
    expect(mine.continue).toMatchObject({ contentId: listening.id, positionSeconds: 12.5 });
    expect(mine.inProgress[0]).toMatchObject({ type: 'course', percent: 0 });

    const listened = await org.as.employee.put(`/api/v1/learning/items/${listening.id}/progress`, {
      percent: 92,
      positionSeconds: 59,
    });
    expect(listened.json().finished).toMatchObject({ content: true, courses: [] });
    expect(
      (await org.as.employee.post(`/api/v1/learning/items/${reading.id}/done`)).json().finished.content,
    ).toBe(true);

    const player = (await org.as.employee.get(`/api/v1/learning/items/${test.id}`)).json();
    expect(player.quiz.questions[0].options[0]).toEqual({ id: 'a', text: 'Een kennismakingsgesprek' });
    const failed = (
      await org.as.employee.post(`/api/v1/learning/items/${test.id}/attempts`, {
        answers: { q1: 'b', q2: 'functioneringsgesprek' },
      })
    ).json();
    expect(failed).toMatchObject({ score: 0, passed: false, attempt: 1 });
    expect(failed.feedback[0]).toMatchObject({
      isCorrect: false,
      feedback: ['Dat komt later.'],
      correctOptionIds: null,
    });
    const passed = (
      await org.as.employee.post(`/api/v1/learning/items/${test.id}/attempts`, {
        answers: { q1: 'a', q2: '  Ontwikkelgesprek ' },
      })
    ).json();
    expect(passed).toMatchObject({ score: 100, passed: true, attempt: 2 });
    expect(passed.finished.courses).toEqual([
      { id: course.id, title: 'Leiderschap voor nieuwe leidinggevenden' },
    ]);
    const [certificate] = passed.finished.certificates;

    const verify = await org.anonymous.get(`/api/v1/certificates/verify/${certificate.verificationCode}`);
    expect(verify.statusCode).toBe(200);
    expect(verify.json()).toMatchObject({ title: 'Leiderschap voor nieuwe leidinggevenden', type: 'course' });
    const pdf = await org.as.employee.get(`/api/v1/certificates/${certificate.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await org.as.manager.get(`/api/v1/certificates/${certificate.id}/pdf`)).statusCode).toBe(404);
    expect((await org.anonymous.get('/api/v1/certificates/verify/not-a-real-code-at-all')).statusCode).toBe(
      404,
    );

    const after = (await org.as.employee.get('/api/v1/learning/mine')).json();
    expect(after.completed[0]).toMatchObject({ type: 'course', percent: 100 });
    expect(after.certificates).toHaveLength(1);
    const mails = await db
      .selectFrom('outbox_messages')
      .select('subject')
      .where('organisation_id', '=', org.organisation.id)
      .execute();
    expect(mails.map((m) => m.subject)).toContain(
      'Gefeliciteerd: je hebt "Leiderschap voor nieuwe leidinggevenden" afgerond',
    );
    const verbs = await db
      .selectFrom('xapi_statements')
      .select('verb_id')
      .where('organisation_id', '=', org.organisation.id)
      .where('person_id', '=', org.people.employee.id)
      .execute();
    expect(new Set(verbs.map((v) => v.verb_id.split('/').at(-1)))).toEqual(
      new Set(['registered', 'launched', 'progressed', 'completed', 'failed', 'passed']),
    );
  });

  it('lets L&D assign to a unit with a due date and the manager see who is overdue', async () => {
    const path = await created(
      await org.as.ldAdmin.post('/api/v1/catalogue/paths', {
        language: 'nl',
        title: 'Leiderschapspad',
        steps: [{ kind: 'course', id: course.id, dueDays: 30 }],
      }),
    );
    await org.as.ldAdmin.post(`/api/v1/catalogue/paths/${path.id}/status`, { status: 'published' });
    const assigned = await org.as.ldAdmin.post('/api/v1/learning/assignments', {
      subject: { type: 'path', id: path.id },
      unitIds: [org.unit.id],
      dueDate: '2020-01-31',
    });
    expect(assigned.json()).toEqual({ people: 5, newEnrolments: 5 });
    // The employee had finished the course already: the path completes on the next finished module.
    const team = (await org.as.manager.get('/api/v1/learning/team')).json();
    expect(team[0]).toMatchObject({ personId: org.people.employee.id, overdue: 1 });
    expect(team[0].enrolments.find((e: { type: string }) => e.type === 'path')).toMatchObject({
      isOverdue: true,
      percent: 100,
    });

    const byManager = await org.as.manager.post('/api/v1/learning/assignments', {
      subject: { type: 'course', id: course.id },
      personIds: [org.people.hrAdmin.id],
    });
    expect(byManager.statusCode).toBe(403);
    const bad = await org.as.ldAdmin.post('/api/v1/learning/assignments', {
      subject: { type: 'course', id: course.id },
      unitIds: [other.unit.id],
    });
    expect(bad.json().errors).toEqual([
      { field: 'unitIds.0', message: 'no such unit in this organisation', code: 'unknownReference' },
    ]);
    const copy = await created(await org.as.ldAdmin.post(`/api/v1/catalogue/paths/${path.id}/copy`, {}));
    expect(copy).toMatchObject({ title: 'Leiderschapspad (kopie)', status: 'draft', copiedFromId: path.id });
  });

  it('enrols new managers by an audience rule as soon as it is made', async () => {
    const rule = await org.as.ldAdmin.post('/api/v1/catalogue/rules', {
      name: 'Nieuwe leidinggevenden',
      condition: 'is_manager',
      subject: { type: 'course', id: course.id },
      dueDays: 60,
    });
    expect(rule.statusCode, rule.body).toBe(201);
    expect(rule.json()).toMatchObject({
      enrolled: 1,
      subjectTitle: 'Leiderschap voor nieuwe leidinggevenden',
    });
    const mine = (await org.as.manager.get('/api/v1/learning/mine')).json();
    expect(mine.assigned.map((e: { source: string; type: string }) => `${e.source}:${e.type}`)).toContain(
      'rule:course',
    );
  });

  it('takes ratings and shows L&D the average', async () => {
    await org.as.employee.put('/api/v1/learning/ratings', {
      subject: { type: 'course', id: course.id },
      stars: 5,
      comment: 'Heel praktisch',
    });
    await org.as.manager.put('/api/v1/learning/ratings', {
      subject: { type: 'course', id: course.id },
      stars: 4,
    });
    const ratings = (await org.as.ldAdmin.get('/api/v1/catalogue/ratings')).json();
    expect(ratings[0]).toMatchObject({
      averageStars: 4.5,
      count: 2,
      comments: [{ stars: 5, comment: 'Heel praktisch' }],
    });
    expect((await org.as.employee.get('/api/v1/catalogue/ratings')).statusCode).toBe(403);
    const bad = await org.as.employee.put('/api/v1/learning/ratings', {
      subject: { type: 'course', id: course.id },
      stars: 9,
    });
    expect(bad.json().errors[0].field).toBe('stars');
  });

  it('answers learningFor for tagged topics', async () => {
    const { learningFor } = await import('./index.ts');
    const found = await learningFor(db, org.organisation.id, [{ kind: 'topic', id: 'leiderschap' }], 'nl');
    expect(found.map((f) => f.type).sort()).toEqual(['content', 'content', 'content', 'course']);
  });
});
