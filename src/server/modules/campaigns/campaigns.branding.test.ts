import { PDFDocument, PDFName } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastWithWhite } from '../../../shared/contrast.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { campaignBody } from './campaigns.fixtures.ts';

// Branding in the promo studio: the organisation's colour (checked for contrast with white text) and
// logo (a real PNG or JPEG) on the poster and the banners; only L&D sets it, per organisation.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let campaignId: string;
// A 1×1 PNG.
const png =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody());
  campaignId = created.json<{ id: string }>().id;
});

const promo = (format: string) =>
  org.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/promo`, {
    format,
    locale: 'nl',
    headline: 'Groeiweek',
  });

describe('branding', () => {
  it('computes the WCAG contrast of white text', () => {
    expect(contrastWithWhite('#000000')).toBe(21);
    expect(contrastWithWhite('#ffffff')).toBe(1);
    expect(contrastWithWhite('#1c6e4d')).toBeGreaterThan(4.5);
  });

  it('starts with Groeipad green and no logo', async () => {
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({
      colour: '#1c6e4d',
      hasLogo: false,
    });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding/logo')).statusCode).toBe(404);
  });

  it('refuses a colour white text cannot be read on, and an upload that is not an image, naming the field', async () => {
    const pale = await org.as.ldAdmin.put('/api/v1/campaign-branding', { colour: '#ffdd55' });
    expect(pale.statusCode).toBe(400);
    expect(pale.json()).toMatchObject({ errors: [{ field: 'colour', code: 'lowContrast' }] });
    const notImage = await org.as.ldAdmin.put('/api/v1/campaign-branding', {
      colour: '#7a1f5c',
      logo: Buffer.from('<svg onload="alert(1)"/>').toString('base64'),
    });
    expect(notImage.statusCode).toBe(400);
    expect(notImage.json()).toMatchObject({ errors: [{ field: 'logo', code: 'invalidImage' }] });
    expect((await org.as.ldAdmin.put('/api/v1/campaign-branding', { colour: 'red' })).statusCode).toBe(400);
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({
      colour: '#1c6e4d',
    });
  });

  it('puts the colour and logo on the poster and the banners', async () => {
    const saved = await org.as.ldAdmin.put('/api/v1/campaign-branding', { colour: '#7A1F5C', logo: png });
    expect(saved.statusCode, saved.body).toBe(204);
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({
      colour: '#7a1f5c',
      hasLogo: true,
    });
    const logo = await org.as.ldAdmin.get('/api/v1/campaign-branding/logo');
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.rawPayload.toString('base64')).toBe(png);

    const poster = await promo('poster_a4');
    expect(poster.statusCode, poster.body).toBe(200);
    const page = (await PDFDocument.load(poster.rawPayload)).getPage(0);
    const images = page.node.Resources()?.lookup(PDFName.of('XObject'));
    expect(images?.toString()).toMatch(/Image-/);

    for (const format of ['banner_wide', 'banner_square']) {
      const svg = (await promo(format)).body;
      expect(svg).toContain('fill="#7a1f5c"');
      expect(svg).toContain(`href="data:image/png;base64,${png}"`);
    }
  });

  it('keeps the logo when only the colour changes, removes it with null', async () => {
    await org.as.ldAdmin.put('/api/v1/campaign-branding', { colour: '#123456' });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({ hasLogo: true });
    await org.as.ldAdmin.put('/api/v1/campaign-branding', { colour: '#123456', logo: null });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({ hasLogo: false });
    expect((await promo('banner_wide')).body).not.toContain('<image');
  });

  it('is for L&D only and never crosses organisations', async () => {
    expect((await org.as.employee.get('/api/v1/campaign-branding')).statusCode).toBe(403);
    expect((await org.as.employee.put('/api/v1/campaign-branding', { colour: '#000000' })).statusCode).toBe(
      403,
    );
    expect((await org.as.employee.get('/api/v1/campaign-branding/logo')).statusCode).toBe(403);
    expect((await other.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({
      colour: '#1c6e4d',
    });
    expect((await org.as.ldAdmin.get('/api/v1/campaign-branding')).json()).toMatchObject({
      colour: '#123456',
    });
  });
});
