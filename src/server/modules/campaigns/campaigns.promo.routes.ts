import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ctxOf } from '../../core/context.ts';
import type { ModuleDeps } from '../../core/module.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { fileHeaders } from '../../http/file-response.ts';
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
          summary: 'Make material from a template: poster PDF with QR code, banner SVG, or a ready text',
          params: idParams,
          body: promoInput,
          produces: ['application/pdf', 'image/svg+xml', 'text/plain'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const file = await renderPromo(ctxOf(request), request.params.id, request.body, deps.config.baseUrl);
        return fileHeaders(reply, { fileName: file.fileName, contentType: file.contentType }).send(
          file.body as never,
        );
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
