import type { ChangeCtx } from '../../../core/change.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import { completeContent, type Finished, raiseProgress } from '../../catalogue/index.ts';
import { blocksOf, type CourseStructure, unitsOf } from '../import/course-structure.ts';
import { nodeType, writeLmsStatement } from './lms-statements.ts';
import { type AuProgress, evaluate } from './moveon.ts';

// After an AU reported something (or at launch, for AUs whose moveOn is NotApplicable): evaluate
// moveOn over the course, write "satisfied" once for each block and the course that became
// satisfied, and move the catalogue item like any other: percent by satisfied AUs, completed with the
// course.

export async function settleRegistration(
  trx: TenantDb,
  options: {
    structure: CourseStructure;
    contentId: string;
    title: string;
    registrationId: string;
    personId: string;
    sessionId: string;
    baseUrl: string;
    at: Date;
    /** Tells the other modules what finished (celebrations, badges) once the change commits. */
    publish?: ChangeCtx['publish'];
  },
): Promise<{ isCourseSatisfied: boolean; finished: Finished | null }> {
  const { structure } = options;
  const registration = await trx
    .selectFrom('cmi5_registrations')
    .select(['satisfied_nodes', 'satisfied_at'])
    .where('id', '=', options.registrationId)
    .forUpdate()
    .executeTakeFirstOrThrow();
  const states = await trx
    .selectFrom('cmi5_au_states')
    .selectAll()
    .where('registration_id', '=', options.registrationId)
    .execute();
  const progress = new Map<string, AuProgress>(
    states.map((state) => [
      state.au_id,
      { completed: !!state.completed_at, passed: !!state.passed_at, waived: !!state.waived_at },
    ]),
  );
  const satisfaction = evaluate(structure, progress);
  const newlySatisfiedUnits = [...satisfaction.units].filter(
    (auId) => !states.find((state) => state.au_id === auId)?.satisfied_at,
  );
  if (newlySatisfiedUnits.length)
    await trx
      .insertInto(
        'cmi5_au_states',
        newlySatisfiedUnits.map((auId) => ({
          registration_id: options.registrationId,
          au_id: auId,
          satisfied_at: options.at,
        })),
      )
      .onConflict((conflict) =>
        conflict
          .columns(['organisation_id', 'registration_id', 'au_id'])
          .doUpdateSet({ satisfied_at: options.at, updated_at: options.at }),
      )
      .execute();
  const already = new Set(registration.satisfied_nodes);
  const order = [...blocksOf(structure.children).map((block) => block.id), structure.id];
  const newNodes = order.filter((id) => satisfaction.nodes.has(id) && !already.has(id));
  for (const nodeId of newNodes) {
    const block = blocksOf(structure.children).find((candidate) => candidate.id === nodeId);
    await writeLmsStatement(trx, options.baseUrl, {
      personId: options.personId,
      verb: 'satisfied',
      object: {
        id: nodeId,
        type: nodeType(!block),
        name: block ? block.title : structure.title,
      },
      registrationId: options.registrationId,
      sessionId: options.sessionId,
    });
  }
  if (newNodes.length)
    await trx
      .updateTable('cmi5_registrations')
      .set({
        satisfied_nodes: [...already, ...newNodes],
        ...(satisfaction.isCourseSatisfied && !registration.satisfied_at ? { satisfied_at: options.at } : {}),
      })
      .where('id', '=', options.registrationId)
      .execute();
  const total = unitsOf(structure.children).length;
  await raiseProgress(trx, {
    personId: options.personId,
    contentId: options.contentId,
    percent: (satisfaction.units.size / Math.max(1, total)) * 100,
  });
  const finished = satisfaction.isCourseSatisfied
    ? await completeContent(trx, {
        publish: options.publish,
        personId: options.personId,
        contentId: options.contentId,
        title: options.title,
        baseUrl: options.baseUrl,
        at: options.at,
      })
    : null;
  return { isCourseSatisfied: satisfaction.isCourseSatisfied, finished };
}
