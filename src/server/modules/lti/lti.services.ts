import { createHash, randomBytes } from 'node:crypto';
import { decodeJwt } from 'jose';
import { runChange } from '../../core/change.ts';
import { organisationContext } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { completeContent, raiseProgress } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { allScopes, platformUrls, role, scope, serviceUrls } from './lti.claims.ts';
import { findLink } from './lti.links.ts';
import { rememberToken } from './lti.replay.ts';
import { verifyFromTool } from './lti.tool-keys.ts';

// The tool's service calls (LTI Advantage): an OAuth2 client-credentials token for a JWT the tool
// signed (RFC 7523), then Assignment and Grade Services and Names and Role Provisioning, each for a
// link of that tool only. A token knows its organisation and tool; nothing else is reachable with it.

export class OAuthError extends Error {
  readonly status: number;
  readonly error: string;
  constructor(status: number, error: string, message: string) {
    super(message);
    this.status = status;
    this.error = error;
  }
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const tokenTtlSeconds = 3600;
const bearerType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

export async function issueAccessToken(
  db: Db,
  env: { baseUrl: string; allowedHosts?: string[] },
  form: Record<string, string | undefined>,
  now: Date,
) {
  if (form.grant_type !== 'client_credentials')
    throw new OAuthError(400, 'unsupported_grant_type', 'grant_type must be client_credentials');
  if (form.client_assertion_type !== bearerType || !form.client_assertion)
    throw new OAuthError(400, 'invalid_request', `client_assertion_type must be ${bearerType}`);
  let clientId: string | undefined;
  try {
    clientId = decodeJwt(form.client_assertion).iss;
  } catch {
    throw new OAuthError(400, 'invalid_request', 'client_assertion is not a JWT');
  }
  const tool = clientId
    ? await db.selectFrom('lti_tools').selectAll().where('client_id', '=', clientId).executeTakeFirst()
    : undefined;
  if (!tool) throw new OAuthError(401, 'invalid_client', 'unknown client');
  let payload: Awaited<ReturnType<typeof verifyFromTool>>;
  try {
    payload = await verifyFromTool(tool, form.client_assertion, {
      issuer: tool.client_id,
      audience: platformUrls(env.baseUrl, tool.organisation_id).tokenUrl,
      ...(env.allowedHosts ? { allowedHosts: env.allowedHosts } : {}),
    });
    if (payload.sub !== tool.client_id) throw new Error('sub');
  } catch {
    throw new OAuthError(401, 'invalid_client', 'the client assertion does not verify with the tool’s key');
  }
  // A client assertion is good for one token (LTI Security Framework: jti required, used once).
  if (typeof payload.jti !== 'string' || !payload.jti)
    throw new OAuthError(400, 'invalid_request', 'client_assertion must carry a jti');
  if (!(await rememberToken(db, tool, payload.jti, payload.exp, now)))
    throw new OAuthError(401, 'invalid_client', 'this client assertion was used before (jti replay)');
  const granted = (form.scope ?? '').split(/\s+/).filter((wanted) => allScopes.includes(wanted));
  if (!granted.length)
    throw new OAuthError(400, 'invalid_scope', `scope must name one of: ${allScopes.join(' ')}`);
  const token = randomBytes(32).toString('base64url');
  await forOrganisation(db, tool.organisation_id)
    .insertInto('lti_access_tokens', {
      token_hash: sha256(token),
      tool_id: tool.id,
      scopes: [...new Set(granted)],
      expires_at: new Date(now.getTime() + tokenTtlSeconds * 1000),
    })
    .execute();
  return { access_token: token, token_type: 'Bearer', expires_in: tokenTtlSeconds, scope: granted.join(' ') };
}

export type ServiceCaller = { db: TenantDb; toolId: string; scopes: string[] };

/** Who calls: the tool behind a live access token, if it holds one of the scopes. */
export async function callerOf(
  db: Db,
  header: string | undefined,
  anyOf: string[],
  now: Date,
): Promise<ServiceCaller> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '')?.[1];
  const row = token
    ? await db
        .selectFrom('lti_access_tokens')
        .selectAll()
        .where('token_hash', '=', sha256(token))
        .executeTakeFirst()
    : undefined;
  if (!row || row.expires_at <= now)
    throw new OAuthError(401, 'invalid_token', 'a valid access token is required');
  if (!row.scopes.some((held) => anyOf.includes(held)))
    throw new OAuthError(403, 'insufficient_scope', `this needs one of: ${anyOf.join(' ')}`);
  return { db: forOrganisation(db, row.organisation_id), toolId: row.tool_id, scopes: row.scopes };
}

