import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { storageFor } from '../files/index.ts';
import {
  leaversOverview,
  listOrganisationExports,
  myDataZip,
  privacySettings,
  readyOrganisationExport,
} from './privacy.read.ts';
import {
  erasureSchema,
  leaverSchema,
  organisationExportSchema,
  privacySettingsSchema,
  retentionBody,
} from './privacy.schemas.ts';
import { erasePersonNow, requestOrganisationExport, setRetention } from './privacy.service.ts';

const tags = ['privacy'];
const zip = ['application/zip', 'application/problem+json'];

export const privacyRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/privacy/me/export',
      {
        schema: {
          tags,
          summary: 'All my data, as a zip of JSON and CSV with an index in my language',
          produces: zip,
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const { date, zip: content } = await myDataZip(ctxOf(request));
        return fileHeaders(reply, {
          fileName: `groeipad-gegevens-${date}.zip`,
          contentType: 'application/zip',
          inline: false,
        })
          .header('cache-control', 'no-store')
          .send(content as never);
      },
    );
    app.get(
      '/privacy/settings',
      {
        schema: {
          tags,
          summary: 'Retention per kind of data, and what is kept for legal reasons (HR)',
          response: { 200: privacySettingsSchema, ...problems },
        },
      },
      async (request) => privacySettings(ctxOf(request)),
    );
    app.put(
      '/privacy/settings',
      {
        schema: {
          tags,
          summary: 'Set the months after leaving before each kind of data is erased (HR)',
          body: retentionBody,
          response: { 200: privacySettingsSchema, ...problems },
        },
      },
      async (request) => {
        const ctx = ctxOf(request);
        await setRetention(ctx, request.body.months);
        return privacySettings(ctx);
      },
    );
    app.get(
      '/privacy/leavers',
      {
        schema: {
          tags,
          summary: 'People who left, and which kinds of their data are erased (HR)',
          response: { 200: z.array(leaverSchema), ...problems },
        },
      },
      async (request) => leaversOverview(ctxOf(request)),
    );
    app.post(
      '/privacy/leavers/:id/erasure',
      {
        schema: {
          tags,
          summary: 'Erase or anonymise everything of a person who has left, now (HR)',
          params: idParams,
          response: { 200: erasureSchema, 409: problems[400], ...problems },
        },
      },
      async (request) => erasePersonNow(ctxOf(request), request.params.id),
    );
    app.get(
      '/privacy/organisation-exports',
      {
        schema: {
          tags,
          summary: "The organisation's exports, newest first (owner)",
          response: { 200: z.array(organisationExportSchema), ...problems },
        },
      },
      async (request) => listOrganisationExports(ctxOf(request)),
    );
    app.post(
      '/privacy/organisation-exports',
      {
        schema: {
          tags,
          summary: 'Ask for an export of the whole organisation; a job builds it (owner)',
          response: { 202: z.object({ id: z.uuid() }), ...problems },
        },
      },
      async (request, reply) =>
        reply.status(202).send({ id: await requestOrganisationExport(ctxOf(request)) }),
    );
    app.get(
      '/privacy/organisation-exports/:id/download',
      {
        schema: {
          tags,
          summary: 'Download a ready organisation export (owner)',
          params: idParams,
          produces: zip,
          response: { 409: problems[400], ...problems },
        },
      },
      async (request, reply) => {
        const { storageKey, date } = await readyOrganisationExport(ctxOf(request), request.params.id);
        return fileHeaders(reply, {
          fileName: `groeipad-organisatie-${date}.zip`,
          contentType: 'application/zip',
          inline: false,
        })
          .header('cache-control', 'no-store')
          .send((await storageFor(deps.config).read(storageKey)) as never);
      },
    );
  };
