import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../core/module.ts';
import { frameworkRoutes } from './framework/framework.routes.ts';
import { insightRoutes } from './insight/insight.routes.ts';
import { jobRoleRoutes } from './job-roles/job-roles.routes.ts';
import { mentorRoutes } from './mentors/mentors.routes.ts';
import { ratingRoutes } from './ratings/ratings.routes.ts';

/** The skills module, one plugin per use case: framework, job roles, ratings, insight, mentors. */
export const skillsRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(frameworkRoutes(deps));
    await app.register(jobRoleRoutes(deps));
    await app.register(ratingRoutes(deps));
    await app.register(insightRoutes(deps));
    await app.register(mentorRoutes(deps));
  };
