import type { Ctx } from '../../core/context.ts';
import { notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { contentHeadlines } from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { platformUrls } from './lti.claims.ts';
import { signingKey } from './lti.keys.ts';
import type { LtiEnv } from './lti.launch.ts';
import { findTool } from './lti.tools.ts';

/** What L&D enters in a tool: the issuer and addresses, and the keys (public parts only). */
export async function platformView(ctx: Ctx, env: LtiEnv) {
  assertCan(ctx.auth, 'catalogue.manage');
  await signingKey(ctx.db, env.serverSecret);
  const keys = await ctx.db
    .selectFrom('lti_platform_keys')
    .select(['kid', 'created_at', 'expires_at', 'retired_at'])
    .orderBy('created_at', 'desc')
    .execute();
  const now = ctx.now();
  return {
    ...platformUrls(env.baseUrl, ctx.organisationId),
    keys: keys
      .filter((key) => !key.expires_at || key.expires_at > now)
      .map((key) => ({
        kid: key.kid,
        createdAt: key.created_at.toISOString(),
        expiresAt: key.expires_at?.toISOString() ?? null,
        isSigning: !key.retired_at,
      })),
  };
}

export async function launchLog(ctx: Ctx, toolId: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  if (!(await findTool(ctx.db, toolId))) throw notFound('LTI tool');
  const rows = await ctx.db
    .selectFrom('lti_launches')
    .innerJoin('people', (join) =>
      join
        .onRef('people.organisation_id', '=', 'lti_launches.organisation_id')
        .onRef('people.id', '=', 'lti_launches.person_id'),
    )
    .select([
      'lti_launches.id',
      'lti_launches.content_id',
      'lti_launches.message_type',
      'lti_launches.created_at',
      'people.given_name',
      'people.family_name',
      'people.family_name_prefix',
    ])
    .where('lti_launches.tool_id', '=', toolId)
    .orderBy('lti_launches.created_at', 'desc')
    .limit(100)
    .execute();
  const titles = await contentHeadlines(
    ctx.db,
    [...new Set(rows.flatMap((row) => (row.content_id ? [row.content_id] : [])))],
    ctx.locale,
  );
  return rows.map((row) => ({
    id: row.id,
    personName: displayName(row),
    title: row.content_id ? (titles.get(row.content_id)?.title ?? null) : null,
    messageType: row.message_type,
    createdAt: row.created_at.toISOString(),
  }));
}
