import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../../test/test-app.ts';
import { notify, sendNotificationDigests } from '../../notifications/index.ts';
import { article } from '../catalogue.fixtures.ts';

// Finishing learning reaches the bell for every module, course and path; only courses and paths reach
// the inbox, and only when the person has not turned e-mail off.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
});

type Json = { id: string; [key: string]: unknown };

async function publishedCourse(title: string, moduleTitles: string[]) {
  const modules: Json[] = [];
  for (const moduleTitle of moduleTitles) {
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article(moduleTitle))).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    modules.push(item);
  }
  const course = (
    await org.as.ldAdmin.post('/api/v1/catalogue/courses', {
      language: 'nl',
      title,
      sections: [{ title: 'Start', contentIds: modules.map((m) => m.id) }],
    })
  ).json();
  await org.as.ldAdmin.post(`/api/v1/catalogue/courses/${course.id}/status`, { status: 'published' });
  return { course, modules };
}

const bellOf = (personId: string) =>
  forOrganisation(db, org.organisation.id)
    .selectFrom('notifications')
    .select(['kind', 'title', 'body', 'link', 'emailed_at'])
    .where('person_id', '=', personId)
    .where('kind', 'like', 'learning.%')
    .where('kind', '<>', 'learning.assigned')
    .orderBy('created_at')
    .execute();

const mailsTo = (email: string) =>
  db
    .selectFrom('outbox_messages')
    .select(['kind', 'subject', 'text_body'])
    .where('organisation_id', '=', org.organisation.id)
    .where('to_address', '=', email)
    .execute();

describe('notifications on finished learning', () => {
  it('put each finished module on the bell only, and e-mail the finished course', async () => {
    const { course, modules } = await publishedCourse('Omgaan met agressie', ['De-escaleren', 'Nazorg']);
    const [first, second] = modules as [Json, Json];
    await org.as.employee.post('/api/v1/learning/enrolments', { type: 'course', id: course.id });

    await org.as.employee.post(`/api/v1/learning/items/${first.id}/done`);
    const afterModule = await bellOf(org.people.employee.id);
    expect(afterModule).toEqual([
      {
        kind: 'learning.module_completed',
        title: 'Onderdeel afgerond: "De-escaleren"',
        body: 'Goed gedaan! Op naar het volgende onderdeel van "Omgaan met agressie".',
        link: `/learning/courses/${course.id}`,
        emailed_at: expect.any(Date),
      },
    ]);
    expect(await mailsTo(org.people.employee.email)).toEqual([]);
    // The digest leaves module notifications out too (it does carry other unread news).
    await notify(db, org.organisation.id, org.people.employee.id, { kind: 'other', title: 'Nieuws van HR' });
    await sendNotificationDigests(db, new Date(Date.now() + 8 * 86400_000));
    const digest = (await mailsTo(org.people.employee.email)).map((m) => m.text_body).join();
    expect(digest).toContain('Nieuws van HR');
    expect(digest).not.toContain('De-escaleren');

    await org.as.employee.post(`/api/v1/learning/items/${second.id}/done`);
    const afterCourse = await bellOf(org.people.employee.id);
    // One entry for the last click: the finished course, not also its last module.
    expect(afterCourse.map((n) => n.kind)).toEqual(['learning.module_completed', 'learning.certificate']);
    expect(afterCourse[1]?.title).toBe('Je hebt "Omgaan met agressie" afgerond');
    const mails = await mailsTo(org.people.employee.email);
    expect(mails.filter((m) => m.kind === 'learning_completed').map((m) => m.subject)).toEqual([
      'Gefeliciteerd: je hebt "Omgaan met agressie" afgerond',
    ]);
  });

  it('do not e-mail a finished course to someone who turned e-mail off', async () => {
    const off = await org.as.manager.put('/api/v1/notifications/preferences', { emailDigest: 'off' });
    expect(off.statusCode).toBe(200);
    const { course, modules } = await publishedCourse('Kort: brandveiligheid', ['Blusmiddelen']);
    await org.as.manager.post('/api/v1/learning/enrolments', { type: 'course', id: course.id });
    const done = await org.as.manager.post(`/api/v1/learning/items/${(modules[0] as Json).id}/done`);
    expect(done.json().finished.courses).toEqual([{ id: course.id, title: 'Kort: brandveiligheid' }]);
    expect((await bellOf(org.people.manager.id)).map((n) => n.title)).toEqual([
      'Je hebt "Kort: brandveiligheid" afgerond',
    ]);
    // (The manager may have a digest of his team's news from before; no mail is about this course.)
    const mails = await mailsTo(org.people.manager.email);
    expect(mails.filter((m) => m.kind !== 'notification_digest')).toEqual([]);
    expect(mails.map((m) => m.text_body).join()).not.toContain('brandveiligheid');
  });

  it('speak the learner’s language', async () => {
    await org.as.hrAdmin.patch(`/api/v1/people/${org.people.hrAdmin.id}`, { locale: 'en' });
    const item = (await org.as.ldAdmin.post('/api/v1/catalogue/items', article('Losse module'))).json();
    await org.as.ldAdmin.post(`/api/v1/catalogue/items/${item.id}/status`, { status: 'published' });
    await org.as.hrAdmin.post(`/api/v1/learning/items/${item.id}/done`);
    expect(await bellOf(org.people.hrAdmin.id)).toEqual([
      expect.objectContaining({
        title: 'Module finished: "Losse module"',
        body: 'Well done!',
        link: `/learning/items/${item.id}`,
      }),
    ]);
  });
});