/** The link the call is about, only if it launches the calling tool. */
export async function linkOfCaller(caller: ServiceCaller, contentId: string) {
  const link = /^[0-9a-f-]{36}$/i.test(contentId) ? await findLink(caller.db, contentId) : undefined;
  if (!link || link.tool_id !== caller.toolId)
    throw new OAuthError(404, 'not_found', 'no such resource link');
  return link;
}

type LineItemRow = {
  id: string;
  label: string;
  score_maximum: number;
  resource_id: string | null;
  tag: string | null;
  content_id: string;
};
export const presentLineItem = (baseUrl: string, row: LineItemRow) => ({
  id: `${serviceUrls(baseUrl, row.content_id).lineItems}/${row.id}`,
  label: row.label,
  scoreMaximum: row.score_maximum,
  resourceLinkId: row.content_id,
  ...(row.resource_id ? { resourceId: row.resource_id } : {}),
  ...(row.tag ? { tag: row.tag } : {}),
});

export async function lineItemsOf(caller: ServiceCaller, contentId: string) {
  return caller.db
    .selectFrom('lti_line_items')
    .select(['id', 'label', 'score_maximum', 'resource_id', 'tag', 'content_id'])
    .where('content_id', '=', contentId)
    .where('tool_id', '=', caller.toolId)
    .orderBy('created_at')
    .execute();
}

export async function addLineItem(
  caller: ServiceCaller,
  contentId: string,
  body: { label: string; scoreMaximum: number; resourceId?: string | undefined; tag?: string | undefined },
) {
  return caller.db
    .insertInto('lti_line_items', {
      tool_id: caller.toolId,
      content_id: contentId,
      label: body.label,
      score_maximum: body.scoreMaximum,
      resource_id: body.resourceId ?? null,
      tag: body.tag ?? null,
    })
    .returning(['id', 'label', 'score_maximum', 'resource_id', 'tag', 'content_id'])
    .executeTakeFirstOrThrow();
}

export type ScoreBody = {
  userId: string;
  scoreGiven?: number | undefined;
  scoreMaximum?: number | undefined;
  activityProgress: string;
  gradingProgress: string;
  timestamp: string;
  comment?: string | undefined;
};

/**
 * A score (AGS): kept per person, the newest wins; the percent raises the learner's progress and
 * "Completed" + "FullyGraded" completes the item, as SCORM and cmi5 completions do.
 */
