import { badRequest } from '../xapi.errors.ts';
import type { XapiVersion } from '../xapi.version.ts';
import type { StatementFormat } from './statement-format.ts';
import { activityKey, agentKey } from './statement-keys.ts';
import type { StatementFilter } from './statements.query.ts';
import { actor } from './validate-actors.ts';
import { iri, timestamp, timestampMillis, uuid, type Where } from './validate-primitives.ts';

export const statementQueryParams = [
  'statementId',
  'voidedStatementId',
  'agent',
  'verb',
  'activity',
  'registration',
  'related_activities',
  'related_agents',
  'since',
  'until',
  'limit',
  'format',
  'attachments',
  'ascending',
  'more',
] as const;

const singleStatementParams = ['statementId', 'voidedStatementId', 'format', 'attachments'];

/** The most statements one page holds; `limit=0` or no limit means this many. */
export const pageLimit = 500;

export type StatementQuery =
  | { kind: 'single'; id: string; isVoided: boolean; format: StatementFormat; attachments: boolean }
  | {
      kind: 'list';
      filter: StatementFilter;
      limit: number;
      ascending: boolean;
      format: StatementFormat;
      attachments: boolean;
      after?: number;
      /** The parameters as sent, for the `more` link. */
      given: Record<string, string>;
    };

const rule = 'Communication 2.1.3 (GET Statements)';

function booleanParam(params: Record<string, string>, name: string): boolean {
  const value = params[name];
  if (value === undefined) return false;
  if (value !== 'true' && value !== 'false')
    throw badRequest(`parameter ${name} must be true or false`, rule);
  return value === 'true';
}

/** An agent parameter: the JSON of an Agent or identified Group (Communication 2.1.3, Data 2.2). */
export function agentParam(text: string, name: string, version: XapiVersion): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw badRequest(`parameter ${name} is not JSON`, rule);
  }
  const where: Where = { path: name, version };
  const checked = actor(value, where);
  const key = agentKey(checked);
  if (!key)
    throw badRequest(
      `parameter ${name} must identify an agent or group (mbox, mbox_sha1sum, openid or account)`,
      rule,
    );
  return key;
}

/** Checks every parameter of GET /statements as strictly as the same value in a statement. */
export function parseStatementQuery(params: Record<string, string>, version: XapiVersion): StatementQuery {
  const where = (path: string): Where => ({ path, version });
  const format = (params.format ?? 'exact') as StatementFormat;
  if (!['ids', 'exact', 'canonical'].includes(format))
    throw badRequest('parameter format must be ids, exact or canonical', rule);
  const attachments = booleanParam(params, 'attachments');
  for (const single of ['statementId', 'voidedStatementId'] as const) {
    if (params[single] === undefined) continue;
    const other = Object.keys(params).find(
      (name) =>
        !singleStatementParams.includes(name) ||
        name === (single === 'statementId' ? 'voidedStatementId' : 'statementId'),
    );
    if (other) throw badRequest(`parameter ${single} cannot be combined with ${other}`, rule);
    return {
      kind: 'single',
      id: uuid(params[single], where(single)),
      isVoided: single === 'voidedStatementId',
      format,
      attachments,
    };
  }
  const filter: StatementFilter = {};
  if (params.agent !== undefined) filter.agentKey = agentParam(params.agent, 'agent', version);
  if (params.verb !== undefined) filter.verbId = iri(params.verb, where('verb'));
  if (params.activity !== undefined)
    filter.activityKey = activityKey(iri(params.activity, where('activity')));
  if (params.registration !== undefined)
    filter.registration = uuid(params.registration, where('registration'));
  filter.relatedAgents = booleanParam(params, 'related_agents');
  filter.relatedActivities = booleanParam(params, 'related_activities');
  for (const bound of ['since', 'until'] as const)
    if (params[bound] !== undefined) {
      const text = timestamp(params[bound], { path: bound, version: '1.0.3' });
      filter[bound] = new Date(timestampMillis(text)).toISOString();
    }
  let limit = pageLimit;
  if (params.limit !== undefined) {
    if (!/^\d+$/.test(params.limit))
      throw badRequest('parameter limit must be a whole number of 0 or more', rule);
    const asked = Number(params.limit);
    limit = asked === 0 ? pageLimit : Math.min(asked, pageLimit);
  }
  const { more: _more, ...given } = params;
  return {
    kind: 'list',
    filter,
    limit,
    ascending: booleanParam(params, 'ascending'),
    format,
    attachments,
    given,
  };
}

/** The `more` cursor: the query as given plus where the last page ended, opaque to the client. */
export function encodeMore(given: Record<string, string>, after: number): string {
  return Buffer.from(JSON.stringify({ ...given, after })).toString('base64url');
}

export function decodeMore(token: string): { given: Record<string, string>; after: number } {
  try {
    const { after, ...given } = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (typeof after !== 'number' || !Number.isSafeInteger(after)) throw new Error('no cursor');
    for (const value of Object.values(given))
      if (typeof value !== 'string') throw new Error('not a parameter');
    return { given: given as Record<string, string>, after };
  } catch {
    throw badRequest('parameter more is not a link this store gave out', rule);
  }
}
