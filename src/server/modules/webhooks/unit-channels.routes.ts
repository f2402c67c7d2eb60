import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import {
  addUnitChannel,
  changeUnitChannel,
  removeUnitChannel,
  testUnitChannel,
  unitChannelsOf,
} from './unit-channels.ts';

const tags = ['webhooks'];
const topic = z.enum(['announcements', 'campaigns', 'challenges']);
const channelName = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .describe('A display name for the channel, for example "#zorg-nieuws"; empty or null: shown by its unit');
const channelTopics = z
  .array(topic)
  .min(1)
  .max(3)
  .describe(
    'What the channel gets for its unit (and units below it): announcements, campaign messages, team-challenge starts and ends',
  );

const unitChannelSchema = z
  .object({
    id: z.uuid(),
    orgUnitId: z.uuid(),
    orgUnitName: z.string(),
    kind: z.enum(['teams', 'slack']),
    name: z.string().nullable().describe('The display name the owner gave the channel; null: none'),
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
  name: channelName.optional(),
  topics: channelTopics
    .default(['announcements', 'campaigns', 'challenges'])
    .describe(
      'What the channel gets for its unit (and units below it): announcements, campaign messages, team-challenge starts and ends; all when left out',
    ),
});

// No address here: it stays sealed as it was given (a new address is a new channel).
const updateUnitChannelBody = z.object({
  name: channelName.optional(),
  topics: channelTopics.optional(),
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
    app.patch(
      '/unit-channels/:id',
      {
        schema: {
          tags,
          summary:
            'Rename a channel or change its topics, without its address (which stays sealed and is never sent back)',
          params: idParams,
          body: updateUnitChannelBody,
          response: { 200: unitChannelSchema, ...problems },
        },
      },
      async (request) => changeUnitChannel(ctxOf(request), request.params.id, request.body),
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
