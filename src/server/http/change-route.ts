import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { type Ctx, ctxOf } from '../core/context.ts';
import { idParams, problems } from './common.schemas.ts';

type App = Parameters<FastifyPluginAsyncZod>[0];

/**
 * The most common route: a change to the thing at `/…/:id`, answered with how it reads afterwards
 * (parse → use case → present). Written once here, so a routes file states only what differs: the
 * summary, the body, the use case and the view. `created` answers 201 (something was added to it).
 */
export function changeRoute<Body extends z.ZodType, Shown extends z.ZodType>(
  app: App,
  route: {
    method: 'PUT' | 'PATCH' | 'POST';
    url: `${string}/:id${string}`;
    tags: string[];
    summary: string;
    body?: Body;
    shows: Shown;
    created?: boolean;
    /** The change can meet the thing's state (409). */
    conflicts?: boolean;
    change: (ctx: Ctx, id: string, body: z.output<Body>) => Promise<unknown>;
    show: (ctx: Ctx, id: string) => Promise<z.input<Shown>>;
  },
) {
  const status = route.created ? 201 : 200;
  app.route({
    method: route.method,
    url: route.url,
    schema: {
      tags: route.tags,
      summary: route.summary,
      params: idParams,
      ...(route.body && { body: route.body }),
      response: { [status]: route.shows, ...problems, ...(route.conflicts && { 409: problems[400] }) },
    },
    handler: async (request, reply) => {
      const ctx = ctxOf(request);
      const { id } = request.params as { id: string };
      await route.change(ctx, id, request.body as z.output<Body>);
      // The view's type is the route's (`Shown`), which the generic schema above cannot carry.
      return (reply as unknown as FastifyReply).status(status).send(await route.show(ctx, id));
    },
  });
}
