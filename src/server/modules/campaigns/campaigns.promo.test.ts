import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { campaignBody } from './campaigns.fixtures.ts';
import { readabilityOf } from './campaigns.readability.ts';

// The promo studio makes real files from a campaign's texts, and writers get a B1 check in nl and en.
const { app, db } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let campaignId: string;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  const created = await org.as.ldAdmin.post('/api/v1/campaigns', campaignBody());
  expect(created.statusCode, created.body).toBe(201);
  campaignId = created.json<{ id: string }>().id;
});

/**
 * A PNG decoded far enough to trust it: signature, IHDR (size, 8-bit RGBA), the IDAT stream inflating
 * to exactly one filter byte plus width × 4 bytes per row, and the first pixel (never filtered away).
 */
function decodePng(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let header = { width: 0, height: 0, depth: 0, colour: 0 };
  const data: Buffer[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const chunk = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR')
      header = {
        width: chunk.readUInt32BE(0),
        height: chunk.readUInt32BE(4),
        depth: chunk[8]!,
        colour: chunk[9]!,
      };
    if (type === 'IDAT') data.push(chunk);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const channels = header.colour === 6 ? 4 : 3;
  expect(header.depth).toBe(8);
  expect(raw.length).toBe(header.height * (1 + header.width * channels));
  return { width: header.width, height: header.height, firstPixel: [...raw.subarray(1, 4)] };
}

const promo = (body: Record<string, unknown>) =>
  org.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/promo`, body);

describe('the promo studio', () => {
  it('starts from the hum banner in both languages, with ready texts leading to its link', async () => {
    const draft = await org.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}/promo`);
    expect(draft.statusCode, draft.body).toBe(200);
    const body = draft.json<{
      link: string;
      versions: { locale: string; headline: string; ready: { mail: string }; readability: { b1: boolean } }[];
    }>();
    expect(body.link).toMatch(/\/learning\/catalogue$/);
    expect(body.versions.map((v) => [v.locale, v.headline])).toEqual([
      ['nl', 'Vraag eens om feedback'],
      ['en', 'Ask for feedback'],
    ]);
    expect(body.versions[0]!.ready.mail).toContain('Ga naar Groeipad');
    expect(body.versions[1]!.ready.mail).toContain(body.link);
    expect(body.versions.every((v) => v.readability.b1)).toBe(true);
  });

  it('makes an A4 and an A3 poster PDF with the edited headline', async () => {
    const a4 = await promo({
      format: 'poster_a4',
      locale: 'en',
      headline: 'Feedback month',
      text: 'Ask one question.',
    });
    expect(a4.statusCode, a4.body).toBe(200);
    expect(a4.headers['content-type']).toBe('application/pdf');
    const pdf = await PDFDocument.load(a4.rawPayload);
    expect(pdf.getTitle()).toBe('Feedback month');
    expect(pdf.getPage(0).getSize()).toEqual({ width: 595, height: 842 });
    const a3 = await promo({ format: 'poster_a3', locale: 'nl', headline: 'Feedbackmaand' });
    expect((await PDFDocument.load(a3.rawPayload)).getPage(0).getSize()).toEqual({
      width: 842,
      height: 1191,
    });
  });

  it('makes banners as SVG downloads, with the text escaped', async () => {
    const wide = await promo({ format: 'banner_wide', locale: 'nl', headline: 'Leren <script>& meer' });
    expect(wide.statusCode).toBe(200);
    expect(wide.headers['content-type']).toContain('image/svg+xml');
    expect(wide.headers['content-disposition']).toMatch(/^attachment/);
    expect(wide.body).toContain('width="1200" height="300"');
    expect(wide.body).toContain('Leren &lt;script&gt;&amp; meer');
    expect(wide.body).not.toContain('<script>');
    const square = await promo({ format: 'banner_square', locale: 'en', headline: 'Learn' });
    expect(square.body).toContain('width="1080" height="1080"');
  });

  it('makes banners as PNG in their sizes, drawn in the organisation colour', async () => {
    const wide = await promo({ format: 'banner_wide_png', locale: 'nl', headline: 'Groeiweek' });
    expect(wide.statusCode, wide.body).toBe(200);
    expect(wide.headers['content-type']).toBe('image/png');
    expect(wide.headers['content-disposition']).toMatch(
      /^attachment; filename="feedbackmaand-banner-wide-nl\.png"/,
    );
    // The default colour #1c6e4d fills the background, so the top left pixel is that green.
    expect(decodePng(wide.rawPayload)).toEqual({ width: 1200, height: 300, firstPixel: [0x1c, 0x6e, 0x4d] });
    const square = await promo({
      format: 'banner_square_png',
      locale: 'en',
      language: 'ar',
      headline: 'أسبوع النمو',
    });
    expect(square.statusCode, square.body).toBe(200);
    expect(decodePng(square.rawPayload)).toMatchObject({ width: 1080, height: 1080 });
  });

  it('marks a banner in another language with its lang, right-to-left text right-aligned', async () => {
    const arabic = await promo({
      format: 'banner_wide',
      locale: 'en',
      language: 'ar',
      headline: 'أسبوع النمو',
    });
    expect(arabic.statusCode, arabic.body).toBe(200);
    expect(arabic.body).toContain('lang="ar"');
    // Right-aligned: anchored at its end on the right of the text area (left of the QR code).
    expect(arabic.body).toMatch(/<text x="(\d+)"[^>]* text-anchor="end">أسبوع النمو<\/text>/);
    expect(Number(/<text x="(\d+)"[^>]* text-anchor="end">/.exec(arabic.body)?.[1])).toBeGreaterThan(600);
    expect(arabic.body).toContain('أسبوع النمو');
    expect(arabic.headers['content-disposition']).toContain('-ar.svg');
    const unknown = await promo({ format: 'banner_wide', locale: 'en', language: 'xx', headline: 'X' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ errors: [expect.objectContaining({ field: 'language' })] });
  });

  it('prints a Polish poster with an embedded font instead of question marks; an Arabic one is refused', async () => {
    const polish = await promo({
      format: 'poster_a4',
      locale: 'nl',
      language: 'pl',
      headline: 'Poproś o informację zwrotną',
      text: 'Łatwe pytanie.',
    });
    expect(polish.statusCode, polish.body).toBe(200);
    const pdf = await PDFDocument.load(polish.rawPayload);
    expect(pdf.getTitle()).toBe('Poproś o informację zwrotną');
    const fonts = pdf.context
      .enumerateIndirectObjects()
      .map(([, object]) => object.toString())
      .filter((text) => text.includes('/BaseFont'));
    expect(fonts.join(' ')).toMatch(/\/BaseFont \/DejaVuSans/);
    // Latin-1 texts keep the standard fonts (a small file).
    const dutch = await PDFDocument.load(
      (await promo({ format: 'poster_a4', locale: 'nl', headline: 'Groeiweek' })).rawPayload,
    );
    expect(
      dutch.context
        .enumerateIndirectObjects()
        .map(([, o]) => o.toString())
        .join(' '),
    ).toContain('/Helvetica-Bold');
    const arabic = await promo({
      format: 'poster_a4',
      locale: 'en',
      language: 'ar',
      headline: 'أسبوع النمو',
    });
    expect(arabic.statusCode).toBe(400);
    expect(arabic.json()).toMatchObject({
      errors: [expect.objectContaining({ field: 'language', code: 'posterScript' })],
    });
  });

  it('makes the Teams/Slack post and newsletter text in the chosen language', async () => {
    const chat = await promo({ format: 'chat', locale: 'en', headline: 'Growth week', text: 'Join us.' });
    expect(chat.headers['content-type']).toContain('text/plain');
    expect(chat.body).toContain('**Growth week**');
    expect(chat.body).toContain('Open Groeipad');
    const news = await promo({ format: 'newsletter', locale: 'nl', headline: 'Groeiweek', text: 'Doe mee.' });
    expect(news.body).toMatch(/^Groeiweek — Doe mee\. Doe mee: http/);
  });

  it('refuses another organisation, an employee and someone not signed in', async () => {
    const body = { format: 'poster_a4', locale: 'nl', headline: 'x' };
    expect((await other.as.ldAdmin.post(`/api/v1/campaigns/${campaignId}/promo`, body)).statusCode).toBe(404);
    expect((await other.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}/promo`)).statusCode).toBe(404);
    expect((await org.as.employee.post(`/api/v1/campaigns/${campaignId}/promo`, body)).statusCode).toBe(403);
    expect((await org.anonymous.get(`/api/v1/campaigns/${campaignId}/promo`)).statusCode).toBe(401);
    expect((await org.anonymous.post(`/api/v1/campaigns/${campaignId}/promo`, body)).statusCode).toBe(401);
  });
});

describe('the B1 check', () => {
  it('passes short plain Dutch and flags a long officialese sentence with its difficult words', () => {
    expect(readabilityOf('Vraag deze maand om feedback. Het kost vijf minuten.', 'nl')).toMatchObject({
      b1: true,
      sentences: 2,
      longSentences: [],
    });
    const hard = readabilityOf(
      'In het kader van de implementatie van het nieuwe competentiemanagementbeleid verzoeken wij alle medewerkers om gedurende de komende beoordelingsperiode systematisch feedback te verzamelen bij hun leidinggevenden.',
      'nl',
    );
    expect(hard.b1).toBe(false);
    expect(hard.longSentences).toHaveLength(1);
    expect(hard.difficultWords).toEqual(
      expect.arrayContaining(['competentiemanagementbeleid', 'beoordelingsperiode', 'leidinggevenden']),
    );
    expect(hard.ease).toBeLessThan(60);
  });

  it('scores English with Flesch reading ease', () => {
    expect(readabilityOf('Ask a colleague for feedback. It takes five minutes.', 'en').ease).toBeGreaterThan(
      80,
    );
    const hard = readabilityOf(
      'Comprehensive institutionalisation of developmental methodologies necessitates interdepartmental collaboration.',
      'en',
    );
    expect(hard.b1).toBe(false);
    expect(hard.difficultWords).toContain('institutionalisation');
  });

  it('is an endpoint for anyone signed in; bad input names its field', async () => {
    const ok = await org.as.employee.post('/api/v1/readability', {
      locale: 'en',
      text: 'Learn today. It helps.',
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ b1: true, sentences: 2, words: 4 });
    const bad = await org.as.employee.post('/api/v1/readability', { locale: 'pl', text: 'Cześć' });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('locale');
    expect((await org.anonymous.post('/api/v1/readability', { locale: 'nl', text: 'x' })).statusCode).toBe(
      401,
    );
  });

  it('comes with every message preview, per language', async () => {
    const created = await org.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}`);
    const messageId = created.json<{ messages: { id: string }[] }>().messages[0]!.id;
    const preview = await org.as.ldAdmin.get(`/api/v1/campaigns/${campaignId}/messages/${messageId}/preview`);
    expect(
      preview.json<{ versions: { readability: { locale: string; b1: boolean } }[] }>().versions,
    ).toMatchObject([
      { readability: { locale: 'nl', b1: true } },
      { readability: { locale: 'en', b1: true } },
    ]);
  });
});
