import { createHash, randomFillSync } from 'node:crypto';
import { isObject, type JsonObject } from './validate-primitives.ts';
import { voidedVerb } from './validate-statement.ts';

// Keys of the agents, activities and authorities a stream keeps sending: each md5 once per process.
const memo = new Map<string, string>();
const memoLimit = 50_000;

/** md5 as a uuid: the same as PostgreSQL's md5(text)::uuid, so SQL and JavaScript agree on keys. */
export function md5Uuid(text: string): string {
  const known = memo.get(text);
  if (known) return known;
  const hex = createHash('md5').update(text, 'utf8').digest('hex');
  const key = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  if (memo.size >= memoLimit) memo.clear();
  if (text.length <= 2048) memo.set(text, key);
  return key;
}

/**
 * A statement id the store assigns: a time-ordered UUID (version 7, RFC 9562; variant 2 as RFC 4122
 * asks), so new ids land at the end of the primary key instead of on a random page of it.
 */
export function newStatementId(now = Date.now()): string {
  // Random bytes are drawn 4 KB at a time (one call to the generator per 256 ids, not one per id).
  if (randomAt + 10 > randomPool.length) {
    randomFillSync(randomPool);
    randomAt = 0;
  }
  const bytes = idBytes;
  for (let i = 0; i < 6; i++) bytes[i] = Math.floor(now / 2 ** (8 * (5 - i))) & 0xff;
  randomPool.copy(bytes, 6, randomAt, randomAt + 10);
  randomAt += 10;
  bytes[6] = (bytes[6]! & 0x0f) | 0x70;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const randomPool = Buffer.alloc(4096);
let randomAt = randomPool.length;
const idBytes = Buffer.alloc(16);

// "|" separates the parts; a home page with "|" or "%" in it is percent-encoded, so keys never collide.
const escapeHomePage = (homePage: string) => homePage.replaceAll('%', '%25').replaceAll('|', '%7C');

/** The text of an agent's or identified group's inverse functional identifier, or null (anonymous). */
export function identifierText(agent: unknown): string | null {
  if (!isObject(agent)) return null;
  if (typeof agent.mbox === 'string') return `mbox|${agent.mbox}`;
  if (typeof agent.mbox_sha1sum === 'string') return `mbox_sha1sum|${agent.mbox_sha1sum.toLowerCase()}`;
  if (typeof agent.openid === 'string') return `openid|${agent.openid}`;
  if (isObject(agent.account))
    return `account|${escapeHomePage(String(agent.account.homePage))}|${String(agent.account.name)}`;
  return null;
}

/** The key of an agent in the store's indexes and documents (null for an anonymous group). */
export function agentKey(agent: unknown): string | null {
  const text = identifierText(agent);
  return text === null ? null : md5Uuid(text);
}

export const activityKey = (activityId: string) => md5Uuid(activityId);

/** The agent and its members: who a related-agents filter finds in a group. */
function agentsIn(agent: unknown): string[] {
  const keys: string[] = [];
  const own = agentKey(agent);
  if (own) keys.push(own);
  if (isObject(agent) && Array.isArray(agent.member))
    for (const member of agent.member) {
      const key = agentKey(member);
      if (key) keys.push(key);
    }
  return keys;
}

function contextActivityIds(context: unknown): string[] {
  if (!isObject(context) || !isObject(context.contextActivities)) return [];
  return Object.values(context.contextActivities).flatMap((list) =>
    Array.isArray(list) ? list.filter(isObject).map((entry) => String(entry.id)) : [],
  );
}

function contextAgents(context: unknown): string[] {
  if (!isObject(context)) return [];
  const keys = [...agentsIn(context.instructor), ...agentsIn(context.team)];
  if (Array.isArray(context.contextAgents))
    for (const entry of context.contextAgents) if (isObject(entry)) keys.push(...agentsIn(entry.agent));
  if (Array.isArray(context.contextGroups))
    for (const entry of context.contextGroups) if (isObject(entry)) keys.push(...agentsIn(entry.group));
  return keys;
}

const isAgentObject = (target: JsonObject) => target.objectType === 'Agent' || target.objectType === 'Group';
const isActivityObject = (target: JsonObject) =>
  target.objectType === undefined || target.objectType === 'Activity';

/** The filter columns of one statement (migrations/0160). */
export type StatementKeys = {
  verbId: string;
  actorKey: string | null;
  objectAgentKey: string | null;
  activityId: string | null;
  activityKey: string | null;
  registration: string | null;
  statementRef: string | null;
  isVoiding: boolean;
  relatedAgents: string[];
  relatedActivities: string[];
};

export function keysOf(statement: JsonObject): StatementKeys {
  const target = statement.object as JsonObject;
  const verbId = String((statement.verb as JsonObject).id);
  const context = isObject(statement.context) ? statement.context : undefined;
  const activityId = isActivityObject(target) ? String(target.id) : null;
  const relatedAgents = [
    ...agentsIn(statement.actor),
    ...contextAgents(context),
    ...agentsIn(statement.authority),
  ];
  const relatedActivities = [...(activityId ? [activityId] : []), ...contextActivityIds(context)];
  if (isAgentObject(target)) relatedAgents.push(...agentsIn(target));
  if (target.objectType === 'SubStatement') {
    relatedAgents.push(...agentsIn(target.actor), ...contextAgents(target.context));
    const inner = target.object as JsonObject;
    if (isAgentObject(inner)) relatedAgents.push(...agentsIn(inner));
    if (isActivityObject(inner)) relatedActivities.push(String(inner.id));
    relatedActivities.push(...contextActivityIds(target.context));
  }
  return {
    verbId,
    actorKey: agentKey(statement.actor),
    objectAgentKey: isAgentObject(target) ? agentKey(target) : null,
    activityId,
    activityKey: activityId === null ? null : activityKey(activityId),
    registration: context && typeof context.registration === 'string' ? context.registration : null,
    statementRef: target.objectType === 'StatementRef' ? String(target.id) : null,
    isVoiding: verbId === voidedVerb,
    relatedAgents: [...new Set(relatedAgents)],
    relatedActivities: [...new Set(relatedActivities.map(activityKey))],
  };
}
