import { decodeProtectedHeader } from 'jose';
import * as client from 'openid-client';
import { guardedFetch } from './sso.outbound.ts';

// OpenID Connect with openid-client: discovery (cached an hour per organisation), authorization code
// with PKCE, state and nonce. Signing keys: the JWKS is kept per organisation and fetched again the
// moment an ID token names a key id it does not hold, before the token is checked, so the IdP may
// rotate its keys at any time without a failed sign-in.

export type OidcSettings = {
  organisationId: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedHosts: readonly string[];
};

type Known = { key: string; metadata: client.ServerMetadata; jwks?: client.ExportedJWKSCache; at: number };
const known = new Map<string, Known>();
const metadataLifetimeMs = 3600_000;

const keyOf = (s: OidcSettings) => `${s.issuer}\n${s.clientId}\n${s.clientSecret}`;

async function configurationOf(settings: OidcSettings, fresh = false): Promise<client.Configuration> {
  const fetcher = guardedFetch(settings.allowedHosts, 'oidcIssuer');
  const insecure = new URL(settings.issuer).protocol === 'http:';
  let entry = known.get(settings.organisationId);
  if (fresh || !entry || entry.key !== keyOf(settings) || Date.now() - entry.at > metadataLifetimeMs) {
    const discovered = await client.discovery(
      new URL(settings.issuer),
      settings.clientId,
      settings.clientSecret,
      undefined,
      { [client.customFetch]: fetcher, execute: insecure ? [client.allowInsecureRequests] : [] },
    );
    entry = { key: keyOf(settings), metadata: discovered.serverMetadata(), at: Date.now() };
    known.set(settings.organisationId, entry);
  }
  const config = new client.Configuration(entry.metadata, settings.clientId, settings.clientSecret);
  if (insecure) client.allowInsecureRequests(config);
  const current = entry;
  config[client.customFetch] = async (url, options) => {
    const response = await fetcher(url, options);
    // The token answer holds the ID token: make sure its key is known before the library checks it.
    if (url === current.metadata.token_endpoint && response.ok) {
      const kid = await kidOf(response.clone());
      if (kid && !current.jwks?.jwks.keys.some((key) => key.kid === kid) && current.metadata.jwks_uri) {
        const keys = await fetcher(current.metadata.jwks_uri, { headers: { accept: 'application/json' } });
        if (keys.ok) current.jwks = { jwks: await keys.json(), uat: Math.floor(Date.now() / 1000) };
      }
      if (current.jwks) client.setJwksCache(config, current.jwks);
    }
    return response;
  };
  return config;
}

async function kidOf(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { id_token?: string };
    return body.id_token ? decodeProtectedHeader(body.id_token).kid : undefined;
  } catch {
    return undefined;
  }
}

/** Discovery works and names the endpoints a sign-in needs: for "test the connection". */
export async function testOidc(settings: OidcSettings) {
  const metadata = (await configurationOf(settings, true)).serverMetadata();
  return {
    issuer: metadata.issuer,
    authorizationEndpoint: metadata.authorization_endpoint ?? null,
    endSession: Boolean(metadata.end_session_endpoint),
  };
}

export async function startOidc(settings: OidcSettings, redirectUri: string) {
  const config = await configurationOf(settings);
  const codeVerifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: 'openid email profile',
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
    state,
    nonce,
  });
  return { url: url.href, state, nonce, codeVerifier };
}

export type OidcIdentity = {
  claims: Record<string, unknown>;
  idToken: string | undefined;
};

/** Exchanges the code (PKCE), checks the ID token (issuer, audience, signature, expiry, nonce, state). */
export async function finishOidc(
  settings: OidcSettings,
  callbackUrl: URL,
  checks: { state: string; nonce: string; codeVerifier: string },
): Promise<OidcIdentity> {
  const config = await configurationOf(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.codeVerifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const entry = known.get(settings.organisationId);
  const jwks = client.getJwksCache(config);
  if (entry && jwks) entry.jwks = jwks;
  const idClaims = { ...tokens.claims() };
  // Many IdPs put e-mail and names only in the UserInfo answer (for the same subject).
  const userInfo = config.serverMetadata().userinfo_endpoint
    ? await client.fetchUserInfo(config, tokens.access_token, String(idClaims.sub))
    : {};
  return { claims: { ...userInfo, ...idClaims }, idToken: tokens.id_token };
}

/** Where to send the browser to end the IdP's session too, when the IdP supports it. */
export async function oidcLogoutUrl(settings: OidcSettings, idToken: string, afterUrl: string) {
  const config = await configurationOf(settings);
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client
    .buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: afterUrl })
    .toString();
}
