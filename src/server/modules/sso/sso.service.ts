import type { Config } from '../../config.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { AppError, type FieldError, invalidField } from '../../http/errors.ts';
import { fetchPublic } from '../../http/outbound-fetch.ts';
import { assertCan } from '../access/index.ts';
import { grantedRolesOf } from '../people/index.ts';
import { testOidc } from './sso.oidc.ts';
import {
  type ConnectionRow,
  domainsTakenElsewhere,
  findConnection,
  replaceDomains,
  saveConnection,
} from './sso.repository.ts';
import { readIdpMetadata } from './sso.saml.ts';
import type { SsoSettingsInput } from './sso.schemas.ts';
import { seal, unseal } from './sso.secrets.ts';

type SsoConfig = Pick<Config, 'sessionSecret' | 'outboundAllowedHosts'>;

const failed = (errors: FieldError[]) =>
  new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), { errors });

/** Saves the organisation's IdP (owner only); all checked first, then one change. */
export async function saveSsoSettings(ctx: Ctx, input: SsoSettingsInput, config: SsoConfig) {
  assertCan(ctx.auth, 'sso.manage');
  const current = await findConnection(ctx.db);
  const errors: FieldError[] = [];
  if (input.protocol === 'oidc' && !input.oidc)
    errors.push({ field: 'oidc', message: 'is required for OpenID Connect', code: 'required' });
  if (
    input.protocol === 'oidc' &&
    input.oidc &&
    !input.oidc.clientSecret &&
    !current?.oidc_client_secret_sealed
  )
    errors.push({ field: 'oidc.clientSecret', message: 'is required', code: 'required' });
  if (input.protocol === 'saml' && !input.saml?.metadataXml && !input.saml?.metadataUrl)
    errors.push({ field: 'saml.metadataXml', message: 'give the metadata XML or its URL', code: 'required' });
  if (input.protocol === 'saml' && input.saml?.metadataXml) readIdpMetadata(input.saml.metadataXml);
  if (input.matchBy === 'employee_number' && !input.employeeNumberClaim)
    errors.push({
      field: 'employeeNumberClaim',
      message: 'is required to match by employee number',
      code: 'required',
    });
  if (input.mode === 'required' && input.breakGlassPersonIds.length === 0)
    errors.push({
      field: 'breakGlassPersonIds',
      message: 'name at least one owner who may still use a password',
      code: 'required',
    });
  const roles = await grantedRolesOf(ctx.db, input.breakGlassPersonIds);
  if (input.breakGlassPersonIds.some((id) => !roles.get(id)?.includes('owner')))
    errors.push({
      field: 'breakGlassPersonIds',
      message: 'must be owners of this organisation',
      code: 'notOwner',
    });
  const domains = [...new Set(input.emailDomains)];
  const taken = await domainsTakenElsewhere(ctx.db.executor, ctx.organisationId, domains);
  if (taken.length)
    errors.push({
      field: 'emailDomains',
      message: `${taken.join(', ')} is already used by another organisation`,
      code: 'taken',
    });
  if (errors.length) throw failed(errors);

  const secret = input.oidc?.clientSecret
    ? seal(config.sessionSecret, input.oidc.clientSecret)
    : (current?.oidc_client_secret_sealed ?? null);
  await runChange(ctx, async (tx) => {
    await saveConnection(tx.db, {
      protocol: input.protocol,
      display_name: input.displayName,
      is_enabled: input.isEnabled,
      mode: input.mode,
      match_by: input.matchBy,
      employee_number_claim: input.employeeNumberClaim,
      groups_claim: input.groupsClaim,
      creates_people: input.createsPeople,
      break_glass_person_ids: input.breakGlassPersonIds,
      oidc_issuer: input.oidc?.issuer ?? null,
      oidc_client_id: input.oidc?.clientId ?? null,
      oidc_client_secret_sealed: input.oidc ? secret : null,
      saml_idp_metadata_url: input.saml?.metadataUrl ?? null,
      saml_idp_metadata_xml: input.saml?.metadataXml ?? null,
      updated_by: ctx.auth.kind === 'person' ? ctx.auth.personId : null,
    });
    await replaceDomains(tx.db, domains);
    tx.record({
      action: 'sso.settings_changed',
      subjectId: ctx.organisationId,
      changes: {
        protocol: input.protocol,
        isEnabled: input.isEnabled,
        mode: input.mode,
        matchBy: input.matchBy,
        createsPeople: input.createsPeople,
        breakGlassPersonIds: input.breakGlassPersonIds,
        emailDomains: domains,
        clientSecretChanged: Boolean(input.oidc?.clientSecret),
      },
    });
  });
}

/** The IdP's metadata: the XML given, else fetched from its URL (public addresses only). */
export async function idpMetadataOf(connection: ConnectionRow, config: SsoConfig) {
  if (connection.saml_idp_metadata_xml) return readIdpMetadata(connection.saml_idp_metadata_xml);
  if (!connection.saml_idp_metadata_url) throw invalidField('saml.metadataUrl', 'is not set', 'required');
  const answer = await fetchPublic(connection.saml_idp_metadata_url, {
    maxBytes: 1024 * 1024,
    timeoutMs: 15_000,
    allowedHosts: config.outboundAllowedHosts,
    field: 'saml.metadataUrl',
  });
  const chunks: Buffer[] = [];
  for await (const chunk of answer.body) chunks.push(chunk as Buffer);
  return readIdpMetadata(Buffer.concat(chunks).toString('utf8'), 'saml.metadataUrl');
}

export const oidcSettingsOf = (connection: ConnectionRow, config: SsoConfig) => {
  if (!connection.oidc_issuer || !connection.oidc_client_id || !connection.oidc_client_secret_sealed)
    throw invalidField('oidc', 'is not complete', 'required');
  return {
    organisationId: connection.organisation_id,
    issuer: connection.oidc_issuer,
    clientId: connection.oidc_client_id,
    clientSecret: unseal(config.sessionSecret, connection.oidc_client_secret_sealed),
    allowedHosts: config.outboundAllowedHosts ?? [],
  };
};

/** "Test the connection": discovery or metadata reachable and complete; the owner sees what was found. */
type TestResult = {
  ok: boolean;
  code: 'ok' | 'not_configured' | 'unreachable' | 'invalid_metadata';
  message: string;
  details: Record<string, string | boolean | null>;
};

export async function testSsoConnection(ctx: Ctx, config: SsoConfig): Promise<TestResult> {
  assertCan(ctx.auth, 'sso.manage');
  const connection = await findConnection(ctx.db);
  if (!connection) return { ok: false, code: 'not_configured', message: 'Nothing saved yet.', details: {} };
  try {
    if (connection.protocol === 'oidc') {
      const found = await testOidc(oidcSettingsOf(connection, config));
      return { ok: true, code: 'ok', message: 'Discovery works.', details: { ...found } };
    }
    const idp = await idpMetadataOf(connection, config);
    return {
      ok: true,
      code: 'ok',
      message: 'Metadata read.',
      details: {
        entityId: idp.entityId,
        signInUrl: idp.signInUrl,
        certificates: String(idp.certificates.length),
      },
    };
  } catch (error) {
    // openid-client wraps what went wrong underneath (our refusal of a private address, say).
    let cause: unknown = error;
    while (cause instanceof Error && !(cause instanceof AppError) && cause.cause) cause = cause.cause;
    const message = cause instanceof Error ? cause.message : String(cause);
    const code =
      error instanceof AppError && error.code === 'validation_failed' && connection.protocol === 'saml'
        ? 'invalid_metadata'
        : 'unreachable';
    return { ok: false, code, message, details: {} };
  }
}
