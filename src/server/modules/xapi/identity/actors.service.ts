import { runChange } from '../../../core/change.ts';
import type { Ctx } from '../../../core/context.ts';
import { invalidField, notFound } from '../../../http/errors.ts';
import { assertCan } from '../../access/index.ts';
import '../xapi.events.ts';
import { presentActor } from './actors.presenter.ts';
import { actorPage, lockActor, personExists, relinkStatements, setActorPerson } from './actors.repository.ts';
import { linkedStatement } from './linked.ts';

/**
 * L&D says who an actor is (or undoes it): the actor and every statement it made move to the person,
 * and the person's progress follows the statements about catalogue items (told after commit).
 */
export async function matchActor(ctx: Ctx, input: { agentKey: string; personId: string | null }) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const actor = await lockActor(tx.db, input.agentKey);
    if (!actor) throw notFound('Actor');
    if (input.personId && !(await personExists(tx.db, input.personId)))
      throw invalidField('personId', 'no such person in this organisation', 'unknownReference');
    await setActorPerson(tx.db, input.agentKey, input.personId);
    const relinked = await relinkStatements(tx.db, input.agentKey, input.personId);
    tx.record({
      action: 'xapi_actor.matched',
      subjectId: input.agentKey,
      changes: { personId: { from: actor.person_id, to: input.personId }, statements: relinked.count },
    });
    const { personId } = input;
    if (personId)
      tx.publish('xapi.statements_linked', {
        statements: relinked.aboutCatalogue.flatMap((row) =>
          row.statement && row.object_kind && row.object_id
            ? [
                linkedStatement({
                  id: row.id,
                  personId,
                  verbId: row.verb_id,
                  catalogue: { kind: row.object_kind, id: row.object_id },
                  statement: row.statement,
                }),
              ]
            : [],
        ),
      });
    const [row] = await actorPage(tx.db, { status: 'all', limit: 1, only: input.agentKey });
    return { actor: presentActor(row!), statementsLinked: relinked.count };
  });
}
