import type { FastifyInstance, FastifyRequest } from 'fastify';
import { type Config, contentOriginOf } from '../../../config.ts';
import { notFoundProblem } from '../../../http/problem.ts';

// Course package content runs from its own origin (CONTENT_ORIGIN), where the browser has no Groeipad
// cookie. That origin answers package files and the SCORM runtime only: the API, the web app and
// everything else are 404 there, even for a request that somehow carries a session. And the app's own
// origin never serves package files, so no package script ever runs with the learner's session.

export const contentPrefixes = ['/scorm-content/', '/scorm-runtime/', '/cmi5-content/'];

const hostOf = (origin: string) => new URL(origin).host.toLowerCase();
const isContentPath = (url: string) => contentPrefixes.some((prefix) => url.startsWith(prefix));

export function registerContentHost(app: FastifyInstance, config: Config) {
  const origin = contentOriginOf(config);
  const contentHost = origin ? hostOf(origin) : null;
  const isContentHost = (request: FastifyRequest) => request.host.toLowerCase() === contentHost;
  app.addHook('onRequest', async (request, reply) => {
    if (isContentHost(request) === isContentPath(request.url)) return;
    return reply
      .status(404)
      .type('application/problem+json')
      .send(notFoundProblem(request.method, request.url.split('?')[0] ?? ''));
  });
}
