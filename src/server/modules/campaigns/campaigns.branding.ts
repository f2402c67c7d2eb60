import { contrastWithWhite, minimumContrast } from '../../../shared/contrast.ts';
import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import type { TenantDb } from '../../db/tenant.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import type { BrandingInput } from './campaigns.branding.schemas.ts';

// The organisation's colour and logo for the promo studio. White text sits on the colour, so the
// colour must give a contrast of at least 4.5:1 (WCAG AA); the logo is a PNG or JPEG, checked by its
// first bytes, not by what the browser says it is.

export const defaultColour = '#1c6e4d';

export const rgbOf = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16) / 255);
  return { r: r!, g: g!, b: b! };
};

function imageType(bytes: Buffer): 'image/png' | 'image/jpeg' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

export const brandingOf = async (tenant: TenantDb) =>
  (await tenant
    .selectFrom('campaign_branding')
    .select(['colour', 'logo', 'logo_type'])
    .executeTakeFirst()) ?? { colour: defaultColour, logo: null, logo_type: null };
export type Branding = Awaited<ReturnType<typeof brandingOf>>;

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');

export async function branding(ctx: Ctx) {
  assertManages(ctx);
  const row = await brandingOf(ctx.db);
  return { colour: row.colour, contrast: contrastWithWhite(row.colour), hasLogo: row.logo !== null };
}

export async function brandLogo(ctx: Ctx) {
  assertManages(ctx);
  const row = await brandingOf(ctx.db);
  if (!row.logo || !row.logo_type) throw notFound('Logo');
  return { body: Buffer.from(row.logo), contentType: row.logo_type };
}

/** Set the colour (refused below 4.5:1 with white) and, optionally, upload or remove the logo. */
export async function changeBranding(ctx: Ctx, input: BrandingInput) {
  assertManages(ctx);
  const colour = input.colour.toLowerCase();
  const contrast = contrastWithWhite(colour);
  if (contrast < minimumContrast)
    throw invalidField(
      'colour',
      `white text on this colour has a contrast of ${contrast}:1; at least ${minimumContrast}:1 is needed`,
      'lowContrast',
    );
  let logo: { logo: Buffer | null; logo_type: 'image/png' | 'image/jpeg' | null } | undefined;
  if (input.logo === null) logo = { logo: null, logo_type: null };
  else if (input.logo !== undefined) {
    const bytes = Buffer.from(input.logo, 'base64');
    const type = imageType(bytes);
    if (!type) throw invalidField('logo', 'a PNG or JPEG image', 'invalidImage');
    if (bytes.length > 262_144) throw invalidField('logo', 'at most 256 KB', 'tooLong');
    logo = { logo: bytes, logo_type: type };
  }
  await runChange(ctx, async (tx) => {
    const values = { colour, ...(logo ?? {}), updated_at: new Date() };
    await tx.db
      .insertInto('campaign_branding', values)
      .onConflict((oc) => oc.column('organisation_id').doUpdateSet(values as never))
      .execute();
    tx.record({
      action: 'campaign.branding_changed',
      changes: { colour, logo: logo === undefined ? 'unchanged' : logo.logo ? 'uploaded' : 'removed' },
    });
  });
}
