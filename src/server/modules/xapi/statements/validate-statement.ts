import type { XapiVersion } from '../xapi.version.ts';
import { isStatementVersionAllowed } from '../xapi.version.ts';
import { activity } from './validate-activity.ts';
import { actor, agent, authority, group } from './validate-actors.ts';
import {
  array,
  at,
  boolean,
  duration,
  extensions,
  fail,
  iri,
  irl,
  isLanguageTag,
  isObject,
  type JsonObject,
  languageMap,
  number,
  object,
  onlyKeys,
  string,
  timestamp,
  toUtc,
  uuid,
  type Where,
} from './validate-primitives.ts';

export const voidedVerb = 'http://adlnet.gov/expapi/verbs/voided';

const statementKeys = [
  'id',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'stored',
  'authority',
  'version',
  'attachments',
];
const subStatementKeys = [
  'objectType',
  'actor',
  'verb',
  'object',
  'result',
  'context',
  'timestamp',
  'attachments',
];
const contextKeys10 = [
  'registration',
  'instructor',
  'team',
  'contextActivities',
  'revision',
  'platform',
  'language',
  'statement',
  'extensions',
];
const contextKeys20 = [...contextKeys10, 'contextAgents', 'contextGroups'];
const contextActivityKeys = ['parent', 'grouping', 'category', 'other'];

function verb(value: unknown, where: Where): JsonObject {
  const rule = 'Data 2.4.3 (Verb)';
  const verbObject = object(value, where, rule);
  onlyKeys(verbObject, ['id', 'display'], where, rule);
  if (verbObject.id === undefined) fail(at(where, 'id'), 'is required', rule);
  iri(verbObject.id, at(where, 'id'), rule);
  if (verbObject.display !== undefined) languageMap(verbObject.display, at(where, 'display'));
  return verbObject;
}

function statementRef(value: JsonObject, where: Where): void {
  const rule = 'Data 2.4.4.3 (Statement Reference)';
  onlyKeys(value, ['objectType', 'id'], where, rule);
  if (value.objectType !== 'StatementRef') fail(at(where, 'objectType'), 'must be "StatementRef"', rule);
  if (value.id === undefined) fail(at(where, 'id'), 'is required', rule);
  value.id = uuid(value.id, at(where, 'id'), rule);
}

function statementObject(value: unknown, where: Where, isSubStatement: boolean): JsonObject {
  const rule = 'Data 2.4.4 (Object)';
  const target = object(value, where, rule);
  const type = target.objectType;
  if (type === undefined || type === 'Activity') return activity(target, where);
  if (type === 'Agent') return agent(target, where, { isObjectTypeRequired: true });
  if (type === 'Group') return group(target, where);
  if (type === 'StatementRef') {
    statementRef(target, where);
    return target;
  }
  if (type === 'SubStatement') {
    if (isSubStatement)
      fail(at(where, 'objectType'), 'a SubStatement cannot contain a SubStatement', 'Data 2.4.4.3');
    subStatement(target, where);
    return target;
  }
  return fail(
    at(where, 'objectType'),
    `"${String(type)}" is not one of Activity, Agent, Group, StatementRef, SubStatement`,
    rule,
  );
}

function score(value: unknown, where: Where): void {
  const rule = 'Data 2.4.5.1 (Score)';
  const scoreObject = object(value, where, rule);
  onlyKeys(scoreObject, ['scaled', 'raw', 'min', 'max'], where, rule);
  const read = (key: string) =>
    scoreObject[key] === undefined ? undefined : number(scoreObject[key], at(where, key), rule);
  const [scaled, raw, min, max] = [read('scaled'), read('raw'), read('min'), read('max')];
  if (scaled !== undefined && (scaled < -1 || scaled > 1))
    fail(at(where, 'scaled'), 'must lie between -1 and 1', rule);
  if (min !== undefined && max !== undefined && min >= max)
    fail(at(where, 'min'), 'must be less than max', rule);
  if (raw !== undefined && min !== undefined && raw < min)
    fail(at(where, 'raw'), 'must not be below min', rule);
  if (raw !== undefined && max !== undefined && raw > max)
    fail(at(where, 'raw'), 'must not be above max', rule);
}

function result(value: unknown, where: Where): void {
  const rule = 'Data 2.4.5 (Result)';
  const resultObject = object(value, where, rule);
  onlyKeys(
    resultObject,
    ['score', 'success', 'completion', 'response', 'duration', 'extensions'],
    where,
    rule,
  );
  if (resultObject.score !== undefined) score(resultObject.score, at(where, 'score'));
  if (resultObject.success !== undefined) boolean(resultObject.success, at(where, 'success'), rule);
  if (resultObject.completion !== undefined) boolean(resultObject.completion, at(where, 'completion'), rule);
  if (resultObject.response !== undefined) string(resultObject.response, at(where, 'response'), rule);
  if (resultObject.duration !== undefined) duration(resultObject.duration, at(where, 'duration'));
  if (resultObject.extensions !== undefined) extensions(resultObject.extensions, at(where, 'extensions'));
}

