import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import { OAuthError } from './lti.services.ts';

// Embedded launch: the launch page frames this small document of ours, which frames the tool. Its
// Content-Security-Policy allows frames from that one tool's origins (login, launch and redirect
// addresses) and our own /lti/authorize in between — only on this page; the web app itself frames
// nothing but its own origin.

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
const originOf = (address: string) => {
  try {
    return new URL(address).origin;
  } catch {
    return null;
  }
};

/** The document that frames the tool's login address (the LTI login parameters in its query). */
export async function embedDocument(db: Db, query: Record<string, string | undefined>) {
  const { action, ...params } = query;
  const clientId = params.client_id;
  if (!action || !clientId) throw new OAuthError(400, 'invalid_request', 'action and client_id are required');
  const tool = await db
    .selectFrom('lti_tools')
    .select(['login_url', 'launch_url', 'redirect_urls', 'presentation'])
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  // Only a registered tool's own login address, and only a tool L&D chose to embed.
  if (!tool || tool.login_url !== action || tool.presentation !== 'iframe')
    throw new OAuthError(400, 'invalid_request', 'not an embedded tool login');
  const target = new URL(action);
  for (const [key, value] of Object.entries(params))
    if (value !== undefined) target.searchParams.set(key, value);
  const origins = [
    ...new Set([tool.login_url, tool.launch_url, ...tool.redirect_urls].map(originOf).filter(Boolean)),
  ];
  const nonce = randomBytes(16).toString('base64');
  return {
    csp: [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `frame-src 'self' ${origins.join(' ')}`,
      "frame-ancestors 'self'",
      "base-uri 'none'",
      "form-action 'none'",
    ].join('; '),
    html: `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Groeipad</title><style nonce="${nonce}">html,body,iframe{margin:0;border:0;width:100%;height:100%;display:block}</style></head><body><iframe title="LTI" src="${escapeHtml(target.toString())}" allow="fullscreen"></iframe></body></html>`,
  };
}
