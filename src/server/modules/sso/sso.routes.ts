import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problems } from '../../http/common.schemas.ts';
import { sessionCookie } from '../auth/index.ts';
import { discoverConnection, ssoSettings } from './sso.read.ts';
import {
  ssoDiscoverQuery,
  ssoDiscoverSchema,
  ssoSettingsInput,
  ssoSettingsSchema,
  ssoSignOutSchema,
  ssoTestResult,
} from './sso.schemas.ts';
import { saveSsoSettings, testSsoConnection } from './sso.service.ts';
import { signOutEverywhere } from './sso.signout.ts';

const tags = ['sso'];

export const ssoRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/sso/settings',
      {
        schema: {
          tags,
          summary: "The organisation's single sign-on settings (owner)",
          response: { 200: ssoSettingsSchema, ...problems },
        },
      },
      (request) => ssoSettings(ctxOf(request), deps.config.baseUrl),
    );

    app.put(
      '/sso/settings',
      {
        schema: {
          tags,
          summary: "Save the organisation's identity provider, matching and mode (owner)",
          body: ssoSettingsInput,
          response: { 200: ssoSettingsSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await saveSsoSettings(ctx, request.body, deps.config);
        return ssoSettings(ctx, deps.config.baseUrl);
      },
    );

    app.post(
      '/sso/settings/test',
      {
        schema: {
          tags,
          summary: 'Test the connection: discovery document or metadata reachable and complete (owner)',
          response: { 200: ssoTestResult, ...problems },
        },
      },
      (request) => testSsoConnection(ctxOf(request), deps.config),
    );

    app.get(
      '/auth/sso',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: 'Which identity provider signs in this e-mail address or organisation, if any',
          security: [],
          querystring: ssoDiscoverQuery,
          response: { 200: ssoDiscoverSchema, 400: problems[400] },
        },
      },
      (request) => discoverConnection(deps.db, deps.config.baseUrl, request.query),
    );

    app.post(
      '/sso/sign-out',
      {
        schema: {
          tags,
          summary: 'End this session; answers where to sign out at the IdP too (OIDC, when it supports it)',
          response: { 200: ssoSignOutSchema, ...problems },
        },
      },
      async (request, reply) => {
        const answer = await signOutEverywhere(ctxOf(request), deps.config);
        reply.clearCookie(sessionCookie, { path: '/' });
        return answer;
      },
    );
  };
