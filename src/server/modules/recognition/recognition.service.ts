import type { Ctx } from '../../core/context.ts';
import { referenceKey, resolveReferences } from '../../core/references.ts';
import { forbidden, invalidField, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { recognitionChange } from './recognition.cache.ts';
import { notifyKudos, notifyTeamStep } from './recognition.notify.ts';
import './recognition.events.ts';
import { evaluateBadges } from './badges.service.ts';
import {
  addPoints,
  findCelebration,
  findPersonBasic,
  insertKudos,
  type Preferences,
  preferencesOf,
  savePreferences,
  saveSettings,
  setShared,
} from './recognition.repository.ts';
import type { GiveKudosInput } from './recognition.schemas.ts';

/** Kudos for a colleague's step, perhaps honouring a core value or a skill, perhaps for a celebration. */
export async function giveKudos(ctx: Ctx, input: GiveKudosInput) {
  const giverId = personIdOf(ctx.auth);
  if (input.receiverId === giverId)
    throw invalidField('receiverId', 'give kudos to a colleague', 'notYourself');
  return recognitionChange(ctx, async (tx) => {
    const receiver = await findPersonBasic(tx.db, input.receiverId);
    if (!receiver || receiver.status === 'left')
      throw invalidField('receiverId', 'no such colleague', 'notFound');
    const references = [
      ...(input.valueId ? [{ kind: 'value' as const, id: input.valueId }] : []),
      ...(input.skillId ? [{ kind: 'skill' as const, id: input.skillId }] : []),
    ];
    const found = await resolveReferences(tx.db, references, { auth: tx.auth, locale: tx.locale });
    for (const reference of references)
      if (!found.has(referenceKey(reference)))
        throw invalidField(
          reference.kind === 'value' ? 'valueId' : 'skillId',
          'no such one here',
          'notFound',
        );
    if (input.celebrationId) {
      const celebration = await findCelebration(tx.db, input.celebrationId);
      if (!celebration || celebration.person_id !== receiver.id)
        throw invalidField('celebrationId', "not one of this colleague's celebrations", 'notFound');
    }
    const { id } = await insertKudos(tx.db, {
      giver_id: giverId,
      receiver_id: receiver.id,
      message: input.message,
      value_id: input.valueId ?? null,
      skill_id: input.skillId ?? null,
      celebration_id: input.celebrationId ?? null,
    });
    const today = tx.today();
    await addPoints(tx.db, { personId: giverId, action: 'kudos_given', sourceId: id, onDate: today });
    await addPoints(tx.db, { personId: receiver.id, action: 'kudos_received', sourceId: id, onDate: today });
    tx.record({ action: 'kudos.given', subjectId: id, changes: { receiverId: receiver.id } });
    await notifyKudos(tx.db, receiver.id, { from: await giverName(tx.db, giverId), message: input.message });
    await evaluateBadges(tx, [receiver.id]);
    return id;
  });
}

const giverName = async (db: Ctx['db'], id: string) => (await findPersonBasic(db, id))?.name ?? '';

/** The person chooses whether a celebration of theirs is shown to colleagues. */
export async function shareCelebration(ctx: Ctx, id: string, shared: boolean) {
  const me = personIdOf(ctx.auth);
  return recognitionChange(
    ctx,
    async (tx) => {
      const row = await findCelebration(tx.db, id);
      if (!row || row.person_id !== me) throw notFound('Celebration');
      if (Boolean(row.shared_at) === shared) return;
      await setShared(tx.db, id, shared ? tx.now() : null);
      if (shared)
        await addPoints(tx.db, {
          personId: me,
          action: 'celebration_shared',
          sourceId: id,
          onDate: tx.today(),
        });
      tx.record({ action: shared ? 'celebration.shared' : 'celebration.unshared', subjectId: id });
    },
    { lock: { table: 'celebrations', id } },
  );
}

export async function setPreferences(ctx: Ctx, input: Partial<Preferences>) {
  const me = personIdOf(ctx.auth);
  return recognitionChange(ctx, async (tx) => {
    const next = { ...(await preferencesOf(tx.db, me)), ...input };
    await savePreferences(tx.db, me, next, tx.now());
    tx.record({ action: 'recognition.preferences_set', subjectId: me, changes: input });
    return next;
  });
}

export async function setSettings(ctx: Ctx, input: { leaderboardsEnabled: boolean }) {
  assertCan(ctx.auth, 'recognition.manage');
  return recognitionChange(ctx, async (tx) => {
    await saveSettings(tx.db, input.leaderboardsEnabled, tx.now());
    tx.record({ action: 'recognition.settings_changed', subjectId: tx.organisationId, changes: input });
    return input;
  });
}

export { notifyTeamStep };
export const assertPerson = (ctx: Ctx) => {
  if (ctx.auth.kind !== 'person') throw forbidden('This needs a signed-in person.');
};
