import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { sendAnswer } from '../../http/prepared-json.ts';
import { organisationContextOf } from '../organisations/index.ts';
import { coachRoutes } from './campaigns.coach.routes.ts';
import { nudgeTextRoutes } from './campaigns.nudge-texts.routes.ts';
import { promoRoutes } from './campaigns.promo.routes.ts';
import {
  campaign,
  campaignResults,
  campaigns,
  myNudgePreferences,
  previewMessage,
  settings,
  themes,
} from './campaigns.read.ts';
import {
  campaignInput,
  campaignSchema,
  campaignSummarySchema,
  messageIdParams,
  nudgePreferencesInput,
  nudgePreferencesSchema,
  previewSchema,
  resultsSchema,
  settingsInput,
  settingsSchema,
  spotlightSchema,
  themeInput,
  themeSchema,
  trackParams,
} from './campaigns.schemas.ts';
import {
  changeSettings,
  createCampaign,
  deleteCampaign,
  followTrackedLink,
  launchCampaign,
  recordHomeSighting,
  setMyOptOuts,
  stopCampaign,
  updateCampaign,
} from './campaigns.service.ts';
import { spotlight } from './campaigns.spotlight.ts';
import { addStarterThemes, addTheme, changeTheme, removeTheme } from './campaigns.themes.service.ts';

const tags = ['campaigns'];
const noContent = { 204: z.null(), ...problems };

