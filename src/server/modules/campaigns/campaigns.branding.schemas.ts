import { z } from 'zod';

export const brandingSchema = z
  .object({
    colour: z.string().describe('The main colour, #rrggbb; white text sits on it'),
    contrast: z.number().describe('Contrast of white text on the colour (at least 4.5)'),
    hasLogo: z.boolean(),
  })
  .meta({ id: 'CampaignBranding' });

export const brandingInput = z.object({
  colour: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb'),
  logo: z
    .string()
    .max(360_000)
    .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64')
    .nullable()
    .optional()
    .describe('A PNG or JPEG (at most 256 KB) as base64; null removes the logo; left out keeps it'),
});
export type BrandingInput = z.infer<typeof brandingInput>;
