import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { packageRoutes } from './import/package.routes.ts';
import { reportRoutes } from './reporting/report.routes.ts';
import { runtimeRoutes } from './runtime/runtime.routes.ts';

/** Everything under /scorm: one line in app.ts. */
export const scormRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(packageRoutes(deps));
    await app.register(runtimeRoutes(deps));
    await app.register(reportRoutes(deps));
  };
