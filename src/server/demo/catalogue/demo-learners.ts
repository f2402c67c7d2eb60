import { randomBytes } from 'node:crypto';
import { addDays, calendarDateOf } from '../../core/calendar.ts';
import type { TenantDb } from '../../db/tenant.ts';

const day = 86400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * day);
const dateIn = (days: number) => addDays(calendarDateOf(new Date()), days);

type DemoPerson = { id: string; given_name: string; family_name_prefix: string | null; family_name: string };

/**
 * Enrolments, progress, ratings and a certificate for the demo people, on the catalogue that
 * seedCatalogue built (items and courses by demo key).
 */
export async function seedDemoLearners(
  tenant: TenantDb,
  { employee, manager }: { employee: DemoPerson; manager: DemoPerson },
  { itemIds, courseIds }: { itemIds: Map<string, string>; courseIds: Map<string, string> },
) {
  // Progress for the demo people, so every screen has life.
  const progress = async (
    personId: string,
    key: string,
    percent: number,
    when: number,
    position: number | null = null,
  ) => {
    const contentId = itemIds.get(key);
    if (!contentId) return;
    await tenant
      .insertInto('content_progress', {
        person_id: personId,
        content_id: contentId,
        percent,
        position_seconds: position,
        started_at: daysAgo(when + 1),
        updated_at: daysAgo(when),
        completed_at: percent === 100 ? daysAgo(when) : null,
      })
      .execute();
  };
  const enrolment = async (
    personId: string,
    kind: 'content' | 'course' | 'path',
    id: string | undefined,
    values: {
      source?: 'self' | 'assigned';
      dueDate?: string | null;
      completedDaysAgo?: number;
      activeDaysAgo?: number;
    },
  ) => {
    if (!id) return;
    await tenant
      .insertInto('enrolments', {
        person_id: personId,
        subject_kind: kind,
        subject_id: id,
        source: values.source ?? 'self',
        assigned_by: values.source === 'assigned' ? manager.id : null,
        due_date: values.dueDate ?? null,
        enrolled_at: daysAgo(40),
        last_activity_at: values.activeDaysAgo !== undefined ? daysAgo(values.activeDaysAgo) : null,
        completed_at: values.completedDaysAgo !== undefined ? daysAgo(values.completedDaysAgo) : null,
      })
      .onConflict((oc) =>
        oc.columns(['organisation_id', 'person_id', 'subject_kind', 'subject_id']).doNothing(),
      )
      .execute();
  };

  // Zoë (employee): finished communication (certificate), busy with dementia, safety assigned and overdue.
  for (const key of ['comm-clients', 'comm-language', 'comm-team', 'comm-quiz'])
    await progress(employee.id, key, 100, 25);
  await enrolment(employee.id, 'course', courseIds.get('communication'), {
    completedDaysAgo: 25,
    activeDaysAgo: 25,
  });
  await tenant
    .insertInto('certificates', {
      person_id: employee.id,
      subject_kind: 'course',
      subject_id: courseIds.get('communication') as string,
      title: 'Goed communiceren in de zorg',
      recipient_name: [employee.given_name, employee.family_name_prefix, employee.family_name]
        .filter(Boolean)
        .join(' '),
      verification_code: randomBytes(12).toString('base64url'),
      issued_at: daysAgo(25),
    })
    .execute();
  await progress(employee.id, 'care-dementia', 100, 3);
  await progress(employee.id, 'care-dementia-podcast', 40, 1, 12);
  await enrolment(employee.id, 'course', courseIds.get('dementia'), { activeDaysAgo: 1 });
  await progress(employee.id, 'care-hygiene', 100, 10);
  await enrolment(employee.id, 'course', courseIds.get('safety'), {
    source: 'assigned',
    dueDate: dateIn(-5),
    activeDaysAgo: 10,
  });
  await enrolment(employee.id, 'content', itemIds.get('self-privacy'), {
    source: 'assigned',
    dueDate: dateIn(21),
  });
  await tenant
    .insertInto('topic_follows', [
      { person_id: employee.id, label: 'Dementie' },
      { person_id: employee.id, label: 'Vitaliteit' },
    ])
    .execute();

  // Sander (manager): the leadership path came by rule; he is on his way.
  for (const key of ['lead-first-100', 'lead-podcast']) await progress(manager.id, key, 100, 6);
  await progress(manager.id, 'lead-feedback', 60, 2);
  await tenant
    .updateTable('enrolments')
    .set({ last_activity_at: daysAgo(2) })
    .where('person_id', '=', manager.id)
    .execute();

  // Colleagues in the same team finished things: that feeds Zoë's "for you" row, and ratings.
  const colleagues = await tenant
    .selectFrom('people')
    .select('id')
    .where(
      'org_unit_id',
      '=',
      (
        await tenant
          .selectFrom('people')
          .select('org_unit_id')
          .where('id', '=', employee.id)
          .executeTakeFirstOrThrow()
      ).org_unit_id,
    )
    .where('id', 'not in', [employee.id, manager.id])
    .limit(6)
    .execute();
  const finishedByColleagues = ['care-falls', 'self-stress', 'care-medication', 'self-privacy-quiz'];
  for (const [index, colleague] of colleagues.entries()) {
    const key = finishedByColleagues[index % finishedByColleagues.length] as string;
    // Without file storage the demo has no audio, video or PDF items.
    if (!itemIds.has(key)) continue;
    await progress(colleague.id, key, 100, 5 + index);
    await enrolment(colleague.id, 'content', itemIds.get(key), {
      completedDaysAgo: 5 + index,
      activeDaysAgo: 5 + index,
    });
    // Media items are left out without file storage (tests); so are their ratings.
    const ratedId = itemIds.get(key);
    if (!ratedId) continue;
    await tenant
      .insertInto('ratings', {
        person_id: colleague.id,
        subject_kind: 'content',
        subject_id: ratedId,
        stars: 3 + (index % 3),
        comment: index % 2 === 0 ? 'Kort en direct toepasbaar op de afdeling.' : null,
      })
      .execute();
  }
  await tenant
    .insertInto('ratings', {
      person_id: employee.id,
      subject_kind: 'course',
      subject_id: courseIds.get('communication') as string,
      stars: 5,
      comment: 'De SBAR-oefening gebruik ik nu bij elke overdracht.',
    })
    .execute();
}
