import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { problems } from '../../http/common.schemas.ts';
import { coachPanelSchema, coachTipInput, coachTipSchema } from './campaigns.coach.schemas.ts';
import { addCoachTip, changeCoachTip, coachPanel, coachTips, removeCoachTip } from './campaigns.coach.ts';

const tags = ['campaigns'];
const noContent = { 204: z.null(), ...problems };
// Shipped tips have ids like `shipped:team-hour`; own tips a uuid (anything else is a 404).
const tipParams = z.object({ id: z.string().min(1).max(100) });

/** The coach panel (managers) and its tip library (L&D and coaches). */
export const coachRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/coach',
    {
      schema: {
        tags,
        summary: "A manager's coach panel: the moments in their team now, with tips for each",
        response: { 200: coachPanelSchema, ...problems },
      },
    },
    async (request) => coachPanel(ctxOf(request)),
  );
  app.get(
    '/coach-tips',
    {
      schema: {
        tags,
        summary: 'The coach tip library: shipped tips and the organisation’s own, in nl and en',
        response: { 200: z.array(coachTipSchema), ...problems },
      },
    },
    async (request) => coachTips(ctxOf(request)),
  );
  app.post(
    '/coach-tips',
    {
      schema: {
        tags,
        summary: 'Add an own coach tip for a moment',
        body: coachTipInput,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) => reply.status(201).send({ id: await addCoachTip(ctxOf(request), request.body) }),
  );
  app.put(
    '/coach-tips/:id',
    {
      schema: {
        tags,
        summary: 'Change an own coach tip (shipped tips: 409)',
        params: tipParams,
        body: coachTipInput,
        response: noContent,
      },
    },
    async (request, reply) => {
      await changeCoachTip(ctxOf(request), request.params.id, request.body);
      return reply.status(204).send(null);
    },
  );
  app.delete(
    '/coach-tips/:id',
    { schema: { tags, summary: 'Remove an own coach tip', params: tipParams, response: noContent } },
    async (request, reply) => {
      await removeCoachTip(ctxOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
