import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { sendAnswer } from '../../http/prepared-json.ts';
import { awardBadge, badgeHolders, changeBadge, createBadge, revokeAward } from './badges.service.ts';
import { challengeView, pointsLeaderboard } from './challenges.board.ts';
import { challengePeople, listChallenges } from './challenges.read.ts';
import { createChallenge } from './challenges.service.ts';
import {
  achievement,
  badgeView,
  listBadges,
  myCelebrations,
  myData,
  profile,
  settings,
  sharedCelebrations,
  teamCelebrations,
} from './recognition.read.ts';
import {
  achievementSchema,
  awardBody,
  badgeChanges,
  badgeHolderSchema,
  badgeInput,
  badgeSchema,
  celebrationSchema,
  challengeInput,
  challengeSchema,
  giveKudosBody,
  individualBoardSchema,
  personalDataSchema,
  preferencesBody,
  preferencesSchema,
  profileSchema,
  revokeBody,
  settingsSchema,
  shareBody,
} from './recognition.schemas.ts';
import { giveKudos, setPreferences, setSettings, shareCelebration } from './recognition.service.ts';

const tags = ['recognition'];

export const recognitionRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/kudos',
      {
        schema: {
          tags,
          summary:
            'Give a colleague kudos for a step, perhaps for a core value or skill, or for a celebration',
          body: giveKudosBody,
          response: { 201: profileSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await giveKudos(ctx, request.body);
        return reply.status(201).send(await profile(ctx, request.body.receiverId));
      },
    );
    app.get(
      '/celebrations',
      {
        schema: {
          tags,
          summary: "Colleagues' shared celebrations (newest first)",
          response: { 200: z.array(celebrationSchema), ...problems },
        },
      },
      async (request) => sharedCelebrations(ctxOf(request)),
    );
    app.get(
      '/celebrations/mine',
      {
        schema: {
          tags,
          summary: 'My celebrations, shared or not',
          response: { 200: z.array(celebrationSchema), ...problems },
        },
      },
      async (request) => myCelebrations(ctxOf(request)),
    );
    app.get(
      '/celebrations/team',
      {
        schema: {
          tags,
          summary: "My reports' steps of the last 30 days, to recognise",
          response: { 200: z.array(celebrationSchema), ...problems },
        },
      },
      async (request) => teamCelebrations(ctxOf(request)),
    );
    app.post(
      '/celebrations/:id/share',
      {
        schema: {
          tags,
          summary: 'Share one of my celebrations with colleagues, or stop sharing it',
          params: idParams,
          body: shareBody,
          response: { 200: z.array(celebrationSchema), ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await shareCelebration(ctx, request.params.id, request.body.shared);
        return myCelebrations(ctx);
      },
    );
    app.get(
      '/recognition/me',
      {
        schema: {
          tags,
          summary: 'My badges, points, streak, kudos and visibility choices',
          response: { 200: profileSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        return profile(
          ctx,
          ctx.auth.kind === 'person' ? ctx.auth.personId : '00000000-0000-0000-0000-000000000000',
        );
      },
    );
    app.patch(
      '/recognition/me/preferences',
      {
        schema: {
          tags,
          summary: 'Who sees my badges and points; whether I appear on individual leaderboards',
          body: preferencesBody,
          response: { 200: preferencesSchema, ...problems },
        },
      },
      async (request) => setPreferences(ctxOf(request), request.body),
    );
    app.get(
      '/recognition/me/data',
      {
        schema: {
          tags,
          summary:
            'Everything recognition holds about me (kudos, celebrations, badges, points): my data export',
          response: { 200: personalDataSchema, ...problems },
        },
      },
      async (request) => myData(ctxOf(request)),
    );
    app.get(
      '/recognition/people/:id',
      {
        schema: {
          tags,
          summary: "A colleague's badges and points (if they show them) and the kudos they received",
          params: idParams,
          response: { 200: profileSchema, ...problems },
        },
      },
      async (request) => profile(ctxOf(request), request.params.id),
    );
    app.get(
      '/recognition/settings',
      {
        schema: {
          tags,
          summary: "The organisation's recognition settings",
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => settings(ctxOf(request)),
    );
    app.put(
      '/recognition/settings',
      {
        schema: {
          tags,
          summary: 'Switch leaderboards on or off for the whole organisation',
          body: settingsSchema,
          response: { 200: settingsSchema, ...problems },
        },
      },
      async (request) => setSettings(ctxOf(request), request.body),
    );
    app.get(
      '/recognition/leaderboard',
      {
        schema: {
          tags,
          summary: "This month's points among people who opted in: the top three and my neighbours",
          response: { 200: individualBoardSchema, ...problems },
        },
      },
      async (request, reply) => sendAnswer(reply, await pointsLeaderboard(ctxOf(request))),
    );
    app.get(
      '/badges',
      {
        schema: { tags, summary: 'Badge definitions', response: { 200: z.array(badgeSchema), ...problems } },
      },
      async (request) => listBadges(ctxOf(request)),
    );
    app.post(
      '/badges',
      {
        schema: {
          tags,
          summary: 'Define a badge (L&D)',
          body: badgeInput,
          response: { 201: badgeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        return reply.status(201).send(await badgeView(ctx, await createBadge(ctx, request.body)));
      },
    );
    app.get(
      '/badges/:id',
      {
        schema: { tags, summary: 'One badge', params: idParams, response: { 200: badgeSchema, ...problems } },
      },
      async (request) => badgeView(ctxOf(request), request.params.id),
    );
    app.patch(
      '/badges/:id',
      {
        schema: {
          tags,
          summary: 'Change or archive a badge (L&D)',
          params: idParams,
          body: badgeChanges,
          response: { 200: badgeSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await changeBadge(ctx, request.params.id, request.body);
        return badgeView(ctx, request.params.id);
      },
    );
    app.post(
      '/badges/:id/awards',
      {
        schema: {
          tags,
          summary: 'Award a badge by hand: a manager to a report, or L&D to anyone',
          params: idParams,
          body: awardBody,
          response: { 201: badgeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        await awardBadge(ctx, request.params.id, request.body);
        return reply.status(201).send(await badgeView(ctx, request.params.id));
      },
    );
    app.get(
      '/badges/:id/awards',
      {
        schema: {
          tags,
          summary: 'Who holds the badge now (L&D): each award, with whether I may take it back',
          params: idParams,
          response: { 200: z.array(badgeHolderSchema), ...problems },
        },
      },
      async (request) => badgeHolders(ctxOf(request), request.params.id),
    );
    app.post(
      '/badge-awards/:id/revocation',
      {
        schema: {
          tags,
          summary:
            'Take back a badge award with a reason (whoever may award it): the person no longer sees it; its Open Badges credential is revoked',
          params: idParams,
          body: revokeBody,
          response: { 204: z.null(), ...problems },
        },
      },
      async (request, reply) => {
        await revokeAward(ctxOf(request), request.params.id, request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/badges/:id/achievement',
      {
        schema: {
          tags,
          summary: 'The badge as an Open Badges 3.0 Achievement',
          params: idParams,
          response: { 200: achievementSchema, ...problems },
        },
      },
      async (request) => achievement(ctxOf(request), request.params.id, deps.config.baseUrl),
    );
    app.get(
      '/challenges',
      {
        schema: {
          tags,
          summary: 'Running, upcoming and recently ended challenges with live team standings',
          response: { 200: z.array(challengeSchema), ...problems },
        },
      },
      async (request) => listChallenges(ctxOf(request)),
    );
    app.post(
      '/challenges',
      {
        schema: {
          tags,
          summary: 'Start a challenge: L&D for any teams, a manager for the teams they lead',
          body: challengeInput,
          response: { 201: challengeSchema, ...problems },
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request);
        return sendAnswer(reply, await challengeView(ctx, await createChallenge(ctx, request.body)), 201);
      },
    );
    app.get(
      '/challenges/:id',
      {
        schema: {
          tags,
          summary: 'A challenge with its team leaderboard',
          params: idParams,
          response: { 200: challengeSchema, ...problems },
        },
      },
      async (request, reply) => sendAnswer(reply, await challengeView(ctxOf(request), request.params.id)),
    );
    app.get(
      '/challenges/:id/people',
      {
        schema: {
          tags,
          summary:
            "The challenge's individual leaderboard: only people who opted in; the top three and my neighbours",
          params: idParams,
          response: { 200: individualBoardSchema, ...problems },
        },
      },
      async (request) => challengePeople(ctxOf(request), request.params.id),
    );
  };
