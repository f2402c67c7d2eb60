import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../core/context.ts';
import type { ModuleDeps } from '../../../core/module.ts';
import { idParams, problems } from '../../../http/common.schemas.ts';
import { fileHeaders } from '../../../http/file-response.ts';
import { certificateAsPdf, verifyCertificate } from './certificates.read.ts';

const tags = ['certificates'];

export const verificationSchema = z
  .object({
    title: z.string(),
    recipientName: z.string(),
    organisationName: z.string(),
    issuedAt: z.iso.datetime(),
    type: z.enum(['course', 'path']),
  })
  .meta({ id: 'CertificateVerification' });

export const certificatesRoutes =
  (deps: ModuleDeps): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/certificates/:id/pdf',
      {
        schema: {
          tags,
          summary: 'A certificate as PDF (your own; L&D any)',
          params: idParams,
          produces: ['application/pdf'],
          response: { ...problems },
        },
      },
      async (request, reply) => {
        const { pdf, fileName } = await certificateAsPdf(ctxOf(request), {
          id: request.params.id,
          baseUrl: deps.config.baseUrl,
        });
        return fileHeaders(reply, { fileName, contentType: 'application/pdf' }).send(
          Buffer.from(pdf) as never,
        );
      },
    );

    app.get(
      '/certificates/verify/:code',
      {
        config: { isPublic: true },
        schema: {
          tags,
          summary: 'Check a certificate by the code on it; anyone may, signed in or not',
          security: [],
          params: z.object({ code: z.string().regex(/^[\w-]{10,40}$/) }),
          response: { 200: verificationSchema, 404: problems[404] },
        },
      },
      async (request) => verifyCertificate(deps.db, request.params.code),
    );
  };
