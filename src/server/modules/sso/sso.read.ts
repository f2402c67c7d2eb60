import type { Ctx } from '../../core/context.ts';
import type { Executor } from '../../db/database.ts';
import { assertCan } from '../access/index.ts';
import { domainsOf, findConnection, findEnabledConnection, organisationName } from './sso.repository.ts';

/** The addresses the IdP is told about (redirect URI, entity id, ACS), per organisation slug. */
export const endpointsOf = (baseUrl: string, slug: string) => {
  const base = `${baseUrl}/sso/${encodeURIComponent(slug)}`;
  return {
    signInUrl: `${base}/start`,
    oidcRedirectUri: `${base}/oidc/callback`,
    samlEntityId: `${base}/saml/metadata`,
    samlAcsUrl: `${base}/saml/acs`,
    samlMetadataUrl: `${base}/saml/metadata`,
  };
};

/** The owner's view of the SSO settings; the client secret is never answered, only whether it is set. */
export async function ssoSettings(ctx: Ctx, baseUrl: string) {
  assertCan(ctx.auth, 'sso.manage');
  const [connection, domains, organisation] = await Promise.all([
    findConnection(ctx.db),
    domainsOf(ctx.db),
    organisationName(ctx.db),
  ]);
  return {
    configured: Boolean(connection),
    protocol: connection?.protocol ?? 'oidc',
    displayName: connection?.display_name ?? '',
    isEnabled: connection?.is_enabled ?? false,
    mode: connection?.mode ?? 'optional',
    matchBy: connection?.match_by ?? 'email',
    employeeNumberClaim: connection?.employee_number_claim ?? null,
    groupsClaim: connection?.groups_claim ?? null,
    createsPeople: connection?.creates_people ?? false,
    breakGlassPersonIds: connection?.break_glass_person_ids ?? [],
    emailDomains: domains,
    oidc: connection?.oidc_issuer
      ? {
          issuer: connection.oidc_issuer,
          clientId: connection.oidc_client_id ?? '',
          hasClientSecret: Boolean(connection.oidc_client_secret_sealed),
        }
      : null,
    saml:
      connection?.saml_idp_metadata_url || connection?.saml_idp_metadata_xml
        ? { metadataUrl: connection.saml_idp_metadata_url, metadataXml: connection.saml_idp_metadata_xml }
        : null,
    serviceProvider: endpointsOf(baseUrl, organisation.slug),
  };
}

/**
 * Which IdP the sign-in page offers: by organisation slug (a link the organisation hands out), else by
 * the e-mail address's domain (the domains the owner claimed). Unknown: null, never an error.
 */
export async function discoverConnection(
  db: Executor,
  baseUrl: string,
  query: { email?: string; organisation?: string },
) {
  const domain = query.email?.split('@')[1]?.toLowerCase();
  const found = query.organisation
    ? await findEnabledConnection(db, { slug: query.organisation })
    : domain
      ? await findEnabledConnection(db, { domain })
      : undefined;
  if (!found) return { connection: null };
  return {
    connection: {
      organisation: found.slug,
      displayName: found.displayName,
      signInUrl: new URL(endpointsOf(baseUrl, found.slug).signInUrl).pathname,
      isRequired: found.mode === 'required',
    },
  };
}
