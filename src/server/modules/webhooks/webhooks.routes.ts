import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { webhookCatalogue } from './webhooks.catalogue.ts';
import {
  createSubscriptionBody,
  deliveryParams,
  deliverySchema,
  subscriptionSchema,
  updateSubscriptionBody,
  webhookCatalogueSchema,
} from './webhooks.schemas.ts';
import {
  changeSubscription,
  deliveryLog,
  redeliver,
  subscribe,
  subscriptionOf,
  subscriptionsOf,
  unsubscribe,
} from './webhooks.service.ts';

const tags = ['webhooks'];

export const webhookRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/webhooks/catalogue',
      {
        schema: {
          tags,
          summary:
            'The events a webhook can subscribe to, an example payload of each, and how they are signed',
          response: { 200: webhookCatalogueSchema, ...problems },
        },
      },
      async (request) => {
        ctxOf(request);
        return webhookCatalogue;
      },
    );

    app.get(
      '/webhooks',
      {
        schema: {
          tags,
          summary: 'Webhook subscriptions',
          response: { 200: z.array(subscriptionSchema), ...problems },
        },
      },
      async (request) => subscriptionsOf(ctxOf(request)),
    );

    app.post(
      '/webhooks',
      {
        schema: {
          tags,
          summary: 'Subscribe an address to events; the signing secret is shown once in this answer',
          body: createSubscriptionBody,
          response: { 201: subscriptionSchema.extend({ secret: z.string() }), ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await subscribe(ctxOf(request), request.body, {
            serverSecret: deps.config.sessionSecret,
            allowedHosts: deps.config.outboundAllowedHosts ?? [],
          }),
        ),
    );

    app.get(
      '/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'One webhook subscription',
          params: idParams,
          response: { 200: subscriptionSchema, ...problems },
        },
      },
      async (request) => subscriptionOf(ctxOf(request), request.params.id),
    );

    app.patch(
      '/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Change a subscription: its events, description, or switch it on or off',
          params: idParams,
          body: updateSubscriptionBody,
          response: { 200: subscriptionSchema, ...problems },
        },
      },
      async (request) => changeSubscription(ctxOf(request), request.params.id, request.body),
    );

    app.delete(
      '/webhooks/:id',
      {
        schema: {
          tags,
          summary: 'Delete a subscription and its log',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await unsubscribe(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/webhooks/:id/deliveries',
      {
        schema: {
          tags,
          summary: 'The delivery log: the last 100 messages with their attempts',
          params: idParams,
          response: { 200: z.array(deliverySchema), ...problems },
        },
      },
      async (request) => deliveryLog(ctxOf(request), request.params.id),
    );

    app.post(
      '/webhooks/:id/deliveries/:deliveryId/redeliver',
      {
        schema: {
          tags,
          summary: 'Send a message again (it is queued, due now)',
          params: deliveryParams,
          response: { 200: deliverySchema, ...problems },
        },
      },
      async (request) => redeliver(ctxOf(request), request.params.id, request.params.deliveryId),
    );
  };