export const campaignRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    await app.register(promoRoutes(deps));
    await app.register(coachRoutes);
    await app.register(nudgeTextRoutes);
    app.get(
      '/campaigns',
      {
        schema: {
          tags,
          summary: 'Campaigns (L&D)',
          response: { 200: z.array(campaignSummarySchema), ...problems },
        },
      },
      async (request) => campaigns(ctxOf(request)),
    );
    app.post(
      '/campaigns',
      {
        schema: {
          tags,
          summary: 'A draft campaign: goal, audience, period with hum/sing/shout phases, learning, messages',
          body: campaignInput,
          response: { 201: campaignSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        const id = await createCampaign(ctx, request.body);
        return reply.status(201).send(await campaign(ctx, id));
      },
    );
    app.get(
      '/campaigns/:id',
      {
        schema: {
          tags,
          summary: 'A campaign with its phases and messages',
          params: idParams,
          response: { 200: campaignSchema, ...problems },
        },
      },
      async (request) => campaign(ctxOf(request), request.params.id),
    );
    app.put(
      '/campaigns/:id',
      {
        schema: {
          tags,
          summary: 'Rewrite a draft campaign (409 once launched)',
          params: idParams,
          body: campaignInput,
          response: { 200: campaignSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateCampaign(ctx, request.params.id, request.body);
        return campaign(ctx, request.params.id);
      },
    );
    app.delete(
      '/campaigns/:id',
      { schema: { tags, summary: 'Delete a draft campaign', params: idParams, response: noContent } },
      async (request, reply) => {
        await deleteCampaign(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/campaigns/:id/launch',
      {
        schema: {
          tags,
          summary: 'Launch: messages go out on their days (announcements are scheduled now)',
          params: idParams,
          response: { 200: campaignSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await launchCampaign(ctx, request.params.id);
        return campaign(ctx, request.params.id);
      },
    );
    app.post(
      '/campaigns/:id/stop',
      {
        schema: {
          tags,
          summary: 'Stop a launched campaign: nothing more goes out',
          params: idParams,
          response: { 200: campaignSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await stopCampaign(ctx, request.params.id);
        return campaign(ctx, request.params.id);
      },
    );
    app.get(
      '/campaigns/:id/messages/:messageId/preview',
      {
        schema: {
          tags,
          summary: 'How a message reads in Dutch and English, and how many people get each',
          params: messageIdParams,
          response: { 200: previewSchema, ...problems },
        },
      },
      async (request) => previewMessage(ctxOf(request), request.params.id, request.params.messageId),
    );
    app.get(
      '/campaigns/:id/results',
      {
        schema: {
          tags,
          summary:
            'Reach, opens, clicks; enrolments and completions during the campaign vs as many days before',
          params: idParams,
          response: { 200: resultsSchema, ...problems },
        },
      },
      async (request) => campaignResults(ctxOf(request), request.params.id),
    );
    app.get(
      '/campaigns/r/:organisationId/:contactId',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: "A campaign e-mail's tracked link: counts the click and leads on into Groeipad",
          security: [],
          params: trackParams,
          response: { 302: z.null(), 404: problems[404] },
        },
      },
      async (request, reply) => {
        const ctx = await organisationContextOf(deps, request.params.organisationId);
        const link = await followTrackedLink(ctx, request.params.contactId);
        return reply.redirect(`${deps.config.baseUrl}${link}`, 302);
      },
    );

    app.get(
      '/spotlight',
      {
        schema: {
          tags,
          summary: "My home's campaign banner and cards, and the themes of this moment with their learning",
          response: { 200: spotlightSchema, ...problems },
        },
      },
      async (request, reply) => sendAnswer(reply, await spotlight(ctxOf(request))),
    );
    app.post(
      '/spotlight/:id/seen',
      {
        schema: { tags, summary: 'I saw this banner or card (reach)', params: idParams, response: noContent },
      },
      async (request, reply) => {
        await recordHomeSighting(ctxOf(request), request.params.id, false);
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/spotlight/:id/click',
      {
        schema: {
          tags,
          summary: 'I followed this banner or card (click)',
          params: idParams,
          response: noContent,
        },
      },
      async (request, reply) => {
        await recordHomeSighting(ctxOf(request), request.params.id, true);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/campaign-settings',
      {
        schema: {
          tags,
          summary: 'Weekly contact cap, quiet hours, nudge kinds, whether a Teams/Slack channel is set',
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => settings(ctxOf(request)),
    );
    app.patch(
      '/campaign-settings',
      {
        schema: {
          tags,
          summary:
            'Change the cap, quiet hours, nudge kinds or the channel (address and secret are write-only)',
          body: settingsInput,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeSettings(ctx, request.body, deps.config.sessionSecret);
        return settings(ctx);
      },
    );

    app.get(
      '/campaign-themes',
      {
        schema: {
          tags,
          summary: 'The themes calendar',
          response: { 200: z.array(themeSchema), ...problems },
        },
      },
      async (request) => themes(ctxOf(request)),
    );
    app.post(
      '/campaign-themes',
      {
        schema: {
          tags,
          summary: 'Add a theme (a period, yearly or once, with linked learning)',
          body: themeInput,
          response: { 201: z.object({ id: z.uuid() }), ...problems },
        },
      },
      async (request, reply) => reply.status(201).send({ id: await addTheme(ctxOf(request), request.body) }),
    );
    app.post(
      '/campaign-themes/starter-set',
      {
        schema: {
          tags,
          summary: 'Add the Dutch and English starter set (once; themes from it already there stay)',
          response: { 200: z.object({ added: z.number().int() }), ...problems },
        },
      },
      async (request) => ({ added: await addStarterThemes(ctxOf(request)) }),
    );
    app.put(
      '/campaign-themes/:id',
      {
        schema: { tags, summary: 'Change a theme', params: idParams, body: themeInput, response: noContent },
      },
      async (request, reply) => {
        await changeTheme(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.delete(
      '/campaign-themes/:id',
      { schema: { tags, summary: 'Remove a theme', params: idParams, response: noContent } },
      async (request, reply) => {
        await removeTheme(ctxOf(request), request.params.id);
        return reply.status(204).send(null);
      },
    );

    app.get(
      '/nudges/preferences',
      {
        schema: {
          tags,
          summary: 'Which nudges I do not want',
          response: { 200: nudgePreferencesSchema, ...problems },
        },
      },
      async (request) => myNudgePreferences(ctxOf(request)),
    );
    app.put(
      '/nudges/preferences',
      {
        schema: {
          tags,
          summary: 'Opt out of nudge kinds',
          body: nudgePreferencesInput,
          response: { 200: nudgePreferencesSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setMyOptOuts(ctx, request.body.optedOut, request.body.contentLanguage);
        return myNudgePreferences(ctx);
      },
    );
  };
