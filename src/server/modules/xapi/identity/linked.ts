import type { Bus } from '../../../core/bus.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';
import type { LinkedStatement } from '../xapi.events.ts';

const progressExtension = 'https://w3id.org/xapi/cmi5/result/extensions/progress';

/** What a statement about a catalogue item tells its person's progress. */
export function linkedStatement(input: {
  id: string;
  personId: string;
  verbId: string;
  catalogue: { kind: string; id: string };
  statement: JsonObject;
}): LinkedStatement {
  const result = isObject(input.statement.result) ? input.statement.result : {};
  const extensions = isObject(result.extensions) ? result.extensions : {};
  const progress = extensions[progressExtension];
  return {
    id: input.id,
    personId: input.personId,
    verbId: input.verbId,
    catalogue: input.catalogue,
    completion: typeof result.completion === 'boolean' ? result.completion : null,
    success: typeof result.success === 'boolean' ? result.success : null,
    progress: typeof progress === 'number' && progress >= 0 && progress <= 100 ? Math.round(progress) : null,
  };
}

/** Tells the catalogue (after commit) which statements now count for a person's progress. */
export async function announceLinked(bus: Bus, organisationId: string, statements: LinkedStatement[]) {
  if (statements.length) await bus.publish('xapi.statements_linked', { organisationId, statements });
}