export async function receiveScore(
  deps: Pick<ModuleDeps, 'db' | 'log' | 'bus'>,
  caller: ServiceCaller,
  options: { contentId: string; lineItemId: string; body: ScoreBody; baseUrl: string; now: Date },
) {
  const { body } = options;
  const lineItem = (await lineItemsOf(caller, options.contentId)).find(
    (row) => row.id === options.lineItemId,
  );
  if (!lineItem) throw new OAuthError(404, 'not_found', 'no such line item');
  const launch = await caller.db
    .selectFrom('lti_launches')
    .select('person_id')
    .where('tool_id', '=', caller.toolId)
    .where('subject', '=', body.userId)
    .executeTakeFirst();
  if (!launch) throw new OAuthError(404, 'not_found', 'userId is not a learner who launched this tool');
  const scoredAt = new Date(body.timestamp);
  if (Number.isNaN(scoredAt.getTime()))
    throw new OAuthError(400, 'invalid_request', 'timestamp is not a date');
  const ctx = organisationContext({
    db: deps.db,
    organisationId: caller.db.organisationId,
    log: deps.log,
    bus: deps.bus,
    at: options.now,
  });
  await runChange(ctx, async (tx) => {
    const kept = await tx.db
      .insertInto('lti_scores', {
        line_item_id: lineItem.id,
        person_id: launch.person_id,
        score_given: body.scoreGiven ?? null,
        score_maximum: body.scoreMaximum ?? null,
        activity_progress: body.activityProgress,
        grading_progress: body.gradingProgress,
        comment: body.comment ?? null,
        scored_at: scoredAt,
      })
      .onConflict((conflict) =>
        conflict
          .columns(['organisation_id', 'line_item_id', 'person_id'])
          .doUpdateSet((eb) => ({
            score_given: eb.ref('excluded.score_given'),
            score_maximum: eb.ref('excluded.score_maximum'),
            activity_progress: eb.ref('excluded.activity_progress'),
            grading_progress: eb.ref('excluded.grading_progress'),
            comment: eb.ref('excluded.comment'),
            scored_at: eb.ref('excluded.scored_at'),
          }))
          .where('lti_scores.scored_at', '<', scoredAt),
      )
      .returning('line_item_id')
      .executeTakeFirst();
    if (!kept) return; // an older score than the one we have
    if (body.scoreGiven != null && body.scoreMaximum)
      await raiseProgress(tx.db, {
        personId: launch.person_id,
        contentId: options.contentId,
        percent: (body.scoreGiven / body.scoreMaximum) * 100,
      });
    if (body.activityProgress === 'Completed' && body.gradingProgress === 'FullyGraded') {
      const link = await findLink(tx.db, options.contentId);
      await completeContent(tx.db, {
        personId: launch.person_id,
        contentId: options.contentId,
        title: link?.title ?? '',
        baseUrl: options.baseUrl,
        at: options.now,
        publish: tx.publish,
      });
    }
  });
}

export async function resultsOf(
  caller: ServiceCaller,
  contentId: string,
  lineItemId: string,
  baseUrl: string,
) {
  const rows = await caller.db
    .selectFrom('lti_scores')
    .innerJoin('lti_launches', (join) =>
      join
        .onRef('lti_launches.organisation_id', '=', 'lti_scores.organisation_id')
        .onRef('lti_launches.person_id', '=', 'lti_scores.person_id'),
    )
    .select([
      'lti_launches.subject',
      'lti_scores.score_given',
      'lti_scores.score_maximum',
      'lti_scores.comment',
    ])
    .distinct()
    .where('lti_scores.line_item_id', '=', lineItemId)
    .where('lti_launches.tool_id', '=', caller.toolId)
    .execute();
  const lineItemUrl = `${serviceUrls(baseUrl, contentId).lineItems}/${lineItemId}`;
  return rows.map((row) => ({
    id: `${lineItemUrl}/results/${row.subject}`,
    scoreOf: lineItemUrl,
    userId: row.subject,
    resultScore: row.score_given,
    resultMaximum: row.score_maximum,
    ...(row.comment ? { comment: row.comment } : {}),
  }));
}

/** NRPS: the people in the context (who launched the link), as the tool knows them. */
export async function membershipsOf(caller: ServiceCaller, contentId: string, baseUrl: string) {
  const link = await linkOfCaller(caller, contentId);
  const tool = await caller.db
    .selectFrom('lti_tools')
    .select('privacy')
    .where('id', '=', caller.toolId)
    .executeTakeFirstOrThrow();
  const rows = await caller.db
    .selectFrom('lti_launches')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'lti_launches.organisation_id')
        .onRef('people.id', '=', 'lti_launches.person_id'),
    )
    .select([
      'lti_launches.subject',
      'people.given_name',
      'people.family_name',
      'people.family_name_prefix',
      'people.email',
      'people.status',
    ])
    .distinct()
    .where('lti_launches.content_id', '=', contentId)
    .where('lti_launches.tool_id', '=', caller.toolId)
    .execute();
  return {
    id: serviceUrls(baseUrl, contentId).memberships,
    context: { id: contentId, title: link.title },
    members: rows.map((row) => ({
      user_id: row.subject,
      status: row.status === 'left' ? 'Inactive' : 'Active',
      roles: [role.learner],
      ...(tool.privacy !== 'anonymous'
        ? { name: displayName(row), given_name: row.given_name, family_name: row.family_name }
        : {}),
      ...(tool.privacy === 'name_email' ? { email: row.email } : {}),
    })),
  };
}

export { scope };
