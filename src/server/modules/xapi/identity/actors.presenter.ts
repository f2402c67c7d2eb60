import type { z } from 'zod';
import { displayName } from '../../people/index.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';
import { type ActorRow, statementCountCap } from './actors.repository.ts';
import type { actorSchema, identifierSchema } from './actors.schemas.ts';

/** The inverse functional identifier of an agent, as L&D reads it. */
export function identifierOf(agent: JsonObject): z.infer<typeof identifierSchema> {
  if (typeof agent.mbox === 'string') return { kind: 'mbox', value: agent.mbox.replace(/^mailto:/, '') };
  if (typeof agent.mbox_sha1sum === 'string') return { kind: 'mbox_sha1sum', value: agent.mbox_sha1sum };
  if (typeof agent.openid === 'string') return { kind: 'openid', value: agent.openid };
  const account = isObject(agent.account) ? agent.account : {};
  return { kind: 'account', value: `${String(account.name)} @ ${String(account.homePage)}` };
}

export function presentActor(row: ActorRow): z.infer<typeof actorSchema> {
  return {
    agentKey: row.agent_key,
    name: row.name,
    identifier: identifierOf(row.agent),
    person:
      row.person_id && row.person_family_name !== null
        ? {
            id: row.person_id,
            displayName: displayName({
              given_name: row.person_given_name ?? '',
              family_name_prefix: row.person_family_name_prefix,
              family_name: row.person_family_name,
            }),
          }
        : null,
    matchedBy: row.matched_by,
    firstSeenAt: row.first_seen_at.toISOString(),
    statements: Math.min(row.statements, statementCountCap),
    statementsCapped: row.statements >= statementCountCap,
  };
}

const timestampText = /^\d{4}-\d\d-\d\d[ T][0-9:.]+(?:[+-][0-9:]+|Z)?$/;

/** A cursor over (first_seen_at, agent_key); opaque to clients. */
export const encodeActorCursor = (row: ActorRow) =>
  Buffer.from(`${row.first_seen_text}|${row.agent_key}`).toString('base64url');

export function decodeActorCursor(cursor: string): { at: string; key: string } | null {
  const [at, key] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!timestampText.test(at ?? '') || !/^[0-9a-f-]{36}$/i.test(key ?? '')) return null;
  return { at: at!, key: key! };
}
