import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import { problems } from '../../http/common.schemas.ts';
import {
  changeNudgeTexts,
  nudgeKindParams,
  nudgeTextInput,
  nudgeTextSchema,
  nudgeTextsList,
} from './campaigns.nudge-texts.ts';

const tags = ['campaigns'];

/** The organisation's own nudge texts per kind and language (L&D). */
export const nudgeTextRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/nudge-texts',
    {
      schema: {
        tags,
        summary: "Each nudge kind's shipped texts, placeholders and the organisation's own texts",
        response: { 200: z.array(nudgeTextSchema), ...problems },
      },
    },
    async (request) => nudgeTextsList(ctxOf(request)),
  );
  app.put(
    '/nudge-texts/:kind',
    {
      schema: {
        tags,
        summary: "Replace a nudge kind's own texts (nl, en or enabled languages; [] is the shipped texts)",
        params: nudgeKindParams,
        body: nudgeTextInput,
        response: { 200: nudgeTextSchema, ...problems },
      },
    },
    async (request) => changeNudgeTexts(ctxOf(request), request.params.kind, request.body),
  );
};
