import { decodeJwt } from 'jose';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import { claim, platformUrls } from './lti.claims.ts';
import { addLinkItem } from './lti.links.ts';
import { rememberToken } from './lti.replay.ts';
import { verifyFromTool } from './lti.tool-keys.ts';

// Deep Linking 2.0: the tool posts its signed answer (a JWT) to /lti/deep-links from the admin's
// window. It is verified with the tool's key and must answer a deep-linking launch of that tool; the
// resource links it carries wait on the launch until the admin, signed in, adds them as draft items.

type Returned = {
  title: string;
  url: string | null;
  text: string;
  custom: Record<string, string>;
  presentation: 'window' | 'iframe';
};
const maxItems = 50;

const text = (value: unknown, max: number) => (typeof value === 'string' ? value.slice(0, max) : '');
const httpUrl = (value: unknown) =>
  typeof value === 'string' && /^https?:\/\//i.test(value) ? value.slice(0, 2000) : null;

export async function receiveDeepLinks(
  db: Db,
  env: { baseUrl: string; allowedHosts?: string[] },
  jwt: string | undefined,
  now: Date = new Date(),
) {
  const refuse = (message: string) => new AppError('validation_failed', `JWT: ${message}`);
  if (!jwt) throw refuse('the deep-linking answer is missing');
  let clientId: string | undefined;
  try {
    clientId = decodeJwt(jwt).iss;
  } catch {
    throw refuse('is not a JWT');
  }
  const tool = clientId
    ? await db.selectFrom('lti_tools').selectAll().where('client_id', '=', clientId).executeTakeFirst()
    : undefined;
  if (!tool) throw refuse('comes from no registered tool');
  let payload: Record<string, unknown>;
  try {
    payload = await verifyFromTool(tool, jwt, {
      issuer: tool.client_id,
      audience: platformUrls(env.baseUrl, tool.organisation_id).issuer,
      ...(env.allowedHosts ? { allowedHosts: env.allowedHosts } : {}),
    });
  } catch {
    throw refuse('does not verify with the tool’s key');
  }
  if (payload[claim.messageType] !== 'LtiDeepLinkingResponse') throw refuse('is not a deep-linking response');
  if (payload[claim.deploymentId] !== tool.deployment_id) throw refuse('names another deployment');
  // Once only: by its jti, or by the nonce the spec requires on a deep-linking answer.
  const tokenId = typeof payload.jti === 'string' && payload.jti ? `jti:${payload.jti}` : undefined;
  const nonce = typeof payload.nonce === 'string' && payload.nonce ? `nonce:${payload.nonce}` : undefined;
  if (!tokenId && !nonce) throw refuse('carries neither jti nor nonce');
  if (!(await rememberToken(db, tool, (tokenId ?? nonce) as string, payload.exp as number | undefined, now)))
    throw refuse('was sent before (replay)');
  const tenant = forOrganisation(db, tool.organisation_id);
  const launchId = String(payload[claim.data] ?? '');
  const launch = /^[0-9a-f-]{36}$/i.test(launchId)
    ? await tenant
        .selectFrom('lti_launches')
        .select(['id', 'returned_items'])
        .where('id', '=', launchId)
        .where('tool_id', '=', tool.id)
        .where('message_type', '=', 'LtiDeepLinkingRequest')
        .where('used_at', 'is not', null)
        .executeTakeFirst()
    : undefined;
  if (!launch || launch.returned_items) throw refuse('answers no open content selection');
  const items: Returned[] = (
    Array.isArray(payload[claim.contentItems])
      ? (payload[claim.contentItems] as Record<string, unknown>[])
      : []
  )
    .filter((item) => item?.type === 'ltiResourceLink')
    .slice(0, maxItems)
    .map((item) => ({
      title: text(item.title, 200).trim() || 'Externe tool',
      url: httpUrl(item.url),
      text: text(item.text, 2000),
      custom: Object.fromEntries(
        Object.entries((item.custom as Record<string, unknown>) ?? {})
          .filter(([, value]) => typeof value === 'string')
          .slice(0, 50)
          .map(([key, value]) => [key.slice(0, 100), String(value).slice(0, 1000)]),
      ),
      presentation: (item.iframe ? 'iframe' : 'window') as Returned['presentation'],
    }));
  await tenant
    .updateTable('lti_launches')
    .set({ returned_items: JSON.stringify(items) })
    .where('id', '=', launch.id)
    .execute();
  return { launchId: launch.id, count: items.length };
}

/** The admin who started the selection adds what came back: draft catalogue items, one per link. */
export async function acceptDeepLinks(ctx: Ctx, launchId: string) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const launch = await tx.db
      .selectFrom('lti_launches')
      .select(['id', 'tool_id', 'returned_items', 'person_id'])
      .where('id', '=', launchId)
      .where('message_type', '=', 'LtiDeepLinkingRequest')
      .forUpdate()
      .executeTakeFirst();
    if (!launch || launch.person_id !== personIdOf(ctx.auth)) throw notFound('Content selection');
    if (!launch.returned_items) throw new AppError('conflict', 'The tool has not sent anything back (yet).');
    const items = (
      typeof launch.returned_items === 'string' ? JSON.parse(launch.returned_items) : launch.returned_items
    ) as Returned[];
    const ids: string[] = [];
    for (const item of items)
      ids.push(
        await addLinkItem(tx, {
          toolId: launch.tool_id,
          title: item.title,
          summary: item.text,
          targetUrl: item.url,
          custom: item.custom,
          presentation: item.presentation,
        }),
      );
    await tx.db
      .updateTable('lti_launches')
      .set({ returned_items: JSON.stringify([]) })
      .where('id', '=', launch.id)
      .execute();
    tx.record({ action: 'lti_tool.items_linked', subjectId: launch.tool_id, changes: { contentIds: ids } });
    return ids;
  });
}
