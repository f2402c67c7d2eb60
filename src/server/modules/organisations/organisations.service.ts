import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Locale } from '../../db/schema.ts';
import { forOrganisation } from '../../db/tenant.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { recordEvent } from '../audit/index.ts';
import { sendAuthLink } from '../auth/index.ts';

export const newOrganisationInput = z.object({
  name: z.string().trim().min(2).max(120),
  slug: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and dashes')
    .optional(),
  defaultLocale: z.enum(['nl', 'en']).default('nl'),
  owner: z.object({
    givenName: z.string().trim().min(1).max(100),
    familyNamePrefix: z.string().trim().max(30).optional(),
    familyName: z.string().trim().min(1).max(100),
    email: z.email().transform((email) => email.toLowerCase()),
  }),
});
export type NewOrganisationInput = z.input<typeof newOrganisationInput>;

const slugOf = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'organisatie';

/**
 * A real organisation with its first owner, who gets an invitation to choose a password. This is how
 * a self-hosted Groeipad starts (`npm run org:create`); everything else is done in the app.
 */
export async function createOrganisation(
  db: Db,
  raw: NewOrganisationInput,
  baseUrl: string,
): Promise<{ organisationId: string; ownerId: string; invitationLink: string }> {
  const parsed = newOrganisationInput.safeParse(raw);
  if (!parsed.success) {
    const errors: FieldError[] = parsed.error.issues.map((issue) => ({
      field: issue.path.join('.'),
      message: issue.message,
      code: 'invalid',
    }));
    throw new AppError('validation_failed', errors.map((e) => `${e.field}: ${e.message}`).join('; '), {
      errors,
    });
  }
  const input = parsed.data;
  const slug = input.slug ?? slugOf(input.name);
  return db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('organisations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (taken)
      throw new AppError('validation_failed', `slug: "${slug}" is already used`, {
        errors: [{ field: 'slug', message: `"${slug}" is already used`, code: 'taken' }],
      });
    const organisation = await trx
      .insertInto('organisations')
      .values({ name: input.name, slug, default_locale: input.defaultLocale })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tenant = forOrganisation(trx, organisation.id);
    const owner = await tenant
      .insertInto('people', {
        given_name: input.owner.givenName,
        family_name_prefix: input.owner.familyNamePrefix || null,
        family_name: input.owner.familyName,
        email: input.owner.email,
        status: 'active',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await tenant.insertInto('person_roles', { person_id: owner.id, role: 'owner' }).execute();
    await recordEvent(tenant, null, {
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: organisation.id,
    });
    const invitationLink = await sendAuthLink(tenant, {
      purpose: 'invitation',
      person: {
        id: owner.id,
        email: input.owner.email,
        givenName: input.owner.givenName,
        locale: input.defaultLocale as Locale,
      },
      organisationName: input.name,
      createdBy: null,
      baseUrl,
    });
    return { organisationId: organisation.id, ownerId: owner.id, invitationLink };
  });
}
