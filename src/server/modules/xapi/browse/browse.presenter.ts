import type { z } from 'zod';
import { displayName } from '../../people/index.ts';
import { identifierOf } from '../identity/actors.presenter.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';
import type { BrowseRow } from './browse.repository.ts';
import type { browsedStatementSchema } from './browse.schemas.ts';

/** The text of a language map in the reader's language, else English, else any. */
export function inLanguage(map: unknown, locale: string): string | null {
  if (!isObject(map)) return null;
  const entries = Object.entries(map).filter(([, value]) => typeof value === 'string') as [string, string][];
  const pick = (prefix: string) => entries.find(([tag]) => tag.toLowerCase().startsWith(prefix))?.[1];
  return pick(locale) ?? pick('en') ?? entries[0]?.[1] ?? null;
}

const lastSegment = (iri: string) =>
  iri
    .replace(/[/#]+$/, '')
    .split(/[/#]/)
    .at(-1) ?? iri;

function objectOf(object: unknown, locale: string) {
  if (!isObject(object)) return { objectType: 'Activity', id: null, name: null };
  const objectType = typeof object.objectType === 'string' ? object.objectType : 'Activity';
  if (objectType === 'Activity') {
    const definition = isObject(object.definition) ? object.definition : {};
    return { objectType, id: String(object.id), name: inLanguage(definition.name, locale) };
  }
  if (objectType === 'Agent' || objectType === 'Group')
    return { objectType, id: null, name: typeof object.name === 'string' ? object.name : null };
  return { objectType, id: typeof object.id === 'string' ? object.id : null, name: null };
}

export function presentBrowsed(row: BrowseRow, locale: string): z.infer<typeof browsedStatementSchema> {
  const statement = row.statement;
  const actor = isObject(statement.actor) ? statement.actor : ({} as JsonObject);
  const verb = isObject(statement.verb) ? statement.verb : ({} as JsonObject);
  const verbId = String(verb.id);
  const result = isObject(statement.result) ? statement.result : null;
  const score = result && isObject(result.score) ? result.score : {};
  const hasIdentifier = ['mbox', 'mbox_sha1sum', 'openid', 'account'].some((key) => key in actor);
  return {
    id: row.id,
    stored: row.stored.toISOString(),
    timestamp: typeof statement.timestamp === 'string' ? statement.timestamp : row.stored.toISOString(),
    actor: {
      agentKey: row.actor_key,
      name: typeof actor.name === 'string' ? actor.name : null,
      identifier: hasIdentifier ? identifierOf(actor) : null,
    },
    person:
      row.person_id && row.family_name !== null
        ? {
            id: row.person_id,
            displayName: displayName({
              given_name: row.given_name ?? '',
              family_name_prefix: row.family_name_prefix,
              family_name: row.family_name,
            }),
          }
        : null,
    verb: { id: verbId, display: inLanguage(verb.display, locale) ?? lastSegment(verbId) },
    object: objectOf(statement.object, locale),
    result: result
      ? {
          completion: typeof result.completion === 'boolean' ? result.completion : null,
          success: typeof result.success === 'boolean' ? result.success : null,
          scaled: typeof score.scaled === 'number' ? score.scaled : null,
        }
      : null,
    statement,
  };
}
