import type { TenantDb } from '../../../db/tenant.ts';
import type { ScormVersion } from '../import/manifest.types.ts';
import type { CmiValues } from './cmi-values.ts';
import { secondsOf } from './sco-status.ts';

// cmi.interactions.n.* as rows, for L&D's per-question report: written when any of an interaction's
// elements changed in a commit.

export type Interaction = {
  position: number;
  interactionId: string;
  type: string | null;
  description: string | null;
  learnerResponse: string | null;
  correctResponse: string | null;
  result: string | null;
  latencySeconds: number | null;
  recordedAt: string | null;
};

const pattern = /^cmi\.interactions\.(\d+)\./;

export function changedInteractions(
  before: CmiValues,
  after: CmiValues,
  version: ScormVersion,
): Interaction[] {
  const changed = new Set<number>();
  for (const [element, value] of Object.entries(after)) {
    const match = pattern.exec(element);
    if (match && before[element] !== value) changed.add(Number(match[1]));
  }
  const response = version === '1.2' ? 'student_response' : 'learner_response';
  const time = version === '1.2' ? 'time' : 'timestamp';
  return [...changed]
    .sort((a, b) => a - b)
    .slice(0, 1000)
    .map((position) => {
      const get = (name: string) => {
        const value = after[`cmi.interactions.${position}.${name}`];
        return value === undefined || value === '' ? null : value.slice(0, 4000);
      };
      return {
        position,
        interactionId: (get('id') ?? `#${position}`).slice(0, 255),
        type: get('type'),
        description: get('description'),
        learnerResponse: get(response),
        correctResponse: get('correct_responses.0.pattern'),
        result: get('result'),
        latencySeconds: secondsOf(get('latency') ?? undefined),
        recordedAt: get(time),
      };
    });
}

export async function writeInteractions(
  trx: TenantDb,
  attemptId: string,
  scoId: string,
  interactions: Interaction[],
) {
  if (!interactions.length) return;
  const rows = interactions.map((interaction) => ({
    attempt_id: attemptId,
    sco_id: scoId,
    position: interaction.position,
    interaction_id: interaction.interactionId,
    type: interaction.type,
    description: interaction.description,
    learner_response: interaction.learnerResponse,
    correct_response: interaction.correctResponse,
    result: interaction.result,
    latency_seconds: interaction.latencySeconds,
    recorded_at: interaction.recordedAt,
  }));
  await trx
    .insertInto('scorm_interactions', rows)
    .onConflict((conflict) =>
      conflict.columns(['organisation_id', 'attempt_id', 'sco_id', 'position']).doUpdateSet((eb) => ({
        interaction_id: eb.ref('excluded.interaction_id'),
        type: eb.ref('excluded.type'),
        description: eb.ref('excluded.description'),
        learner_response: eb.ref('excluded.learner_response'),
        correct_response: eb.ref('excluded.correct_response'),
        result: eb.ref('excluded.result'),
        latency_seconds: eb.ref('excluded.latency_seconds'),
        recorded_at: eb.ref('excluded.recorded_at'),
      })),
    )
    .execute();
}
