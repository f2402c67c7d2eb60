import { addDays } from '../../core/calendar.ts';
import { runChange } from '../../core/change.ts';
import type { OrgContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { enrolmentsToNudge, type SubjectRef, subjectTitles, teammatesFinished } from '../catalogue/index.ts';
import { followUpsDue } from '../learning-agreements/index.ts';
import { blocksOn } from '../learning-time/index.ts';
import { notify } from '../notifications/index.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { contactRoom } from './campaigns.cap.ts';
import { insertContacts, nudgesSince } from './campaigns.contacts.repository.ts';
import { nudgeText, ownNudgeTexts } from './campaigns.nudge-texts.ts';
import { organisationsWithSettingsOrLearning, peopleFacts } from './campaigns.people.repository.ts';
import { isQuiet } from './campaigns.rules.ts';
import type { NudgeKind } from './campaigns.schemas.ts';
import {
  allOptOuts,
  contentLanguagesOf,
  defaultSettings,
  settingsOf,
} from './campaigns.settings.repository.ts';
import { nudgeLinks } from './campaigns.texts.ts';

/** A nudge about one thing is not repeated within this window (and the weekly cap holds besides). */
const repeatWindowMs = 30 * 86_400_000;

type Candidate = {
  kind: NudgeKind;
  personId: string;
  subjectKey: string;
  subject?: SubjectRef;
  title?: string;
  day?: string;
  time?: string;
  finisherId?: string;
};

/** The job: every organisation's nudges, outside its quiet hours. */
export async function sendNudges(deps: ModuleDeps, now = new Date()) {
  let sent = 0;
  for (const organisationId of await organisationsWithSettingsOrLearning(deps.db))
    sent += await nudgeOrganisation(await organisationContextOf(deps, organisationId, now));
  return { sent };
}

/** What is worth a nudge in one organisation now, filtered by kind, opt-out, repeat window and cap. */
export async function nudgeOrganisation(ctx: OrgContext): Promise<number> {
  const settings = (await settingsOf(ctx.db)) ?? defaultSettings;
  if (!settings.nudge_kinds.length) return 0;
  if (isQuiet(ctx.now(), ctx.timeZone, settings.quiet_from, settings.quiet_until)) return 0;
  const kinds = new Set(settings.nudge_kinds as NudgeKind[]);
  const today = ctx.today();
  const now = ctx.now();
  const candidates: Candidate[] = [];
  if (kinds.has('not_started') || kinds.has('stalled') || kinds.has('due_soon'))
    for (const row of await enrolmentsToNudge(ctx.db, { now, today }))
      candidates.push({
        kind: row.kind,
        personId: row.personId,
        subjectKey: `${row.enrolmentId}${row.kind === 'due_soon' ? `:${row.dueDate}` : ''}`,
        subject: row.subject,
      });
  if (kinds.has('agreement_followup'))
    for (const row of await followUpsDue(ctx.db, today))
      candidates.push({
        kind: 'agreement_followup',
        personId: row.person_id,
        subjectKey: `${row.agreement_id}:${row.day}`,
        title: row.title,
        day: String(row.day),
      });
  if (kinds.has('block_tomorrow')) {
    const tomorrow = addDays(today, 1);
    for (const row of await blocksOn(ctx.db, tomorrow))
      candidates.push({
        kind: 'block_tomorrow',
        personId: row.person_id,
        subjectKey: `${row.id}:${tomorrow}`,
        title: row.title,
        time: row.start_time,
      });
  }
  if (kinds.has('teammate_finished'))
    for (const row of await teammatesFinished(ctx.db, new Date(now.getTime() - 86_400_000)))
      candidates.push({
        kind: 'teammate_finished',
        personId: row.person_id,
        subjectKey: `${row.finisher_id}:${row.subject_kind}:${row.subject_id}`,
        subject: { type: row.subject_kind, id: row.subject_id },
        finisherId: row.finisher_id,
      });
  if (!candidates.length) return 0;

  return runChange(ctx, async (tx) => {
    const optedOut = await allOptOuts(tx.db);
    const recent = await nudgesSince(tx.db, new Date(now.getTime() - repeatWindowMs));
    const wanted = candidates.filter(
      (c) =>
        kinds.has(c.kind) &&
        !optedOut.has(`${c.personId}:${c.kind}`) &&
        !recent.has(`${c.personId}:${c.kind}:${c.subjectKey}`),
    );
    const personIds = [
      ...new Set(wanted.flatMap((c) => [c.personId, ...(c.finisherId ? [c.finisherId] : [])])),
    ];
    const people = new Map((await peopleFacts(tx.db, personIds)).map((person) => [person.id, person]));
    const room = await contactRoom(tx.db, personIds, settings.weekly_cap, now);
    // The organisation's own texts, each in the reader's language (else the shipped nl/en).
    const own = await ownNudgeTexts(tx.db);
    const readers = await contentLanguagesOf(tx.db, personIds);
    const subjects = wanted.flatMap((c) => (c.subject ? [c.subject] : []));
    const titles = {
      nl: await subjectTitles(tx.db, subjects, 'nl'),
      en: await subjectTitles(tx.db, subjects, 'en'),
    };
    const contacts = [];
    const seen = new Set<string>();
    for (const candidate of wanted) {
      const person = people.get(candidate.personId);
      const once = `${candidate.personId}:${candidate.kind}:${candidate.subjectKey}`;
      if (!person || seen.has(once) || !room.take(person.id)) continue;
      seen.add(once);
      const title = candidate.subject
        ? (titles[person.locale].get(`${candidate.subject.type}:${candidate.subject.id}`)?.title ?? '')
        : (candidate.title ?? '');
      const finisher = candidate.finisherId ? people.get(candidate.finisherId)?.given_name : undefined;
      await notify(tx.db, tx.organisationId, person.id, {
        kind: `nudge_${candidate.kind}`,
        title: nudgeText(
          candidate.kind,
          own.get(candidate.kind),
          { language: readers.get(person.id) ?? null, locale: person.locale },
          {
            title,
            ...(finisher ? { name: finisher } : {}),
            ...(candidate.day ? { day: candidate.day } : {}),
            ...(candidate.time ? { time: candidate.time } : {}),
          },
        ),
        link: nudgeLinks[candidate.kind],
      });
      contacts.push({
        person_id: person.id,
        source: 'nudge' as const,
        nudge_kind: candidate.kind,
        subject_key: candidate.subjectKey,
        counts_to_cap: true,
        sent_at: now,
      });
    }
    await insertContacts(tx.db, contacts);
    return contacts.length;
  });
}
