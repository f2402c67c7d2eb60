import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';

// A real OpenID provider (the `oidc-provider` package) on 127.0.0.1 for the SSO journey, with a small
// login page of its own (the IdP's screen the person sees): they type their e-mail address and sign in.

type Interaction = { uid: string; params: { client_id: string; scope?: string } };
type GrantInstance = { addOIDCScope(scope: string): void; save(): Promise<string> };
type ProviderInstance = {
  callback(): (req: IncomingMessage, res: ServerResponse) => void;
  interactionDetails(req: IncomingMessage, res: ServerResponse): Promise<Interaction>;
  interactionFinished(req: IncomingMessage, res: ServerResponse, result: object): Promise<void>;
  Grant: new (init: { accountId: string; clientId: string }) => GrantInstance;
};
type ProviderClass = new (issuer: string, configuration: object) => ProviderInstance;

export type JourneyIdp = { issuer: string; clientId: string; clientSecret: string; close(): Promise<void> };

const loginPage = (uid: string) => `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Zorggroep De Linde – inloggen</title>
<style>body{font-family:system-ui,sans-serif;background:#eef2ff;display:grid;place-items:center;min-height:100vh;margin:0}
main{background:#fff;padding:2rem;border-radius:12px;box-shadow:0 4px 20px #0002;width:22rem}
label{display:block;margin:.75rem 0 .25rem}input{width:100%;padding:.5rem;box-sizing:border-box}
button{margin-top:1rem;width:100%;padding:.6rem;background:#3730a3;color:#fff;border:0;border-radius:6px}</style></head>
<body><main><h1>De Linde-account</h1><p>Log in bij de inlogdienst van je organisatie.</p>
<form method="post" action="/interaction/${uid}">
<label for="email">E-mailadres</label><input id="email" name="email" type="email" autocomplete="username">
<label for="password">Wachtwoord</label><input id="password" name="password" type="password">
<button type="submit">Aanmelden bij De Linde</button></form></main></body></html>`;

async function bodyOf(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export async function startJourneyIdp(options: { redirectUris: string[] }): Promise<JourneyIdp> {
  const packageName = 'oidc-provider';
  const Provider = ((await import(packageName)) as { default: ProviderClass }).default;
  const clientId = 'groeipad';
  const clientSecret = 'a-client-secret-of-some-length-0123456789';
  let provider: ProviderInstance | undefined;

  async function interaction(req: IncomingMessage, res: ServerResponse) {
    if (!provider) throw new Error('provider not ready');
    const details = await provider.interactionDetails(req, res);
    if (req.method !== 'POST') {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(loginPage(details.uid));
      return;
    }
    const email = (await bodyOf(req)).get('email')?.trim().toLowerCase() ?? '';
    const grant = new provider.Grant({ accountId: email, clientId: details.params.client_id });
    grant.addOIDCScope(details.params.scope ?? 'openid');
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: email }, consent: { grantId } });
  }

  const server: Server = createServer((req, res) => {
    if (req.url?.startsWith('/interaction/')) {
      void interaction(req, res).catch((error: unknown) => {
        res.statusCode = 500;
        res.end(String(error));
      });
      return;
    }
    provider?.callback()(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'journey-key', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['journey-cookie-key'] },
    claims: { openid: ['sub'], email: ['email', 'email_verified'] },
    findAccount: async (_ctx: unknown, sub: string) => ({
      accountId: sub,
      claims: async () => ({ sub, email: sub, email_verified: true }),
    }),
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx: unknown, details: { uid: string }) => `/interaction/${details.uid}` },
  });
  return {
    issuer,
    clientId,
    clientSecret,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
