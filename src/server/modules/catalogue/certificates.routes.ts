import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { ModuleDeps } from '../../core/module.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { idParams, problems } from '../../http/common.schemas.ts';
import { notFound } from '../../http/errors.ts';
import { fileHeaders } from '../../http/file-response.ts';
import { assertCan, authOf, can, personIdOf } from '../access/index.ts';
import { certificatePdf } from './certificate.pdf.ts';

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
    const verificationUrl = (code: string) => `${deps.config.baseUrl}/certificates/verify/${code}`;

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
        const auth = authOf(request);
        assertCan(auth, 'catalogue.read');
        const tenant = forOrganisation(deps.db, auth.organisationId);
        const certificate = await tenant
          .selectFrom('certificates')
          .selectAll()
          .where('id', '=', request.params.id)
          .executeTakeFirst();
        if (!certificate || (certificate.person_id !== personIdOf(auth) && !can(auth, 'catalogue.manage')))
          throw notFound('Certificate');
        const organisation = await deps.db
          .selectFrom('organisations')
          .select(['name', 'time_zone'])
          .where('id', '=', auth.organisationId)
          .executeTakeFirstOrThrow();
        const pdf = await certificatePdf({
          title: certificate.title,
          recipientName: certificate.recipient_name,
          organisationName: organisation.name,
          issuedAt: certificate.issued_at,
          verificationUrl: verificationUrl(certificate.verification_code),
          locale: auth.kind === 'person' ? auth.locale : 'nl',
          timeZone: organisation.time_zone,
        });
        return fileHeaders(reply, {
          fileName: `certificate-${certificate.id.slice(0, 8)}.pdf`,
          contentType: 'application/pdf',
        }).send(Buffer.from(pdf) as never);
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
      async (request) => {
        // The code is unguessable and global: this is the one lookup that does not start from an organisation.
        const row = await deps.db
          .selectFrom('certificates')
          .innerJoin('organisations', 'organisations.id', 'certificates.organisation_id')
          .select([
            'certificates.title',
            'certificates.recipient_name',
            'certificates.issued_at',
            'certificates.subject_kind',
            'organisations.name',
          ])
          .where('certificates.verification_code', '=', request.params.code)
          .executeTakeFirst();
        if (!row) throw notFound('Certificate');
        return {
          title: row.title,
          recipientName: row.recipient_name,
          organisationName: row.name,
          issuedAt: row.issued_at.toISOString(),
          type: row.subject_kind,
        };
      },
    );
  };
