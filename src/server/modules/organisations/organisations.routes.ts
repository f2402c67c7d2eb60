import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { problems } from '../../http/common.schemas.ts';
import { organisationSchema, updateOrganisationBody } from './organisations.schemas.ts';
import { organisationView, updateOrganisation } from './organisations.service.ts';

const tags = ['organisation'];

export const organisationRoutes =
  (_deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/organisation',
      { schema: { tags, summary: 'My organisation', response: { 200: organisationSchema, ...problems } } },
      async (request) => organisationView(ctxOf(request)),
    );

    app.patch(
      '/organisation',
      {
        schema: {
          tags,
          summary: 'Change name, default language, time zone or settings (owner)',
          body: updateOrganisationBody,
          response: { 200: organisationSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await updateOrganisation(ctx, request.body);
        return organisationView(ctx);
      },
    );
  };
