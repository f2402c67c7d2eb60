import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { rotateKey } from './lti.keys.ts';
import type { ToolInput } from './lti.schemas.ts';
import './lti.events.ts';

// L&D registers tools. Groeipad makes the client id (unique over all organisations) and the
// deployment id; L&D enters them in the tool.

export type ToolRow = Awaited<ReturnType<typeof findTool>> & object;

export const findTool = (db: TenantDb, id: string) =>
  db.selectFrom('lti_tools').selectAll().where('id', '=', id).executeTakeFirst();

function columnsOf(input: ToolInput) {
  return {
    presentation: input.presentation,
    name: input.name,
    login_url: input.loginUrl,
    launch_url: input.launchUrl,
    redirect_urls: [...new Set([input.launchUrl, ...input.redirectUrls])],
    deep_link_url: input.deepLinkUrl,
    jwks_url: input.publicJwk ? null : input.jwksUrl,
    public_jwk: input.publicJwk ? JSON.stringify(input.publicJwk) : null,
    privacy: input.privacy,
  };
}

/** A new tool row with the client and deployment ids Groeipad makes (by hand or dynamically). */
export async function createToolRow(db: TenantDb, input: ToolInput & { registeredBy: 'manual' | 'dynamic' }) {
  const row = await db
    .insertInto('lti_tools', {
      ...columnsOf(input),
      registered_by: input.registeredBy,
      client_id: randomBytes(16).toString('hex'),
      deployment_id: randomBytes(8).toString('hex'),
    })
    .returning(['id', 'client_id', 'deployment_id'])
    .executeTakeFirstOrThrow();
  return { id: row.id, clientId: row.client_id, deploymentId: row.deployment_id };
}

export async function registerTool(ctx: Ctx, input: ToolInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const { id } = await createToolRow(tx.db, { ...input, registeredBy: 'manual' });
    tx.record({
      action: 'lti_tool.registered',
      subjectId: id,
      changes: { name: input.name, privacy: input.privacy },
    });
    return id;
  });
}

export async function changeTool(ctx: Ctx, id: string, input: ToolInput) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const changed = await tx.db
      .updateTable('lti_tools')
      .set(columnsOf(input))
      .where('id', '=', id)
      .executeTakeFirst();
    if (!Number(changed.numUpdatedRows)) throw notFound('LTI tool');
    tx.record({
      action: 'lti_tool.changed',
      subjectId: id,
      changes: { name: input.name, privacy: input.privacy },
    });
    return id;
  });
}

/** L&D chooses how the tool's items open: a new window, or embedded in Groeipad's launch page. */
export async function setToolPresentation(ctx: Ctx, id: string, presentation: 'window' | 'iframe') {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const changed = await tx.db
      .updateTable('lti_tools')
      .set({ presentation })
      .where('id', '=', id)
      .executeTakeFirst();
    if (!Number(changed.numUpdatedRows)) throw notFound('LTI tool');
    tx.record({ action: 'lti_tool.changed', subjectId: id, changes: { presentation } });
  });
}

export async function removeTool(ctx: Ctx, id: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const tool = await findTool(tx.db, id);
    if (!tool) throw notFound('LTI tool');
    const linked = await tx.db
      .selectFrom('lti_links')
      .select('content_id')
      .where('tool_id', '=', id)
      .execute();
    if (linked.length)
      throw new AppError(
        'conflict',
        `${linked.length} catalogue item(s) still launch this tool; archive or delete them first`,
      );
    await tx.db.deleteFrom('lti_tools').where('id', '=', id).execute();
    tx.record({ action: 'lti_tool.removed', subjectId: id, changes: { name: tool.name } });
  });
}

export async function rotatePlatformKey(ctx: Ctx, serverSecret: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const kid = await rotateKey(tx.db, serverSecret, ctx.now());
    tx.record({ action: 'lti_key.rotated', subjectId: ctx.organisationId, changes: { kid } });
  });
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export async function listTools(ctx: Ctx) {
  assertCan(ctx.auth, 'catalogue.manage');
  const rows = await ctx.db
    .selectFrom('lti_tools')
    .selectAll('lti_tools')
    .select((eb) => [
      eb
        .selectFrom('lti_launches')
        .select(sql<number>`count(*)::int`.as('n'))
        .whereRef('lti_launches.tool_id', '=', 'lti_tools.id')
        .whereRef('lti_launches.organisation_id', '=', 'lti_tools.organisation_id')
        .as('launch_count'),
      eb
        .selectFrom('lti_launches')
        .select(sql<Date>`max(created_at)`.as('m'))
        .whereRef('lti_launches.tool_id', '=', 'lti_tools.id')
        .whereRef('lti_launches.organisation_id', '=', 'lti_tools.organisation_id')
        .as('last_launch_at'),
    ])
    .orderBy('name')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    clientId: row.client_id,
    deploymentId: row.deployment_id,
    loginUrl: row.login_url,
    launchUrl: row.launch_url,
    redirectUrls: row.redirect_urls,
    deepLinkUrl: row.deep_link_url,
    jwksUrl: row.jwks_url,
    hasPublicKey: !!row.public_jwk,
    privacy: row.privacy,
    presentation: row.presentation,
    registeredBy: row.registered_by,
    launchCount: row.launch_count ?? 0,
    lastLaunchAt: iso(row.last_launch_at ? new Date(row.last_launch_at) : null),
    createdAt: row.created_at.toISOString(),
  }));
}

export async function toolView(ctx: Ctx, id: string) {
  const tool = (await listTools(ctx)).find((candidate) => candidate.id === id);
  if (!tool) throw notFound('LTI tool');
  return tool;
}