function contextActivities(value: unknown, where: Where): void {
  const rule = 'Data 2.4.6.2 (ContextActivities)';
  const map = object(value, where, rule);
  onlyKeys(map, contextActivityKeys, where, rule);
  for (const key of contextActivityKeys) {
    if (map[key] === undefined) continue;
    // A single activity is allowed in; the store always gives back an array (Data 2.4.6.2).
    const list = Array.isArray(map[key]) ? map[key] : [map[key]];
    list.forEach((entry, index) => {
      activity(entry, at(at(where, key), index));
    });
    map[key] = list;
  }
}

function relevantTypes(value: unknown, where: Where): void {
  const rule = 'Data 2.4.6 (contextAgents/contextGroups)';
  const list = array(value, where, rule);
  if (list.length === 0) fail(where, 'needs at least one IRI', rule);
  list.forEach((entry, index) => {
    iri(entry, at(where, index), rule);
  });
}

function contextAgents(value: unknown, where: Where): void {
  const rule = 'Data 2.4.6 (contextAgents)';
  array(value, where, rule).forEach((entry, index) => {
    const here = at(where, index);
    const item = object(entry, here, rule);
    onlyKeys(item, ['objectType', 'agent', 'relevantTypes'], here, rule);
    if (item.objectType !== 'contextAgent') fail(at(here, 'objectType'), 'must be "contextAgent"', rule);
    if (item.agent === undefined) fail(at(here, 'agent'), 'is required', rule);
    agent(item.agent, at(here, 'agent'));
    if (item.relevantTypes !== undefined) relevantTypes(item.relevantTypes, at(here, 'relevantTypes'));
  });
}

function contextGroups(value: unknown, where: Where): void {
  const rule = 'Data 2.4.6 (contextGroups)';
  array(value, where, rule).forEach((entry, index) => {
    const here = at(where, index);
    const item = object(entry, here, rule);
    onlyKeys(item, ['objectType', 'group', 'relevantTypes'], here, rule);
    if (item.objectType !== 'contextGroup') fail(at(here, 'objectType'), 'must be "contextGroup"', rule);
    if (item.group === undefined) fail(at(here, 'group'), 'is required', rule);
    group(item.group, at(here, 'group'));
    if (item.relevantTypes !== undefined) relevantTypes(item.relevantTypes, at(here, 'relevantTypes'));
  });
}

function context(value: unknown, where: Where, statementObjectType: string): void {
  const rule = 'Data 2.4.6 (Context)';
  const contextObject = object(value, where, rule);
  onlyKeys(contextObject, where.version === '2.0.0' ? contextKeys20 : contextKeys10, where, rule);
  if (contextObject.registration !== undefined)
    contextObject.registration = uuid(contextObject.registration, at(where, 'registration'), rule);
  if (contextObject.instructor !== undefined) actor(contextObject.instructor, at(where, 'instructor'));
  if (contextObject.team !== undefined) {
    if (!isObject(contextObject.team) || contextObject.team.objectType !== 'Group')
      fail(at(where, 'team'), 'must be a Group (objectType "Group")', rule);
    group(contextObject.team, at(where, 'team'));
  }
  if (contextObject.contextActivities !== undefined)
    contextActivities(contextObject.contextActivities, at(where, 'contextActivities'));
  // Revision and platform describe an activity; with another kind of object they are refused.
  for (const key of ['revision', 'platform'] as const) {
    if (contextObject[key] === undefined) continue;
    string(contextObject[key], at(where, key), rule);
    if (statementObjectType !== 'Activity')
      fail(at(where, key), 'is only allowed when the object is an Activity', 'Data 2.4.6 (Context)');
  }
  if (contextObject.language !== undefined) {
    const language = string(contextObject.language, at(where, 'language'), rule);
    if (!isLanguageTag(language))
      fail(at(where, 'language'), `"${language}" is not an RFC 5646 language tag`, rule);
  }
  if (contextObject.statement !== undefined) {
    const reference = object(contextObject.statement, at(where, 'statement'), rule);
    statementRef(reference, at(where, 'statement'));
  }
  if (contextObject.extensions !== undefined) extensions(contextObject.extensions, at(where, 'extensions'));
  if (contextObject.contextAgents !== undefined)
    contextAgents(contextObject.contextAgents, at(where, 'contextAgents'));
  if (contextObject.contextGroups !== undefined)
    contextGroups(contextObject.contextGroups, at(where, 'contextGroups'));
}

const attachmentKeys = ['usageType', 'display', 'description', 'contentType', 'length', 'sha2', 'fileUrl'];

