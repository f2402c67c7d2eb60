import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { Resvg } from '@resvg/resvg-js';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import { encode } from 'uqr';
import type { Ctx } from '../../core/context.ts';
import { invalidField, notFound } from '../../http/errors.ts';
import { assertCan } from '../access/index.ts';
import { type Branding, brandingOf, rgbOf } from './campaigns.branding.ts';
import { directionOf, type Translations } from './campaigns.languages.ts';
import { readabilityOf } from './campaigns.readability.ts';
import { findCampaign, messagesOf } from './campaigns.repository.ts';
import type { PromoInput } from './campaigns.schemas.ts';
import { defaultSettings, settingsOf } from './campaigns.settings.repository.ts';

// The promo studio: ready material for a campaign from templates, in Dutch and English. Posters
// are PDF (pdf-lib) with a QR code (uqr) to the campaign's learning; banners SVG in common sizes;
// the mail card, the Teams/Slack post and the newsletter text are plain text to paste.

type Locale = 'nl' | 'en';

const words: Record<Locale, { cta: string; scan: string; newsletter: string; chat: string }> = {
  nl: {
    cta: 'Ga naar Groeipad',
    scan: 'Scan de code en begin meteen',
    newsletter: 'Doe mee',
    chat: 'Meer weten? Open Groeipad',
  },
  en: {
    cta: 'Open Groeipad',
    scan: 'Scan the code and start right away',
    newsletter: 'Join in',
    chat: 'Want to know more? Open Groeipad',
  },
};

const assertManages = (ctx: Ctx) => assertCan(ctx.auth, 'catalogue.manage');

async function campaignFacts(ctx: Ctx, id: string, baseUrl: string) {
  const row = await findCampaign(ctx.db, id);
  if (!row) throw notFound('Campaign');
  const messages = await messagesOf(ctx.db, id);
  // The starting text: the hum banner (else the first message), else the campaign's title.
  const first = messages.find((m) => m.channel === 'banner') ?? messages[0];
  const link = `${baseUrl}${messages.find((m) => m.link)?.link ?? '/'}`;
  return { row, first, link };
}

/** The studio's starting texts in both languages, what each ready text reads like, and the B1 check. */
export async function promoDraft(ctx: Ctx, id: string, baseUrl: string) {
  assertManages(ctx);
  const { row, first, link } = await campaignFacts(ctx, id, baseUrl);
  const versions = (['nl', 'en'] as const).map((locale) => {
    const headline = (locale === 'nl' ? first?.title_nl : first?.title_en) ?? row.title;
    const text = (locale === 'nl' ? first?.body_nl : first?.body_en) ?? '';
    return {
      locale,
      headline,
      text,
      readability: readabilityOf(`${headline}. ${text}`, locale),
      ready: readyTexts({ locale, headline, text }, link),
    };
  });
  // Other languages the organisation writes in: the same message's text where it has one.
  const enabled = ((await settingsOf(ctx.db)) ?? defaultSettings).content_languages;
  const translations = (first?.translations ?? {}) as Translations;
  const otherLanguages = enabled.map((language) => ({
    language,
    dir: directionOf(language),
    headline: translations[language]?.title ?? '',
    text: translations[language]?.body ?? '',
  }));
  return { campaignId: row.id, title: row.title, link, versions, otherLanguages };
}

function readyTexts(input: { locale: Locale; headline: string; text: string }, link: string) {
  const w = words[input.locale];
  return {
    mail: `${input.headline}\n\n${input.text}\n\n${w.cta}: ${link}`,
    chat: `**${input.headline}**\n${input.text}\n${w.chat}: ${link}`,
    newsletter: `${input.headline} — ${input.text} ${w.newsletter}: ${link}`,
  };
}

const fileBase = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .toLowerCase()
    .slice(0, 40) || 'campaign';

/** One piece of material with the writer's texts: a PDF poster, an SVG banner or a ready text. */
export async function renderPromo(ctx: Ctx, id: string, input: PromoInput, baseUrl: string) {
  assertManages(ctx);
  const { row, link } = await campaignFacts(ctx, id, baseUrl);
  const brand = await brandingOf(ctx.db);
  const name = `${fileBase(row.title)}-${input.format.replace('_png', '').replace('_', '-')}-${input.language ?? input.locale}`;
  if (input.format === 'poster_a4' || input.format === 'poster_a3') {
    // pdf-lib draws glyphs left to right without joining them: Arabic or Hebrew would print wrong.
    if (
      directionOf(input.language ?? input.locale) === 'rtl' ||
      rightToLeftText.test(input.headline + input.text)
    )
      throw invalidField(
        'language',
        'posters are not made in right-to-left scripts yet; make a banner',
        'posterScript',
      );
    return {
      contentType: 'application/pdf',
      fileName: `${name}.pdf`,
      body: Buffer.from(await posterPdf(input, link, input.format === 'poster_a3' ? 'A3' : 'A4', brand)),
    };
  }
  if (input.format === 'banner_wide' || input.format === 'banner_square')
    return {
      contentType: 'image/svg+xml',
      fileName: `${name}.svg`,
      body: Buffer.from(
        bannerSvg(input, link, input.format === 'banner_wide' ? [1200, 300] : [1080, 1080], brand),
      ),
    };
  if (input.format === 'banner_wide_png' || input.format === 'banner_square_png') {
    const size: [number, number] = input.format === 'banner_wide_png' ? [1200, 300] : [1080, 1080];
    return {
      contentType: 'image/png',
      fileName: `${name}.png`,
      body: bannerPng(bannerSvg(input, link, size, brand)),
    };
  }
  return {
    contentType: 'text/plain; charset=utf-8',
    fileName: `${name}.txt`,
    body: Buffer.from(readyTexts(input, link)[input.format]),
  };
}

