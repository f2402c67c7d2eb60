import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';

// A real OpenID provider (the `oidc-provider` package) for tests and the e2e journey. Whoever
// `signInAs` names is "signed in at the IdP": the interaction step logs them in and consents at once.
// `rotateKeys()` restarts the provider under the same issuer with new signing keys.

type Claims = Record<string, unknown> & { sub: string };
type Interaction = { prompt: { name: string }; params: { client_id: string; scope?: string } };
type GrantInstance = { addOIDCScope(scope: string): void; save(): Promise<string> };
type ProviderInstance = {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => GrantInstance;
};
type ProviderClass = new (issuer: string, configuration: object) => ProviderInstance;

export type TestIdp = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  signInAs(claims: Claims): void;
  rotateKeys(): Promise<void>;
  close(): Promise<void>;
};

async function signingKeys() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { keys: [{ ...(await exportJWK(privateKey)), kid: `key-${Date.now()}`, alg: 'RS256', use: 'sig' }] };
}

export async function startTestIdp(options: { redirectUris: string[]; postLogoutRedirectUris?: string[] }) {
  // The package has no type declarations: imported by name, typed by the few members used here.
  const packageName = 'oidc-provider';
  const Provider = ((await import(packageName)) as { default: ProviderClass }).default;
  let user: Claims = { sub: 'nobody' };
  let provider: ProviderInstance;
  const clientId = 'groeipad';
  const clientSecret = 'a-client-secret-of-some-length-0123456789';
  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void finishInteraction(req, res).catch((error) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    provider.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function finishInteraction(req: IncomingMessage, res: ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    const grant = new provider.Grant({ accountId: user.sub, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope ?? 'openid');
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: user.sub }, consent: { grantId } });
  }

  async function build() {
    provider = new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: options.redirectUris,
          post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
          token_endpoint_auth_method: 'client_secret_post',
        },
      ],
      jwks: await signingKeys(),
      cookies: { keys: ['test-cookie-key'] },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['given_name', 'family_name', 'employee_number'],
      },
      findAccount: async (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: async () => (sub === user.sub ? user : { sub }),
      }),
      features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
      interactions: {
        url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}`,
      },
    });
  }
  await build();

  return {
    issuer,
    clientId,
    clientSecret,
    signInAs(claims) {
      user = claims;
    },
    rotateKeys: build,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  } satisfies TestIdp;
}

/**
 * Follows redirects at the IdP like a browser (its cookies kept) until it sends the browser back to
 * `appOrigin`; answers that address.
 */
export async function followIdp(start: string, appOrigin: string): Promise<URL> {
  const jar = new Map<string, string>();
  let url = new URL(start);
  for (let hop = 0; hop < 10; hop++) {
    if (url.origin === appOrigin) return url;
    const response = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([name, value]) => `${name}=${value}`).join('; ') },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ''] = cookie.split(';');
      const [name = '', ...value] = pair.split('=');
      jar.set(name.trim(), value.join('='));
    }
    const location = response.headers.get('location');
    if (!location)
      throw new Error(`the IdP stopped at ${url} with ${response.status}: ${await response.text()}`);
    url = new URL(location, url);
  }
  throw new Error('too many redirects at the IdP');
}
