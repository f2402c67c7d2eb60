import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentOriginOf } from '../../../config.ts';
import { organisationContext } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { notFound } from '../../../http/errors.ts';
import { parseRange, storageFor } from '../../files/index.ts';
import { packageFile } from './content.read.ts';
import { readContentToken } from './content-token.ts';

// Package files (by version, behind a signed token) and the SCORM runtime page, on the content origin.
// Their scripts may do what packages do (inline script, eval, their own frames and media) because that
// origin holds nothing of the learner's: only the app may frame them, and they keep their own type.

const runtimeFiles: Record<string, { url: URL; type: string }> = {
  'launcher.js': { url: new URL('../runtime/launcher.js', import.meta.url), type: 'text/javascript' },
  'scorm-limits.js': { url: new URL('../runtime/scorm-limits.js', import.meta.url), type: 'text/javascript' },
  'scorm12.js': { url: new URL(import.meta.resolve('scorm-again/scorm12/min')), type: 'text/javascript' },
  'scorm2004.js': { url: new URL(import.meta.resolve('scorm-again/scorm2004/min')), type: 'text/javascript' },
};

const launcherHtml = (appOrigin: string) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="groeipad-app-origin" content="${appOrigin}">
<title>Groeipad SCORM</title>
<link rel="stylesheet" href="launcher.css">
<script type="module" src="launcher.js"></script>
</head>
<body><iframe id="sco" title="SCORM" allow="fullscreen; autoplay"></iframe></body>
</html>
`;
const launcherCss =
  'html,body{margin:0;height:100%;overflow:hidden;background:#fff}#sco{display:block;border:0;width:100%;height:100%}';

export const scormContentRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const contentOrigin = contentOriginOf(deps.config);
    const appOrigin = new URL(deps.config.baseUrl).origin;
    const framedBy = `frame-ancestors ${appOrigin} ${contentOrigin ?? ''}`.trim();
    const common = (reply: FastifyReply) =>
      reply
        .header('x-content-type-options', 'nosniff')
        .header('referrer-policy', 'strict-origin-when-cross-origin')
        .header('content-security-policy', framedBy);
    const route = { config: { isPublic: true }, schema: { hide: true }, helmet: false } as const;

    app.get(
      '/scorm-runtime/:file',
      { ...route, schema: { ...route.schema, params: z.object({ file: z.string().max(40) }) } },
      async (request, reply) => {
        const { file } = request.params;
        common(reply).header('cache-control', 'no-cache');
        // The runtime page may only frame package content from its own origin, and load its own scripts.
        if (file === 'launcher.html')
          return reply
            .type('text/html; charset=utf-8')
            .header(
              'content-security-policy',
              `default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; ${framedBy}`,
            )
            .send(launcherHtml(appOrigin));
        if (file === 'launcher.css') return reply.type('text/css').send(launcherCss);
        const runtime = runtimeFiles[file];
        if (!runtime) throw notFound('Runtime file');
        return reply.type(runtime.type).send(await readFile(fileURLToPath(runtime.url)));
      },
    );

    app.get(
      '/scorm-content/:token/*',
      {
        ...route,
        schema: {
          ...route.schema,
          params: z.object({ token: z.string().max(200), '*': z.string().max(2000) }),
        },
      },
      async (request, reply) => {
        const opened = readContentToken(deps.config.sessionSecret, request.params.token);
        if (!opened) throw notFound('Package file');
        const ctx = organisationContext({
          db: deps.db,
          organisationId: opened.organisationId,
          log: request.log,
          bus: deps.bus,
        });
        const file = await packageFile(ctx, opened.versionId, request.params['*']);
        const size = Number(file.size_bytes);
        // A version's files never change (a new upload is a new version), so the tag is the version's.
        const etag = `"${opened.versionId}-${size}"`;
        common(reply)
          .type(file.content_type)
          .header('accept-ranges', 'bytes')
          .header('cache-control', 'private, max-age=86400, immutable')
          .header('etag', etag);
        if (request.headers['if-none-match'] === etag) return reply.status(304).send();
        const storage = storageFor(deps.config);
        const range = parseRange(request.headers.range, size);
        if (range === false) return reply.status(416).header('content-range', `bytes */${size}`).send();
        if (range)
          return reply
            .status(206)
            .header('content-range', `bytes ${range.start}-${range.end}/${size}`)
            .header('content-length', range.end - range.start + 1)
            .send(await storage.read(file.storage_key, range));
        return reply.header('content-length', size).send(await storage.read(file.storage_key));
      },
    );
  };