// Standard fonts speak WinAnsi only: replace what they cannot draw rather than fail.
const safe = (text: string) => text.replace(/[^\u0020-\u007e\u00a0-\u00ff]/g, '?');
const isLatin1 = (text: string) => /^[\u0020-\u007e\u00a0-\u00ff\n]*$/.test(text);
const rightToLeftText = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]/;

// Text beyond Latin-1 (Polish ł, Turkish ğ, Greek, Cyrillic) is drawn with DejaVu Sans, embedded as a
// subset. The font comes with the app (the dejavu-fonts-ttf package), not from the machine, so a poster
// looks the same on every server and container.
const fontFile = (name: string) => createRequire(import.meta.url).resolve(`dejavu-fonts-ttf/ttf/${name}`);
const dejaVu = { regular: fontFile('DejaVuSans.ttf'), bold: fontFile('DejaVuSans-Bold.ttf') };
async function posterFonts(pdf: PDFDocument, texts: string[]) {
  if (texts.every(isLatin1))
    return {
      regular: await pdf.embedFont(StandardFonts.Helvetica),
      bold: await pdf.embedFont(StandardFonts.HelveticaBold),
      clean: safe,
    };
  const [regular, bold] = await Promise.all([readFile(dejaVu.regular), readFile(dejaVu.bold)]);
  pdf.registerFontkit(fontkit);
  return {
    regular: await pdf.embedFont(regular, { subset: true }),
    bold: await pdf.embedFont(bold, { subset: true }),
    clean: (text: string) => text,
  };
}

