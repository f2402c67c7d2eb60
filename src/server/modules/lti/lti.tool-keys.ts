import { createLocalJWKSet, importJWK, type JWK, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { invalidField } from '../../http/errors.ts';
import { fetchPublic } from '../../http/outbound-fetch.ts';

// The tool's own key, to verify what it signs (client assertions, deep-linking answers): its public
// JWK as registered, or its JWKS fetched through the SSRF-safe outbound fetch (never a private
// address unless the deployment allows that host), kept five minutes.

const cache = new Map<string, { at: number; keys: JWTVerifyGetKey }>();
const cacheMs = 5 * 60 * 1000;

async function readJson(url: string, allowedHosts: string[] | undefined) {
  const answer = await fetchPublic(url, {
    maxBytes: 256 * 1024,
    timeoutMs: 10_000,
    field: 'jwksUrl',
    ...(allowedHosts ? { allowedHosts } : {}),
  });
  const chunks: Buffer[] = [];
  for await (const chunk of answer.body) chunks.push(chunk as Buffer);
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as { keys?: JWK[] };
  } catch {
    throw invalidField('jwksUrl', 'does not answer a JSON key set', 'notJwks');
  }
}

export type ToolKeySource = { jwks_url: string | null; public_jwk: unknown };

async function keysOf(tool: ToolKeySource, allowedHosts?: string[]): Promise<JWTVerifyGetKey> {
  if (tool.public_jwk) {
    const jwk = (typeof tool.public_jwk === 'string' ? JSON.parse(tool.public_jwk) : tool.public_jwk) as JWK;
    const key = await importJWK(jwk, jwk.alg ?? 'RS256');
    return async () => key;
  }
  const url = tool.jwks_url as string;
  const hit = cache.get(url);
  if (hit && Date.now() - hit.at < cacheMs) return hit.keys;
  const set = await readJson(url, allowedHosts);
  if (!Array.isArray(set.keys)) throw invalidField('jwksUrl', 'does not answer a JSON key set', 'notJwks');
  const keys = createLocalJWKSet({ keys: set.keys });
  cache.set(url, { at: Date.now(), keys });
  return keys;
}

/** Verifies a JWT the tool signed (RS256/ES256), issued by and for whom the caller says. */
export async function verifyFromTool(
  tool: ToolKeySource,
  token: string,
  options: { issuer?: string; audience: string; allowedHosts?: string[] },
) {
  const keys = await keysOf(tool, options.allowedHosts);
  const { payload } = await jwtVerify(token, keys, {
    audience: options.audience,
    ...(options.issuer ? { issuer: options.issuer } : {}),
    algorithms: ['RS256', 'RS384', 'RS512', 'ES256', 'PS256'],
    clockTolerance: 30,
    // exp is required: the replay memory keeps an id only until its token expires.
    requiredClaims: ['exp'],
    maxTokenAge: '1h',
  });
  return payload;
}
