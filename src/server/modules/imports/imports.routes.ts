import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ModuleDeps } from '../../app.ts';

export const importRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async () => {};