function wrap(text: string, font: PDFFont, size: number, width: number, clean: (text: string) => string) {
  const lines: string[] = [];
  for (const paragraph of clean(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const next = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(next, size) > width && line) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return lines;
}

function drawQr(page: PDFPage, value: string, x: number, y: number, side: number) {
  const { data, size } = encode(value, { border: 2 });
  const cell = side / size;
  page.drawRectangle({ x, y, width: side, height: side, color: rgb(1, 1, 1) });
  data.forEach((rowCells, r) => {
    rowCells.forEach((dark, c) => {
      if (dark)
        page.drawRectangle({
          x: x + c * cell,
          y: y + side - (r + 1) * cell,
          width: cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
    });
  });
}

async function posterPdf(input: PromoInput, link: string, paper: 'A4' | 'A3', brand: Branding) {
  const green = rgbOf(brand.colour);
  const [width, height] = paper === 'A4' ? [595, 842] : [842, 1191];
  const scale = width / 595;
  const pdf = await PDFDocument.create();
  const { regular, bold, clean } = await posterFonts(pdf, [input.headline, input.text]);
  pdf.setTitle(clean(input.headline));
  pdf.setProducer('Groeipad');
  pdf.setLanguage(input.language ?? (input.locale === 'nl' ? 'nl-NL' : 'en-GB'));
  const page = pdf.addPage([width, height]);
  const band = 260 * scale;
  page.drawRectangle({ x: 0, y: height - band, width, height: band, color: rgb(green.r, green.g, green.b) });
  const margin = 48 * scale;
  // The organisation's logo on a white plate in the band's top right corner (at most 150 × 60 pt).
  let logoWidth = 0;
  if (brand.logo && brand.logo_type) {
    const bytes = Buffer.from(brand.logo);
    const image = brand.logo_type === 'image/png' ? await pdf.embedPng(bytes) : await pdf.embedJpg(bytes);
    const fit = image.scaleToFit(150 * scale, 60 * scale);
    const pad = 8 * scale;
    logoWidth = fit.width + 2 * pad;
    const top = height - 28 * scale;
    page.drawRectangle({
      x: width - margin - fit.width - 2 * pad,
      y: top - fit.height - 2 * pad,
      width: fit.width + 2 * pad,
      height: fit.height + 2 * pad,
      color: rgb(1, 1, 1),
    });
    page.drawImage(image, {
      x: width - margin - fit.width - pad,
      y: top - fit.height - pad,
      width: fit.width,
      height: fit.height,
    });
  }
  let y = height - 90 * scale;
  const headlineWidth = width - 2 * margin - (logoWidth ? logoWidth + 16 * scale : 0);
  for (const line of wrap(input.headline, bold, 40 * scale, headlineWidth, clean).slice(0, 4)) {
    page.drawText(line, { x: margin, y, size: 40 * scale, font: bold, color: rgb(1, 1, 1) });
    y -= 48 * scale;
  }
  y = height - band - 60 * scale;
  for (const line of wrap(input.text, regular, 20 * scale, width - 2 * margin, clean).slice(0, 14)) {
    page.drawText(line, { x: margin, y, size: 20 * scale, font: regular, color: rgb(0.1, 0.1, 0.1) });
    y -= 28 * scale;
  }
  const qr = 170 * scale;
  drawQr(page, link, margin, margin + 40 * scale, qr);
  const w = words[input.locale];
  page.drawText(safe(w.scan), {
    x: margin + qr + 24 * scale,
    y: margin + 40 * scale + qr - 30 * scale,
    size: 18 * scale,
    font: bold,
    color: rgb(green.r, green.g, green.b),
  });
  page.drawText(safe(link), {
    x: margin + qr + 24 * scale,
    y: margin + 40 * scale + qr - 58 * scale,
    size: 11 * scale,
    font: regular,
    color: rgb(0.2, 0.2, 0.2),
  });
  return pdf.save();
}

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function bannerSvg(input: PromoInput, link: string, [width, height]: [number, number], brand: Branding) {
  const hex = brand.colour;
  const wide = width > height;
  const { data, size } = encode(link, { border: 1 });
  const qrSide = wide ? height - 60 : 260;
  const cell = qrSide / size;
  const qrX = width - qrSide - 30;
  const qrY = wide ? 30 : height - qrSide - 30;
  const cells = data.flatMap((row, r) => row.map((dark, c) => (dark ? `M${c},${r}h1v1h-1z` : ''))).join('');
  const headlineSize = wide ? 40 : 72;
  // Right-to-left text is right-aligned: its end anchored at the right of the text area. No `direction`
  // attribute: renderers disagree on what start/end mean under it (resvg keeps them visual), while
  // the bidi algorithm orders Arabic or Hebrew letters right to left anyway.
  const language = input.language ?? input.locale;
  const rtl = directionOf(language) === 'rtl';
  const textX = rtl ? (wide ? qrX - 30 : width - 40) : 40;
  const anchor = rtl ? ' text-anchor="end"' : '';
  // Lines short enough for DejaVu Sans Bold (wider than Helvetica) to stay clear of the QR code.
  const lines = input.headline.match(new RegExp(`.{1,${wide ? 30 : 19}}(\\s|$)`, 'g')) ?? [input.headline];
  const headline = lines
    .slice(0, 3)
    .map(
      (line, i) =>
        `<text x="${textX}" y="${(wide ? 80 : brand.logo ? 240 : 160) + i * headlineSize * 1.15}" font-size="${headlineSize}" font-weight="700" fill="#fff"${anchor}>${escapeXml(line.trim())}</text>`,
    )
    .join('');
  // The logo on a white plate: next to the QR code under the headline (wide), above the headline (square).
  const logoBox = wide ? { x: qrX - 230, y: height - 90, w: 200, h: 60 } : { x: 48, y: 38, w: 300, h: 100 };
  const logo =
    brand.logo && brand.logo_type
      ? `<rect x="${logoBox.x - 8}" y="${logoBox.y - 8}" width="${logoBox.w + 16}" height="${logoBox.h + 16}" fill="#fff" rx="6"/><image x="${logoBox.x}" y="${logoBox.y}" width="${logoBox.w}" height="${logoBox.h}" preserveAspectRatio="xMidYMid meet" href="data:${brand.logo_type};base64,${Buffer.from(brand.logo).toString('base64')}"/>`
      : '';
  const cta = `<text x="40" y="${wide ? height - 40 : height - 60}" font-size="${wide ? 24 : 36}" fill="#fff" lang="${input.locale}">${escapeXml(words[input.locale].cta)} →</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${escapeXml(language)}" role="img" aria-label="${escapeXml(input.headline)}" font-family="Helvetica, Arial, sans-serif"><rect width="100%" height="100%" fill="${hex}"/>${logo}${headline}${cta}<rect x="${qrX}" y="${qrY}" width="${qrSide}" height="${qrSide}" fill="#fff"/><path transform="translate(${qrX} ${qrY}) scale(${cell})" d="${cells}" fill="#000"/></svg>`;
}

/**
 * The banner as PNG at its own size: the SVG rasterised by resvg (@resvg/resvg-js, prebuilt binaries
 * from npm), with the app's own DejaVu Sans: it covers Latin, Cyrillic, Greek, Hebrew and Arabic, so
 * Polish, Turkish and Arabic headlines draw too, whatever fonts the server has.
 */
function bannerPng(svg: string) {
  const image = new Resvg(svg, {
    fitTo: { mode: 'original' },
    font: {
      fontFiles: [dejaVu.regular, dejaVu.bold],
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
    },
    logLevel: 'off',
  }).render();
  return image.asPng();
}
