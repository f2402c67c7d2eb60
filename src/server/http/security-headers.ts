import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

type Directives = Record<string, string[]>;

/**
 * The web app loads only its own scripts, styles, media and API; no inline script, never framed.
 * Inline styles are refused too: index.html carries a per-page nonce (web-app.ts) for the one
 * `<style>` the dialogs add while they lock the page's scroll.
 */
const appDirectives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  // data: for the favicon, which index.html carries inline.
  'img-src': ["'self'", 'data:'],
  'media-src': ["'self'"],
  // The learning player shows PDF documents in an <object>.
  'object-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The API reference (Scalar) boots from an inline script and injects its own styles; the page shows
 * only our OpenAPI document and reflects nothing from the request, so only it may run inline code.
 */
const referenceDirectives: Directives = {
  ...appDirectives,
  'script-src': ["'self'", "'unsafe-inline'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'object-src': ["'none'"],
};

const referencePrefix = '/api/v1/reference';

const isHttps = (baseUrl: string) => new URL(baseUrl).protocol === 'https:';

/** Over https the browser also upgrades any stray http:// address the page asks for. */
const forTransport = (directives: Directives, baseUrl: string): Directives =>
  isHttps(baseUrl) ? { ...directives, 'upgrade-insecure-requests': [] } : directives;

/** The SCORM player frames package content from its own origin (CONTENT_ORIGIN); nothing else is framed. */
const withContentFrames = (directives: Directives, contentOrigin: string | null): Directives =>
  contentOrigin ? { ...directives, 'frame-src': ["'self'", contentOrigin] } : directives;

/** Security headers on every response (helmet); HSTS only when people reach the app over https. */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { baseUrl, contentOrigin = null }: { baseUrl: string; contentOrigin?: string | null },
) {
  // Before helmet's own onRoute hook, which reads `route.helmet` of the routes registered later.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith(referencePrefix))
      route.helmet = {
        contentSecurityPolicy: { useDefaults: false, directives: forTransport(referenceDirectives, baseUrl) },
      };
  });
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: forTransport(withContentFrames(appDirectives, contentOrigin), baseUrl),
    },
    strictTransportSecurity: isHttps(baseUrl)
      ? { maxAge: 365 * 24 * 60 * 60, includeSubDomains: true }
      : false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
}

/** The web app's policy with the page's style nonce, sent with index.html (web-app.ts). */
export function webAppPolicy({
  baseUrl,
  styleNonce,
  contentOrigin = null,
}: {
  baseUrl: string;
  styleNonce: string;
  contentOrigin?: string | null;
}): string {
  const directives = { ...appDirectives, 'style-src': ["'self'", `'nonce-${styleNonce}'`] };
  return serialise(forTransport(withContentFrames(directives, contentOrigin), baseUrl));
}

function serialise(directives: Directives): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}
