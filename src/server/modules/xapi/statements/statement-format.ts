import { isObject, type JsonObject } from './validate-primitives.ts';

export type StatementFormat = 'ids' | 'exact' | 'canonical';

type Rewrites = {
  agent(agent: JsonObject): JsonObject;
  activity(activity: JsonObject): JsonObject;
  verb(verb: JsonObject): JsonObject;
};

function rewriteActor(value: unknown, rewrites: Rewrites): unknown {
  return isObject(value) ? rewrites.agent(value) : value;
}

function rewriteContext(context: unknown, rewrites: Rewrites): unknown {
  if (!isObject(context)) return context;
  const copy: JsonObject = { ...context };
  if (copy.instructor !== undefined) copy.instructor = rewriteActor(copy.instructor, rewrites);
  if (copy.team !== undefined) copy.team = rewriteActor(copy.team, rewrites);
  if (isObject(copy.contextActivities))
    copy.contextActivities = Object.fromEntries(
      Object.entries(copy.contextActivities).map(([key, list]) => [
        key,
        Array.isArray(list)
          ? list.map((entry) => (isObject(entry) ? rewrites.activity(entry) : entry))
          : list,
      ]),
    );
  if (Array.isArray(copy.contextAgents))
    copy.contextAgents = copy.contextAgents.map((entry) =>
      isObject(entry) ? { ...entry, agent: rewriteActor(entry.agent, rewrites) } : entry,
    );
  if (Array.isArray(copy.contextGroups))
    copy.contextGroups = copy.contextGroups.map((entry) =>
      isObject(entry) ? { ...entry, group: rewriteActor(entry.group, rewrites) } : entry,
    );
  return copy;
}

function rewriteStatement(statement: JsonObject, rewrites: Rewrites): JsonObject {
  const copy: JsonObject = { ...statement };
  copy.actor = rewriteActor(copy.actor, rewrites);
  if (isObject(copy.verb)) copy.verb = rewrites.verb(copy.verb);
  if (isObject(copy.object)) {
    const target = copy.object;
    const type = target.objectType;
    if (type === undefined || type === 'Activity') copy.object = rewrites.activity(target);
    else if (type === 'Agent' || type === 'Group') copy.object = rewrites.agent(target);
    else if (type === 'SubStatement') copy.object = rewriteStatement(target, rewrites);
  }
  if (copy.context !== undefined) copy.context = rewriteContext(copy.context, rewrites);
  if (copy.authority !== undefined) copy.authority = rewriteActor(copy.authority, rewrites);
  return copy;
}

const identifierKeys = ['mbox', 'mbox_sha1sum', 'openid', 'account'];

function agentIds(agent: JsonObject): JsonObject {
  const ids: JsonObject = {};
  if (agent.objectType !== undefined) ids.objectType = agent.objectType;
  for (const key of identifierKeys) if (agent[key] !== undefined) ids[key] = agent[key];
  const isAnonymous = identifierKeys.every((key) => agent[key] === undefined);
  if (isAnonymous && Array.isArray(agent.member))
    ids.member = agent.member.map((member) => (isObject(member) ? agentIds(member) : member));
  return ids;
}

/** `format=ids`: only what identifies agents, groups (members of anonymous ones), activities and verbs. */
const idsRewrites: Rewrites = {
  agent: agentIds,
  activity: (activity) => ({ id: activity.id }),
  verb: (verb) => ({ id: verb.id }),
};

/** The language of a map the reader prefers most (Accept-Language order), else its first entry. */
export function pickLanguage(map: JsonObject, preferred: string[]): JsonObject {
  const tags = Object.keys(map);
  if (tags.length <= 1) return map;
  const lower = tags.map((tag) => tag.toLowerCase());
  for (const wanted of preferred.map((tag) => tag.toLowerCase())) {
    if (wanted === '*') break;
    let index = lower.indexOf(wanted);
    if (index < 0) index = lower.findIndex((tag) => tag.split('-')[0] === wanted.split('-')[0]);
    if (index >= 0) return { [tags[index]!]: map[tags[index]!] };
  }
  return { [tags[0]!]: map[tags[0]!] };
}

function oneLanguage(definition: JsonObject, preferred: string[]): JsonObject {
  const copy: JsonObject = { ...definition };
  for (const key of ['name', 'description'])
    if (isObject(copy[key])) copy[key] = pickLanguage(copy[key] as JsonObject, preferred);
  for (const list of ['choices', 'scale', 'source', 'target', 'steps'])
    if (Array.isArray(copy[list]))
      copy[list] = (copy[list] as unknown[]).map((component) =>
        isObject(component) && isObject(component.description)
          ? { ...component, description: pickLanguage(component.description, preferred) }
          : component,
      );
  return copy;
}

/** `format=canonical`: the store's definition of each activity and one language per language map. */
function canonicalRewrites(definitions: Map<string, JsonObject>, preferred: string[]): Rewrites {
  return {
    agent: (agent) => agent,
    activity: (activity) => {
      const definition =
        definitions.get(String(activity.id)) ?? (activity.definition as JsonObject | undefined);
      return definition ? { ...activity, definition: oneLanguage(definition, preferred) } : activity;
    },
    verb: (verb) =>
      isObject(verb.display) ? { ...verb, display: pickLanguage(verb.display, preferred) } : verb,
  };
}

export function formatStatement(
  statement: JsonObject,
  format: StatementFormat,
  options: { definitions?: Map<string, JsonObject>; languages?: string[] } = {},
): JsonObject {
  if (format === 'exact') return statement;
  if (format === 'ids') return rewriteStatement(statement, idsRewrites);
  return rewriteStatement(
    statement,
    canonicalRewrites(options.definitions ?? new Map(), options.languages ?? []),
  );
}

/** Activity ids a statement mentions (object, sub-statement object, context activities). */
export function activityIdsOf(statement: JsonObject): string[] {
  const ids: string[] = [];
  rewriteStatement(statement, {
    agent: (agent) => agent,
    verb: (verb) => verb,
    activity: (activity) => {
      ids.push(String(activity.id));
      return activity;
    },
  });
  return ids;
}

/** Accept-Language as tags in order of preference (quality, then position). */
export function preferredLanguages(header: string | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const quality = parameters.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: tag.trim(), quality: quality === undefined ? 1 : Number(quality), index };
    })
    .filter((entry) => entry.tag && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}