function attachments(value: unknown, where: Where): void {
  const rule = 'Data 2.4.11 (Attachments)';
  array(value, where, rule).forEach((entry, index) => {
    const here = at(where, index);
    const attachment = object(entry, here, rule);
    onlyKeys(attachment, attachmentKeys, here, rule);
    for (const key of ['usageType', 'display', 'contentType', 'length', 'sha2'])
      if (attachment[key] === undefined) fail(at(here, key), 'is required', rule);
    iri(attachment.usageType, at(here, 'usageType'), rule);
    languageMap(attachment.display, at(here, 'display'));
    if (attachment.description !== undefined) languageMap(attachment.description, at(here, 'description'));
    const contentType = string(attachment.contentType, at(here, 'contentType'), rule);
    if (!/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+(\s*;.*)?$/.test(contentType))
      fail(at(here, 'contentType'), 'must be an Internet Media Type', rule);
    const length = number(attachment.length, at(here, 'length'), rule);
    if (!Number.isInteger(length) || length < 0)
      fail(at(here, 'length'), 'must be a whole number of octets', rule);
    const sha2 = string(attachment.sha2, at(here, 'sha2'), rule);
    if (!/^[0-9a-f]{56}$|^[0-9a-f]{64}$|^[0-9a-f]{96}$|^[0-9a-f]{128}$/i.test(sha2))
      fail(at(here, 'sha2'), 'must be a SHA-2 hash in hexadecimal', rule);
    if (attachment.fileUrl !== undefined) irl(attachment.fileUrl, at(here, 'fileUrl'), rule);
  });
}

/** The parts a Statement and a SubStatement share. */
function statementBody(value: JsonObject, where: Where, isSubStatement: boolean): void {
  if (value.actor === undefined) fail(at(where, 'actor'), 'is required', 'Data 2.4.2 (Actor)');
  if (value.verb === undefined) fail(at(where, 'verb'), 'is required', 'Data 2.4.3 (Verb)');
  if (value.object === undefined) fail(at(where, 'object'), 'is required', 'Data 2.4.4 (Object)');
  actor(value.actor, at(where, 'actor'));
  const verbObject = verb(value.verb, at(where, 'verb'));
  const target = statementObject(value.object, at(where, 'object'), isSubStatement);
  const objectType = typeof target.objectType === 'string' ? target.objectType : 'Activity';
  if (verbObject.id === voidedVerb && objectType !== 'StatementRef')
    fail(
      at(where, 'object'),
      'a voiding statement must have a StatementRef as its object',
      'Data 2.3.2 (Voiding)',
    );
  if (value.result !== undefined) result(value.result, at(where, 'result'));
  if (value.context !== undefined) context(value.context, at(where, 'context'), objectType);
  if (value.timestamp !== undefined) {
    const checked = timestamp(value.timestamp, at(where, 'timestamp'));
    if (where.version === '2.0.0') value.timestamp = toUtc(checked);
  }
  if (value.attachments !== undefined) attachments(value.attachments, at(where, 'attachments'));
}

function subStatement(value: JsonObject, where: Where): void {
  const rule = 'Data 2.4.4.3 (SubStatement)';
  for (const key of ['id', 'stored', 'version', 'authority'])
    if (value[key] !== undefined) fail(at(where, key), 'is not allowed in a SubStatement', rule);
  onlyKeys(value, subStatementKeys, where, rule);
  statementBody(value, where, true);
}

/**
 * Checks one statement as strictly as the specification reads, and gives back the statement as it
 * is stored: context activities as arrays, ids in lower case, 2.0 timestamps in UTC. The first broken
 * rule is a 400 naming the field and the rule. `isOwned`: the value was just parsed from a request and
 * nothing else holds it, so it is normalised in place instead of copied first (a deep copy per
 * statement was the largest single cost of checking a batch).
 */
export function validateStatement(
  value: unknown,
  options: { version: XapiVersion; path?: string; isOwned?: boolean },
): JsonObject {
  const where: Where = { path: options.path ?? '', version: options.version };
  const rule = 'Data 2.2 (Statement)';
  const checked = object(value, where, rule);
  const statement = options.isOwned ? checked : structuredClone(checked);
  onlyKeys(statement, statementKeys, where, rule);
  if (statement.id !== undefined) statement.id = uuid(statement.id, at(where, 'id'), 'Data 2.4.1 (Id)');
  statementBody(statement, where, false);
  if (statement.stored !== undefined) timestamp(statement.stored, at(where, 'stored'), 'Data 2.4.8 (Stored)');
  if (statement.authority !== undefined) authority(statement.authority, at(where, 'authority'));
  if (statement.version !== undefined) {
    const version = string(statement.version, at(where, 'version'), 'Data 2.4.10 (Version)');
    if (!isStatementVersionAllowed(version, options.version))
      fail(
        at(where, 'version'),
        `"${version}" is not allowed; use ${options.version === '2.0.0' ? '1.0.x or 2.0.x' : '1.0.x'}`,
        'Data 2.4.10 (Version)',
      );
  }
  return statement;
}
