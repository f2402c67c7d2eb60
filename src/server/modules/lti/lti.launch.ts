import { createHash, randomBytes } from 'node:crypto';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { Db } from '../../db/database.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { assertCan, personIdOf } from '../access/index.ts';
import {
  assertContentUnlocked,
  enrol,
  ensureProgress,
  itemForLearner,
  touchEnrolments,
} from '../catalogue/index.ts';
import { displayName } from '../people/index.ts';
import { claim, platformUrls, role, scope, serviceUrls, subjectFor } from './lti.claims.ts';
import { signAsPlatform } from './lti.keys.ts';
import { defaultLineItem, findLink } from './lti.links.ts';
import { findTool } from './lti.tools.ts';

// Third-party-initiated login (LTI 1.3 core §5.1): the learner's browser posts to the tool's login
// initiation URL with a one-time login hint; the tool sends it back to /lti/authorize with its state
// and nonce; Groeipad answers the signed id_token by a form post to a registered redirect URI.

export type LtiEnv = { baseUrl: string; serverSecret: string; allowedHosts?: string[] };
const hintTtlMs = 5 * 60 * 1000;
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

async function loginFor(
  db: TenantDb,
  env: LtiEnv,
  options: {
    tool: NonNullable<Awaited<ReturnType<typeof findTool>>>;
    personId: string;
    contentId: string | null;
    messageType: 'LtiResourceLinkRequest' | 'LtiDeepLinkingRequest';
    targetLinkUri: string;
  },
) {
  const hint = randomBytes(32).toString('base64url');
  const { id } = await db
    .insertInto('lti_launches', {
      tool_id: options.tool.id,
      content_id: options.contentId,
      person_id: options.personId,
      message_type: options.messageType,
      subject: subjectFor(env.serverSecret, options.tool.id, options.personId),
      hint_hash: sha256(hint),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    action: options.tool.login_url,
    params: {
      iss: platformUrls(env.baseUrl, db.organisationId).issuer,
      login_hint: hint,
      lti_message_hint: id,
      target_link_uri: options.targetLinkUri,
      client_id: options.tool.client_id,
      lti_deployment_id: options.tool.deployment_id,
    },
  };
}

/** A learner opens an external-tool item: logged, enrolled and in progress like any other item. */
export async function startLaunch(ctx: Ctx, contentId: string, env: LtiEnv) {
  assertCan(ctx.auth, 'catalogue.read');
  const personId = personIdOf(ctx.auth);
  return runChange(ctx, async (tx) => {
    const { item, version } = await itemForLearner(tx.db, ctx.auth, contentId, ctx.locale);
    const link = item.kind === 'lti' ? await findLink(tx.db, item.id) : undefined;
    if (!link) throw notFound('External tool item');
    const tool = await findTool(tx.db, link.tool_id);
    if (!tool) throw notFound('LTI tool');
    await assertContentUnlocked(tx.db, personId, item.id, version.language);
    if (item.status === 'published')
      await enrol(tx.db.executor, ctx.organisationId, personId, { type: 'content', id: item.id });
    await ensureProgress(tx.db, personId, item.id, version.title, env.baseUrl);
    await touchEnrolments(tx.db, personId, item.id);
    const login = await loginFor(tx.db, env, {
      tool,
      personId,
      contentId: item.id,
      messageType: 'LtiResourceLinkRequest',
      targetLinkUri: link.target_url ?? tool.launch_url,
    });
    // The tool's setting decides (L&D's choice per tool): embedded needs the tool's consent to be framed.
    return { ...login, presentation: tool.presentation };
  });
}

/** L&D opens the tool's content picker (Deep Linking 2.0). */
export async function startDeepLinking(ctx: Ctx, toolId: string, env: LtiEnv) {
  assertCan(ctx.auth, 'catalogue.manage');
  return runChange(ctx, async (tx) => {
    const tool = await findTool(tx.db, toolId);
    if (!tool) throw notFound('LTI tool');
    const login = await loginFor(tx.db, env, {
      tool,
      personId: personIdOf(ctx.auth),
      contentId: null,
      messageType: 'LtiDeepLinkingRequest',
      targetLinkUri: tool.deep_link_url ?? tool.launch_url,
    });
    return { ...login, presentation: 'window' as const };
  });
}

const refuse = (message: string) => new AppError('validation_failed', message);

export type AuthorizeQuery = {
  scope?: string;
  response_type?: string;
  client_id?: string;
  redirect_uri?: string;
  login_hint?: string;
  lti_message_hint?: string;
  state?: string;
  nonce?: string;
  response_mode?: string;
  prompt?: string;
};

/** The authentication response: the signed id_token for the launch the login hint names, once. */
export async function authorize(db: Db, env: LtiEnv, query: AuthorizeQuery, now: Date) {
  if (query.scope !== 'openid' || query.response_type !== 'id_token')
    throw refuse('scope must be openid and response_type id_token');
  if (!query.nonce) throw refuse('nonce is required');
  if (!query.login_hint || !query.redirect_uri || !query.client_id)
    throw refuse('login_hint, client_id and redirect_uri are required');
  const launch = await db
    .selectFrom('lti_launches')
    .selectAll()
    .where('hint_hash', '=', sha256(query.login_hint))
    .executeTakeFirst();
  if (!launch || launch.used_at || now.getTime() - launch.created_at.getTime() > hintTtlMs)
    throw new AppError('not_found', 'This launch is unknown, used or expired; start it again from Groeipad.');
  if (query.lti_message_hint && query.lti_message_hint !== launch.id)
    throw refuse('lti_message_hint does not match');
  const tenant = forOrganisation(db, launch.organisation_id);
  const tool = await findTool(tenant, launch.tool_id);
  if (!tool || tool.client_id !== query.client_id) throw refuse('client_id does not match the launch');
  if (!tool.redirect_urls.includes(query.redirect_uri))
    throw refuse('redirect_uri is not registered for this tool');
  const claimed = await tenant
    .updateTable('lti_launches')
    .set({ used_at: now })
    .where('id', '=', launch.id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (!Number(claimed.numUpdatedRows)) throw new AppError('not_found', 'This launch was used already.');
  const claims = await launchClaims(tenant, env, { launch, tool, nonce: query.nonce });
  const urls = platformUrls(env.baseUrl, launch.organisation_id);
  const idToken = await signAsPlatform(tenant, env.serverSecret, claims, {
    issuer: urls.issuer,
    audience: tool.client_id,
    now,
  });
  return { redirectUri: query.redirect_uri, idToken, state: query.state };
}

type Launch = {
  id: string;
  content_id: string | null;
  person_id: string;
  subject: string;
  message_type: string;
};
type Tool = NonNullable<Awaited<ReturnType<typeof findTool>>>;

async function launchClaims(
  db: TenantDb,
  env: LtiEnv,
  options: { launch: Launch; tool: Tool; nonce: string },
) {
  const { launch, tool } = options;
  const person = await db
    .selectFrom('people')
    .select(['given_name', 'family_name', 'family_name_prefix', 'email'])
    .where('id', '=', launch.person_id)
    .executeTakeFirstOrThrow();
  const organisation = await db.executor
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', db.organisationId)
    .executeTakeFirstOrThrow();
  const staffRole = await db
    .selectFrom('person_roles')
    .select('role')
    .where('person_id', '=', launch.person_id)
    .where('role', 'in', ['owner', 'ld_admin'])
    .executeTakeFirst();
  const isStaff = !!staffRole;
  const shared: Record<string, unknown> = {
    sub: launch.subject,
    nonce: options.nonce,
    azp: tool.client_id,
    [claim.version]: '1.3.0',
    [claim.deploymentId]: tool.deployment_id,
    [claim.messageType]: launch.message_type,
    [claim.toolPlatform]: {
      guid: db.organisationId,
      name: organisation.name,
      product_family_code: 'groeipad',
    },
    ...(tool.privacy !== 'anonymous'
      ? { name: displayName(person), given_name: person.given_name, family_name: person.family_name }
      : {}),
    ...(tool.privacy === 'name_email' ? { email: person.email } : {}),
  };
  if (launch.message_type === 'LtiDeepLinkingRequest')
    return {
      ...shared,
      [claim.roles]: [role.instructor, role.administrator],
      [claim.targetLinkUri]: tool.deep_link_url ?? tool.launch_url,
      [claim.deepLinkingSettings]: {
        deep_link_return_url: platformUrls(env.baseUrl, db.organisationId).deepLinkReturnUrl,
        accept_types: ['ltiResourceLink'],
        accept_presentation_document_targets: ['window', 'iframe'],
        accept_multiple: true,
        auto_create: true,
        data: launch.id,
      },
    };
  const contentId = launch.content_id as string;
  const link = await findLink(db, contentId);
  if (!link) throw notFound('External tool item');
  const lineItem = await defaultLineItem(db, { toolId: tool.id, contentId, label: link.title });
  const services = serviceUrls(env.baseUrl, contentId);
  return {
    ...shared,
    [claim.roles]: isStaff ? [role.learner, role.instructor] : [role.learner],
    [claim.targetLinkUri]: link.target_url ?? tool.launch_url,
    [claim.resourceLink]: { id: contentId, title: link.title },
    [claim.context]: {
      id: contentId,
      title: link.title,
      type: ['http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering'],
    },
    [claim.launchPresentation]: {
      document_target: link.presentation,
      return_url: `${env.baseUrl}/learning/items/${contentId}`,
      locale: 'nl',
    },
    [claim.custom]: link.custom,
    [claim.ags]: {
      scope: [scope.lineItem, scope.lineItemReadonly, scope.resultReadonly, scope.score],
      lineitems: services.lineItems,
      lineitem: `${services.lineItems}/${lineItem}`,
    },
    [claim.nrps]: { context_memberships_url: services.memberships, service_versions: ['2.0'] },
  };
}
