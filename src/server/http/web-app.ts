import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyReply } from 'fastify';
import { webAppPolicy } from './security-headers.ts';

/**
 * index.html with a fresh style nonce: in a <meta> for the web app (main.tsx hands it to the dialogs'
 * scroll lock) and in the page's CSP, so no other inline style applies. Read per request, so a build
 * written after start-up is served too.
 */
export async function sendWebApp(
  reply: FastifyReply,
  {
    webDist,
    baseUrl,
    contentOrigin = null,
  }: { webDist: string; baseUrl: string; contentOrigin?: string | null },
) {
  const styleNonce = randomBytes(16).toString('base64');
  const html = await readFile(join(webDist, 'index.html'), 'utf8');
  return reply
    .type('text/html; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('content-security-policy', webAppPolicy({ baseUrl, styleNonce, contentOrigin }))
    .send(html.replace('</head>', `  <meta name="csp-nonce" content="${styleNonce}" />\n  </head>`));
}
