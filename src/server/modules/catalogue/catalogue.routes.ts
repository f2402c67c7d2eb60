import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { browseRoutes } from './browse.routes.ts';
import { certificatesRoutes } from './certificates.routes.ts';
import { contentRoutes } from './content.routes.ts';
import { learningRoutes } from './learning.routes.ts';
import { oversightRoutes } from './oversight.routes.ts';
import { structureRoutes } from './structure.routes.ts';

/** Everything under /catalogue, /learning and /certificates: one plugin in the manifest. */
export const catalogueRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(contentRoutes(deps));
    await app.register(structureRoutes(deps));
    await app.register(browseRoutes(deps));
    await app.register(learningRoutes(deps));
    await app.register(oversightRoutes(deps));
    await app.register(certificatesRoutes(deps));
  };
