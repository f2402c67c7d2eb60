import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { randomToken, sessionCookie, sessionLifetimeMs, sha256 } from '../auth/index.ts';
import { finishOidc, startOidc } from './sso.oidc.ts';
import { endpointsOf } from './sso.read.ts';
import {
  type ConnectionRow,
  findConnection,
  findEnabledConnection,
  insertLogin,
  rememberAssertion,
  takeLogin,
} from './sso.repository.ts';
import { finishSaml, spMetadata, startSaml } from './sso.saml.ts';
import { idpMetadataOf, oidcSettingsOf } from './sso.service.ts';
import { groupsOf, type Identity, identityOfClaims, SsoRefusal, signInWithIdentity } from './sso.signin.ts';

// The browser's side of single sign-on, outside /api/v1 (browsers are sent here by links and by the IdP):
//   GET  /sso/:slug/start            → the IdP (state, nonce, PKCE or AuthnRequest remembered)
//   GET  /sso/:slug/oidc/callback    ← the IdP's code; session cookie, then the page asked for
//   POST /sso/:slug/saml/acs         ← the IdP's signed SAMLResponse (form post)
//   GET  /sso/:slug/saml/metadata    the SP metadata the IdP is configured with
// A refusal sends the browser to /sign-in?ssoError=<reason>, where the page words it.

const browserCookie = 'gp_sso';
const loginLifetimeMs = 10 * 60_000;

/** Only a path on this site: never an open redirect to elsewhere. */
const localPath = (value: unknown) =>
  typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
    ? value
    : '/';

