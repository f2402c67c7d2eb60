import type { Ctx } from '../../../core/context.ts';
import type { Db } from '../../../db/database.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan, can, personIdOf } from '../../access/index.ts';
import { certificatePdf } from './certificate.pdf.ts';

const verificationUrl = (baseUrl: string, code: string) => `${baseUrl}/certificates/verify/${code}`;

/** A certificate as PDF: one's own, or any for L&D. */
export async function certificateAsPdf(ctx: Ctx, input: { id: string; baseUrl: string }) {
  assertCan(ctx.auth, 'catalogue.read');
  const certificate = await ctx.db
    .selectFrom('certificates')
    .selectAll()
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!certificate || (certificate.person_id !== personIdOf(ctx.auth) && !can(ctx.auth, 'catalogue.manage')))
    throw notFound('Certificate');
  const organisation = await ctx.db.executor
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', ctx.organisationId)
    .executeTakeFirstOrThrow();
  const pdf = await certificatePdf({
    title: certificate.title,
    recipientName: certificate.recipient_name,
    organisationName: organisation.name,
    issuedAt: certificate.issued_at,
    verificationUrl: verificationUrl(input.baseUrl, certificate.verification_code),
    locale: ctx.locale,
    timeZone: ctx.timeZone,
  });
  return { pdf, fileName: `certificate-${certificate.id.slice(0, 8)}.pdf` };
}

/**
 * What a certificate's code confirms, for anyone, signed in or not. The code is unguessable and
 * global: this is the one lookup that does not start from an organisation.
 */
export async function verifyCertificate(db: Db, code: string) {
  const row = await db
    .selectFrom('certificates')
    .innerJoin('organisations', 'organisations.id', 'certificates.organisation_id')
    .select([
      'certificates.title',
      'certificates.recipient_name',
      'certificates.issued_at',
      'certificates.subject_kind',
      'organisations.name',
    ])
    .where('certificates.verification_code', '=', code)
    .executeTakeFirst();
  if (!row) throw notFound('Certificate');
  return {
    title: row.title,
    recipientName: row.recipient_name,
    organisationName: row.name,
    issuedAt: row.issued_at.toISOString(),
    type: row.subject_kind,
  };
}
