import type { TenantDb } from '../../../db/tenant.ts';
import { findPeopleByIdentity, type PersonIdentity } from '../../people/index.ts';
import { agentKey } from '../statements/statement-keys.ts';
import { isObject, type JsonObject } from '../statements/validate-primitives.ts';

export type MatchedBy = 'mbox' | 'mbox_sha1sum' | 'account' | 'manual';

/** An actor the store has not seen before, with the person it matches (if any). */
export type NewActor = {
  agentKey: string;
  agent: JsonObject;
  name: string | null;
  personId: string | null;
  matchedBy: MatchedBy | null;
};

// Actors known to exist in xapi_actors, per organisation: a batch of known actors needs no look-up.
// Only keys read back from the database go in, never keys a transaction may still roll back.
const knownActors = new Map<string, Set<string>>();
const knownLimit = 200_000;
let knownCount = 0;

function remember(organisationId: string, keys: string[]): void {
  if (knownCount + keys.length > knownLimit) {
    knownActors.clear();
    knownCount = 0;
  }
  const set = knownActors.get(organisationId) ?? new Set<string>();
  knownActors.set(organisationId, set);
  for (const key of keys) {
    if (set.has(key)) continue;
    set.add(key);
    knownCount++;
  }
}

/** The identifier and name of an agent, without members or anything else a statement carries. */
export function identityOf(agent: JsonObject): JsonObject {
  const { mbox, mbox_sha1sum, openid, account, name, objectType } = agent;
  return Object.fromEntries(
    Object.entries({ objectType: objectType ?? 'Agent', name, mbox, mbox_sha1sum, openid, account }).filter(
      ([, value]) => value !== undefined,
    ),
  );
}

/** Account home pages that name Groeipad's own people: BASE_URL and the organisation's address. */
export const ownHomePages = (baseUrl: string, organisationId: string) => [
  baseUrl,
  `${baseUrl}/`,
  `${baseUrl}/organisations/${organisationId}`,
];

function matchOf(agent: JsonObject, people: PersonIdentity[], homePages: string[]) {
  if (typeof agent.mbox === 'string') {
    const email = agent.mbox.slice('mailto:'.length).toLowerCase();
    const person = people.find((candidate) => candidate.email === email);
    return person ? { personId: person.id, matchedBy: 'mbox' as const } : null;
  }
  if (typeof agent.mbox_sha1sum === 'string') {
    const sum = agent.mbox_sha1sum.toLowerCase();
    const person = people.find((candidate) => candidate.mailtoSha1 === sum);
    return person ? { personId: person.id, matchedBy: 'mbox_sha1sum' as const } : null;
  }
  if (isObject(agent.account) && homePages.includes(String(agent.account.homePage))) {
    const name = String(agent.account.name);
    const person = people.find(
      (candidate) =>
        candidate.id === name || candidate.email === name.toLowerCase() || candidate.employeeNumber === name,
    );
    return person ? { personId: person.id, matchedBy: 'account' as const } : null;
  }
  return null;
}

/**
 * The actors of a batch that are new to the organisation, each matched to a person by mbox,
 * mbox_sha1sum or an account on Groeipad's own home page. Anonymous groups have no key and are skipped.
 */
export async function newActorsOf(
  tenant: TenantDb,
  actors: JsonObject[],
  options: { baseUrl: string },
): Promise<NewActor[]> {
  const byKey = new Map<string, JsonObject>();
  for (const actor of actors) {
    const key = agentKey(actor);
    if (key && !byKey.has(key)) byKey.set(key, actor);
  }
  const known = knownActors.get(tenant.organisationId);
  const unknown = [...byKey.keys()].filter((key) => !known?.has(key));
  if (!unknown.length) return [];
  const found = await tenant
    .selectFrom('xapi_actors')
    .select('agent_key')
    .where('agent_key', 'in', unknown)
    .execute();
  remember(
    tenant.organisationId,
    found.map((row) => row.agent_key),
  );
  const existing = new Set(found.map((row) => row.agent_key));
  const fresh = unknown.filter((key) => !existing.has(key)).map((key) => [key, byKey.get(key)!] as const);
  if (!fresh.length) return [];
  const homePages = ownHomePages(options.baseUrl, tenant.organisationId);
  const agents = fresh.map(([, agent]) => agent);
  const accountNames = agents.flatMap((agent) =>
    isObject(agent.account) && homePages.includes(String(agent.account.homePage))
      ? [String(agent.account.name)]
      : [],
  );
  const people = await findPeopleByIdentity(tenant, {
    emails: [
      ...agents.flatMap((agent) =>
        typeof agent.mbox === 'string' ? [agent.mbox.slice('mailto:'.length)] : [],
      ),
      ...accountNames,
    ],
    mailtoSha1s: agents.flatMap((agent) =>
      typeof agent.mbox_sha1sum === 'string' ? [agent.mbox_sha1sum] : [],
    ),
    personIds: accountNames,
    employeeNumbers: accountNames,
  });
  return fresh.map(([key, agent]) => {
    const match = matchOf(agent, people, homePages);
    return {
      agentKey: key,
      agent: identityOf(agent),
      name: typeof agent.name === 'string' ? agent.name : null,
      personId: match?.personId ?? null,
      matchedBy: match?.matchedBy ?? null,
    };
  });
}

/**
 * The actor of Groeipad's own statement about a person, when it is an account on the organisation's
 * home page named by the person's id: what newActorsOf would find, without its two look-ups (null for
 * any other actor). The store inserts it only when new (ON CONFLICT DO NOTHING), so an actor stored
 * already, even one matched by hand, stays as it is.
 */
export function ownActorOf(
  tenant: TenantDb,
  actor: JsonObject,
  options: { baseUrl: string; personId: string },
): NewActor[] | null {
  const account = isObject(actor.account) ? actor.account : null;
  if (
    !account ||
    account.name !== options.personId ||
    !ownHomePages(options.baseUrl, tenant.organisationId).includes(String(account.homePage))
  )
    return null;
  const key = agentKey(actor);
  if (!key || knownActors.get(tenant.organisationId)?.has(key)) return [];
  return [
    { agentKey: key, agent: identityOf(actor), name: null, personId: options.personId, matchedBy: 'account' },
  ];
}