export const ssoProtocol =
  (deps: ModuleDeps): FastifyPluginAsync =>
  async (app) => {
    const isSecure = deps.config.baseUrl.startsWith('https://');
    app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 512 * 1024 },
      (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );

    const refuse = (reply: FastifyReply, slug: string, reason: string) =>
      reply.redirect(`/sign-in?ssoError=${reason}&organisation=${encodeURIComponent(slug)}`, 303);

    async function connectionFor(slug: string): Promise<ConnectionRow | null> {
      const found = await findEnabledConnection(deps.db, { slug });
      if (!found) return null;
      return (await findConnection(forOrganisation(deps.db, found.organisationId))) ?? null;
    }

    async function signedIn(
      request: FastifyRequest,
      reply: FastifyReply,
      slug: string,
      connection: ConnectionRow,
      identity: Identity,
      protocol: 'oidc' | 'saml',
      redirectTo: string,
      idToken?: string,
    ) {
      try {
        const session = await signInWithIdentity(deps, connection, identity, {
          protocol,
          idToken,
          userAgent: request.headers['user-agent'],
        });
        reply.setCookie(sessionCookie, session.cookieValue, {
          path: '/',
          httpOnly: true,
          sameSite: 'lax',
          secure: isSecure,
          maxAge: sessionLifetimeMs / 1000,
        });
        return reply.redirect(localPath(redirectTo), 303);
      } catch (error) {
        if (!(error instanceof SsoRefusal)) throw error;
        request.log.info({ reason: error.reason, detail: error.message }, 'sso sign-in refused');
        return refuse(reply, slug, error.reason);
      }
    }

    app.get<{ Params: { slug: string }; Querystring: { redirect?: string } }>(
      '/:slug/start',
      { schema: { hide: true } },
      async (request, reply) => {
        const { slug } = request.params;
        const connection = await connectionFor(slug);
        if (!connection) return refuse(reply, slug, 'not_configured');
        const endpoints = endpointsOf(deps.config.baseUrl, slug);
        const tenant = forOrganisation(deps.db, connection.organisation_id);
        const browser = randomToken();
        const expiresAt = new Date(Date.now() + loginLifetimeMs);
        const redirectTo = localPath(request.query.redirect);
        try {
          let url: string;
          if (connection.protocol === 'oidc') {
            const started = await startOidc(
              oidcSettingsOf(connection, deps.config),
              endpoints.oidcRedirectUri,
            );
            await insertLogin(tenant, {
              state_hash: sha256(started.state),
              browser_hash: sha256(browser),
              nonce: started.nonce,
              code_verifier: started.codeVerifier,
              saml_request_id: null,
              redirect_to: redirectTo,
              expires_at: expiresAt,
            });
            url = started.url;
          } else {
            const state = randomToken();
            const idp = await idpMetadataOf(connection, deps.config);
            const started = await startSaml(
              idp,
              { entityId: endpoints.samlEntityId, acsUrl: endpoints.samlAcsUrl },
              state,
            );
            await insertLogin(tenant, {
              state_hash: sha256(state),
              browser_hash: sha256(browser),
              nonce: null,
              code_verifier: null,
              saml_request_id: started.requestId,
              redirect_to: redirectTo,
              expires_at: expiresAt,
            });
            url = started.url;
          }
          reply.setCookie(browserCookie, browser, {
            path: '/sso',
            httpOnly: true,
            sameSite: 'lax',
            secure: isSecure,
            maxAge: loginLifetimeMs / 1000,
          });
          return reply.redirect(url, 303);
        } catch (error) {
          request.log.warn({ err: error }, 'sso start failed');
          return refuse(reply, slug, 'idp_unreachable');
        }
      },
    );

    app.get<{ Params: { slug: string }; Querystring: Record<string, string> }>(
      '/:slug/oidc/callback',
      { schema: { hide: true } },
      async (request, reply) => {
        const { slug } = request.params;
        const connection = await connectionFor(slug);
        if (connection?.protocol !== 'oidc') return refuse(reply, slug, 'not_configured');
        const state = request.query.state;
        const tenant = forOrganisation(deps.db, connection.organisation_id);
        const login =
          typeof state === 'string' ? await takeLogin(tenant, sha256(state), new Date()) : undefined;
        // The login must have been started by this browser (no signing someone into another's account).
        const browser = request.cookies[browserCookie];
        reply.clearCookie(browserCookie, { path: '/sso' });
        if (
          !login ||
          !browser ||
          sha256(browser) !== login.browser_hash ||
          !login.nonce ||
          !login.code_verifier
        )
          return refuse(reply, slug, 'expired');
        if (request.query.error) return refuse(reply, slug, 'idp_refused');
        const callbackUrl = new URL(endpointsOf(deps.config.baseUrl, slug).oidcRedirectUri);
        callbackUrl.search = new URLSearchParams(request.query).toString();
        let answer: Awaited<ReturnType<typeof finishOidc>>;
        try {
          answer = await finishOidc(oidcSettingsOf(connection, deps.config), callbackUrl, {
            state: state!,
            nonce: login.nonce,
            codeVerifier: login.code_verifier,
          });
        } catch (error) {
          request.log.warn({ err: error }, 'oidc answer refused');
          return refuse(reply, slug, 'invalid_response');
        }
        const identity = identityOfClaims(
          answer.claims,
          connection.employee_number_claim,
          connection.groups_claim,
        );
        return signedIn(
          request,
          reply,
          slug,
          connection,
          identity,
          'oidc',
          login.redirect_to,
          answer.idToken,
        );
      },
    );

    app.post<{ Params: { slug: string }; Body: Record<string, string> }>(
      '/:slug/saml/acs',
      { schema: { hide: true } },
      async (request, reply) => {
        const { slug } = request.params;
        const connection = await connectionFor(slug);
        if (connection?.protocol !== 'saml') return refuse(reply, slug, 'not_configured');
        const body = request.body ?? {};
        const tenant = forOrganisation(deps.db, connection.organisation_id);
        // The IdP posts cross-site, so no SameSite=Lax cookie comes along: RelayState and the one-time
        // AuthnRequest id (InResponseTo) bind the answer to the sign-in we started instead.
        const login =
          typeof body.RelayState === 'string'
            ? await takeLogin(tenant, sha256(body.RelayState), new Date())
            : undefined;
        if (!login?.saml_request_id || typeof body.SAMLResponse !== 'string')
          return refuse(reply, slug, 'expired');
        const endpoints = endpointsOf(deps.config.baseUrl, slug);
        let identity: Identity;
        try {
          const idp = await idpMetadataOf(connection, deps.config);
          const answer = await finishSaml(
            idp,
            { entityId: endpoints.samlEntityId, acsUrl: endpoints.samlAcsUrl },
            body.SAMLResponse,
            { id: login.saml_request_id, sentAt: login.created_at },
          );
          if (!(await rememberAssertion(tenant, answer.assertionId, answer.expiresAt)))
            throw new Error(`assertion ${answer.assertionId} was used before`);
          identity = identityOfAttributes(answer.attributes, answer.nameId, connection);
        } catch (error) {
          request.log.warn({ err: error }, 'saml answer refused');
          return refuse(reply, slug, 'invalid_response');
        }
        return signedIn(request, reply, slug, connection, identity, 'saml', login.redirect_to);
      },
    );

    app.get<{ Params: { slug: string } }>(
      '/:slug/saml/metadata',
      { schema: { hide: true } },
      async (request, reply) => {
        const endpoints = endpointsOf(deps.config.baseUrl, request.params.slug);
        return reply
          .type('application/samlmetadata+xml')
          .send(spMetadata({ entityId: endpoints.samlEntityId, acsUrl: endpoints.samlAcsUrl }));
      },
    );
  };

const first = (value: unknown) => {
  const one = Array.isArray(value) ? value[0] : value;
  return typeof one === 'string' && one.trim() ? one.trim() : undefined;
};

/** SAML attributes by their usual names (Entra ID, ADFS, Okta, Keycloak); the NameID when it is an e-mail. */
function identityOfAttributes(
  attributes: Record<string, unknown>,
  nameId: string,
  connection: { employee_number_claim: string | null; groups_claim: string | null },
): Identity {
  const employeeNumberClaim = connection.employee_number_claim;
  const pick = (...names: string[]) => names.map((name) => first(attributes[name])).find(Boolean);
  const email =
    pick(
      'email',
      'mail',
      'urn:oid:0.9.2342.19200300.100.1.3',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
    ) ?? (nameId.includes('@') ? nameId : undefined);
  return {
    email: email?.toLowerCase(),
    employeeNumber: employeeNumberClaim ? pick(employeeNumberClaim) : undefined,
    givenName: pick(
      'givenName',
      'given_name',
      'urn:oid:2.5.4.42',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname',
    ),
    familyName: pick(
      'sn',
      'surname',
      'family_name',
      'urn:oid:2.5.4.4',
      'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname',
    ),
    groups: connection.groups_claim ? groupsOf(attributes[connection.groups_claim]) : undefined,
  };
}
