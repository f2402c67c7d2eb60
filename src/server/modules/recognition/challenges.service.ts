import type { Ctx } from '../../core/context.ts';
import { forbidden, invalidField } from '../../http/errors.ts';
import { personIdOf } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { recognitionChange } from './recognition.cache.ts';
import './recognition.events.ts';
import { canChallengeTeams } from './recognition.policy.ts';
import { unitsByIds, unitsLedBy } from './recognition.repository.ts';
import type { ChallengeInput } from './recognition.schemas.ts';

/** L&D/HR challenge any teams; a manager challenges the teams they lead. */
export async function createChallenge(ctx: Ctx, input: ChallengeInput) {
  const me = personIdOf(ctx.auth);
  if (input.endsOn < input.startsOn)
    throw invalidField('endsOn', 'must be on or after the start', 'afterStart');
  if (input.metric === 'completions' && !input.contentId)
    throw invalidField('contentId', 'name the item whose completions count', 'required');
  if (input.metric !== 'completions' && input.contentId)
    throw invalidField('contentId', 'only a completions challenge names an item', 'notAllowed');
  const teamIds = [...new Set(input.teamIds)];
  return recognitionChange(ctx, async (tx) => {
    const units = await unitsByIds(tx.db, teamIds);
    if (units.length !== teamIds.length) throw invalidField('teamIds', 'no such team here', 'notFound');
    if (!canChallengeTeams(tx.auth, teamIds, await unitsLedBy(tx.db, me)))
      throw forbidden('A manager challenges only the teams they lead.');
    if (
      input.contentId &&
      !(await contentHeadlines(tx.db, [input.contentId], tx.locale)).has(input.contentId)
    )
      throw invalidField('contentId', 'no such item', 'notFound');
    const { id } = await tx.db
      .insertInto('challenges', {
        title: input.title,
        description: input.description,
        metric: input.metric,
        content_id: input.contentId ?? null,
        goal: input.goal,
        starts_on: input.startsOn,
        ends_on: input.endsOn,
        created_by: me,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tx.db
      .insertInto(
        'challenge_teams',
        teamIds.map((unitId) => ({ challenge_id: id, org_unit_id: unitId })),
      )
      .execute();
    tx.record({ action: 'challenge.created', subjectId: id, changes: { title: input.title, teamIds } });
    return id;
  });
}
