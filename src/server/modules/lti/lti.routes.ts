import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { acceptDeepLinks } from './lti.deep-linking.ts';
import { type LtiEnv, startDeepLinking, startLaunch } from './lti.launch.ts';
import { createLinkItem, linkView } from './lti.links.ts';
import { launchLog, platformView } from './lti.read.ts';
import { startRegistration } from './lti.registration.ts';
import {
  launchLogSchema,
  linkInput,
  linkSchema,
  loginSchema,
  platformSchema,
  registrationStartInput,
  registrationStartSchema,
  toolInput,
  toolSchema,
} from './lti.schemas.ts';
import {
  changeTool,
  listTools,
  registerTool,
  removeTool,
  rotatePlatformKey,
  setToolPresentation,
  toolView,
} from './lti.tools.ts';

const tags = ['lti'];

export const envOf = (deps: ModuleDeps): LtiEnv => ({
  baseUrl: deps.config.baseUrl,
  serverSecret: deps.config.sessionSecret,
  ...(deps.config.outboundAllowedHosts ? { allowedHosts: deps.config.outboundAllowedHosts } : {}),
});

/** L&D's tool registrations and the learner's launch, in /api/v1 (session or API token). */
export const ltiRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    const env = envOf(deps);
    app.get(
      '/lti/platform',
      {
        schema: {
          tags,
          summary: "Groeipad's LTI platform addresses and public keys, to enter in a tool",
          response: { 200: platformSchema, ...problems },
        },
      },
      async (request) => platformView(ctxOf(request), env),
    );
    app.post(
      '/lti/platform/rotate-key',
      {
        schema: {
          tags,
          summary: 'Make a new signing key; the old one stays in the JWKS for a day',
          body: z.object({}).optional(),
          response: { 200: platformSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await rotatePlatformKey(ctx, env.serverSecret);
        return platformView(ctx, env);
      },
    );
    app.get(
      '/lti/tools',
      {
        schema: {
          tags,
          summary: 'Registered LTI 1.3 tools',
          response: { 200: z.array(toolSchema), ...problems },
        },
      },
      async (request) => listTools(ctxOf(request)),
    );
    app.post(
      '/lti/tools',
      {
        schema: {
          tags,
          summary: 'Register an LTI 1.3 tool',
          body: toolInput,
          response: { 201: toolSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await registerTool(ctx, request.body);
        return reply.status(201).send(await toolView(ctx, id));
      },
    );
    app.post(
      '/lti/registrations',
      {
        schema: {
          tags,
          summary:
            "Start LTI Dynamic Registration: a one-time token and the tool's registration URL to open with it",
          body: registrationStartInput,
          response: { 201: registrationStartSchema, ...problems },
        },
      },
      async (request, reply) =>
        reply.status(201).send(await startRegistration(ctxOf(request), request.body, env)),
    );
    app.get(
      '/lti/tools/:id',
      {
        schema: {
          tags,
          summary: 'One LTI tool',
          params: idParams,
          response: { 200: toolSchema, ...problems },
        },
      },
      async (request) => toolView(ctxOf(request), request.params.id),
    );
    app.put(
      '/lti/tools/:id',
      {
        schema: {
          tags,
          summary: "Change a tool's addresses, key or privacy",
          params: idParams,
          body: toolInput,
          response: { 200: toolSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeTool(ctx, request.params.id, request.body);
        return toolView(ctx, request.params.id);
      },
    );
    app.put(
      '/lti/tools/:id/presentation',
      {
        schema: {
          tags,
          summary: "How the tool's items open: a new window, or embedded in Groeipad",
          params: idParams,
          body: z.object({ presentation: z.enum(['window', 'iframe']) }),
          response: { 200: toolSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setToolPresentation(ctx, request.params.id, request.body.presentation);
        return toolView(ctx, request.params.id);
      },
    );
    app.delete(
      '/lti/tools/:id',
      {
        schema: {
          tags,
          summary: 'Remove a tool no item launches any more',
          params: idParams,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await removeTool(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/lti/tools/:id/launches',
      {
        schema: {
          tags,
          summary: 'The latest launches of a tool (who, what, when)',
          params: idParams,
          response: { 200: z.array(launchLogSchema), ...problems },
        },
      },
      async (request) => launchLog(ctxOf(request), request.params.id),
    );
    app.post(
      '/lti/tools/:id/deep-linking',
      {
        schema: {
          tags,
          summary: "Open the tool's content picker (Deep Linking)",
          params: idParams,
          body: z.object({}).optional(),
          response: { 200: loginSchema, ...problems },
        },
      },
      async (request) => startDeepLinking(ctxOf(request), request.params.id, env),
    );
    app.post(
      '/lti/selections/:id/accept',
      {
        schema: {
          tags,
          summary: 'Add the content the tool sent back as draft catalogue items',
          params: idParams,
          body: z.object({}).optional(),
          response: { 200: z.object({ contentIds: z.array(z.uuid()) }), ...problems },
        },
      },
      async (request) => ({ contentIds: await acceptDeepLinks(ctxOf(request), request.params.id) }),
    );
    app.post(
      '/lti/items',
      {
        schema: {
          tags,
          summary: 'Add an external-tool item (an LTI resource link) to the catalogue, as a draft',
          body: linkInput,
          response: { 201: linkSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createLinkItem(ctx, request.body);
        return reply.status(201).send(await linkView(ctx, id));
      },
    );
    app.get(
      '/lti/items/:id',
      {
        schema: {
          tags,
          summary: 'An external-tool item for its launch page',
          params: idParams,
          response: { 200: linkSchema, ...problems },
        },
      },
      async (request) => linkView(ctxOf(request), request.params.id),
    );
    app.post(
      '/lti/items/:id/launch',
      {
        schema: {
          tags,
          summary: 'Start a launch: where the browser goes to log in at the tool',
          params: idParams,
          body: z.object({}).optional(),
          response: { 200: loginSchema, ...problems },
        },
      },
      async (request) => startLaunch(ctxOf(request), request.params.id, env),
    );
  };
