import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import { problems } from '../../http/common.schemas.ts';
import { approvalsOf } from './approvals.read.ts';
import { approvalsSchema } from './approvals.schemas.ts';

/** One inbox for everything waiting on me, composed from the modules that own each kind. */
export const approvalsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/development/approvals',
    {
      schema: {
        tags: ['home'],
        summary:
          'Everything waiting on me: budget requests, plans to agree, learning agreements, assignments to confirm, rating requests, workshop sign-ups to approve (with counts)',
        response: { 200: approvalsSchema, ...problems },
      },
    },
    async (request) => approvalsOf(ctxOf(request)),
  );
};
