import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { addUnitChannel, removeUnitChannel, testUnitChannel, unitChannelsOf } from './unit-channels.ts';

const tags = ['webhooks'];
const topic = z.enum(['announcements', 'campaigns', 'challenges']);

const unitChannelSchema = z
  .object({
    id: z.uuid(),
    orgUnitId: z.uuid(),
    orgUnitName: z.string(),
    kind: z.enum(['teams', 'slack']),
    host: z
      .string()
      .describe('Only the host of the incoming-webhook address is shown; the address is sealed'),
    topics: z.array(topic),
    createdAt: z.iso.datetime(),
    lastStatus: z.enum(['queued', 'sent', 'failed']).nullable(),
    lastError: z.string().nullable(),
  })
  .meta({ id: 'UnitChannel' });

const createUnitChannelBody = z.object({
  orgUnitId: z.uuid(),
  kind: z.enum(['teams', 'slack']),
  url: z
    .url({ protocol: /^https?$/ })
    .max(1000)
    .describe('The incoming-webhook address Teams or Slack gave for the channel'),
  topics: z
    .array(topic)
    .min(1)
    .max(3)
    .default(['announcements', 'campaigns', 'challenges'])
    .describe(
      'What the channel gets for its unit (and units below it): announcements, campaign messages, team-challenge starts and ends; all when left out',
    ),
});

/** Teams/Slack channels per org unit (incoming webhooks), on the Koppelingen page. */
export const unitChannelRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const options = {
      serverSecret: deps.config.sessionSecret,
      allowedHosts: deps.config.outboundAllowedHosts ?? [],
    };
    app.get(
      '/unit-channels',
      {
        schema: {
          tags,
          summary: 'Teams and Slack channels per unit, with how their last post went',
          response: { 200: z.array(unitChannelSchema), ...problems },
        },
      },
      async (request) => unitChannelsOf(ctxOf(request)),
    );
    app.post(
      '/unit-channels',
      {
        schema: {
          tags,
          summary: "Connect a unit's Teams or Slack channel by its incoming-webhook address (sealed)",
          body: createUnitChannelBody,
          response: { 201: unitChannelSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await addUnitChannel(ctxOf(request), request.body, options)),
    );
    app.post(
      '/unit-channels/:id/test',
      {
        schema: {
          tags,
          summary: 'Send a test message to the channel now and answer how it went',
          params: idParams,
          response: { 200: z.object({ ok: z.boolean(), error: z.string().nullable() }), ...problems },
        },
      },
      async (request) => testUnitChannel(ctxOf(request), deps, request.params.id),
    );
    app.delete(
      '/unit-channels/:id',
      {
        schema: {
          tags,
          summary: 'Disconnect a channel',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removeUnitChannel(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
  };
