import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { browseRoutes } from './browse/browse.routes.ts';
import { certificatesRoutes } from './certificates/certificates.routes.ts';
import { contentRoutes } from './content/content.routes.ts';
import { coversRoutes } from './content/covers.routes.ts';
import { learningRoutes } from './learning/learning.routes.ts';
import { oversightRoutes } from './oversight/oversight.routes.ts';
import { ownRoutesRoutes } from './own-routes/own-routes.routes.ts';
import { rulesRoutes } from './rules/rules.routes.ts';
import { structureRoutes } from './structure/structure.routes.ts';

/** Everything under /catalogue, /learning and /certificates, one plugin per use case. */
export const catalogueRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(contentRoutes(deps));
    await app.register(coversRoutes(deps));
    await app.register(structureRoutes(deps));
    await app.register(browseRoutes(deps));
    await app.register(learningRoutes(deps));
    await app.register(oversightRoutes(deps));
    await app.register(ownRoutesRoutes(deps));
    await app.register(rulesRoutes(deps));
    await app.register(certificatesRoutes(deps));
  };
