import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { brandingInput, brandingSchema } from './campaigns.branding.schemas.ts';
import { branding, brandLogo, changeBranding } from './campaigns.branding.ts';
import { promoDraft, renderPromo } from './campaigns.promo.ts';
import { readabilityOf } from './campaigns.readability.ts';
import { promoDraftSchema, promoInput, readabilityInput, readabilitySchema } from './campaigns.schemas.ts';

const tags = ['campaigns'];

/** The promo studio (L&D) and the plain-language check (anyone writing a message). */
export const promoRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/campaigns/:id/promo',
      {
        schema: {
          tags,
          summary: "The promo studio's starting texts in nl and en, the ready texts and their B1 check",
          params: idParams,
          response: { 200: promoDraftSchema, ...problems },
        },
      },
      async (request) => promoDraft(ctxOf(request), request.params.id, deps.config.baseUrl),
    );
    app.post(
      '/campaigns/:id/promo',
      {
        schema: {
          tags,
          summary:
            'Make material from a template: poster PDF with QR code, banner SVG or PNG, or a ready text',
          params: idParams,
          body: promoInput,
          produces: ['application/pdf', 'image/svg+xml', 'image/png', 'text/plain'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const file = await renderPromo(ctxOf(request), request.params.id, request.body, deps.config.baseUrl);
        // Banners (SVG, PNG) are always a download, to be put on the intranet as they are.
        return fileHeaders(reply, {
          fileName: file.fileName,
          contentType: file.contentType,
          inline: !file.contentType.startsWith('image/'),
        }).send(file.body as never);
      },
    );
    app.get(
      '/campaign-branding',
      {
        schema: {
          tags,
          summary: "The promo studio's colour (with its contrast to white text) and whether a logo is set",
          response: { 200: brandingSchema, ...problems },
        },
      },
      async (request) => branding(ctxOf(request)),
    );
    app.put(
      '/campaign-branding',
      {
        schema: {
          tags,
          summary: 'Set the colour (at least 4.5:1 with white text) and upload or remove the logo (PNG/JPEG)',
          body: brandingInput,
          response: { 204: z.null(), ...problems },
        },
        bodyLimit: 512 * 1024,
      },
      async (request, reply) => {
        await changeBranding(ctxOf(request), request.body);
        return reply.status(204).send(null);
      },
    );
    app.get(
      '/campaign-branding/logo',
      {
        schema: {
          tags,
          summary: 'The logo as uploaded (PNG or JPEG)',
          produces: ['image/png', 'image/jpeg'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const logo = await brandLogo(ctxOf(request));
        return reply
          .header('content-type', logo.contentType)
          .header('cache-control', 'private, no-cache')
          .send(logo.body as never);
      },
    );
    app.post(
      '/readability',
      {
        schema: {
          tags,
          summary: 'Plain-language (B1) check of a Dutch or English text: long sentences, difficult words',
          body: readabilityInput,
          response: { 200: readabilitySchema, ...problems },
        },
      },
      async (request) => {
        ctxOf(request);
        return readabilityOf(request.body.text, request.body.locale);
      },
    );
  };
