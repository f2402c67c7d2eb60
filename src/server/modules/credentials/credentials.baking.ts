import { crc32, deflateSync } from 'node:zlib';

// Baked badges (Open Badges 3.0, "Baking"): the signed credential travels inside the image. PNG: an iTXt
// chunk with keyword "openbadgecredential"; SVG: an <openbadges:credential> element with the JSON.

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A round seal with the title; the credential inside, as the spec's SVG baking says. */
export function bakedSvg(credential: object, title: string, kind: 'certificate' | 'badge'): string {
  const json = JSON.stringify(credential).replaceAll(']]>', ']]]]><![CDATA[>');
  const colour = kind === 'badge' ? '#b45309' : '#0f766e';
  const words = title.length > 28 ? `${title.slice(0, 27)}…` : title;
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:openbadges="https://purl.imsglobal.org/ob/v3p0" width="240" height="240" viewBox="0 0 240 240" role="img" aria-label="${escapeXml(title)}">
<openbadges:credential><![CDATA[${json}]]></openbadges:credential>
<circle cx="120" cy="120" r="112" fill="${colour}"/>
<circle cx="120" cy="120" r="96" fill="none" stroke="#fff" stroke-width="4"/>
<text x="120" y="112" text-anchor="middle" font-family="sans-serif" font-size="40" fill="#fff">★</text>
<text x="120" y="150" text-anchor="middle" font-family="sans-serif" font-size="14" fill="#fff">${escapeXml(words)}</text>
</svg>
`;
}

function chunk(type: string, data: Buffer) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A 240×240 round seal as PNG, drawn here (no image library), with the credential in an iTXt chunk. */
export function bakedPng(credential: object, kind: 'certificate' | 'badge'): Buffer {
  const size = 240;
  const [r, g, b] = kind === 'badge' ? [0xb4, 0x53, 0x09] : [0x0f, 0x76, 0x6e];
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x - 119.5, y - 119.5);
      const ring = d > 92 && d < 98;
      const inside = d <= 112;
      const offset = 1 + x * 4;
      if (inside) row.set(ring ? [255, 255, 255, 255] : [r, g, b, 255], offset);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  const itxt = Buffer.concat([
    Buffer.from('openbadgecredential', 'latin1'),
    Buffer.from([0, 0, 0, 0, 0]), // keyword end, not compressed, method, no language, no translated keyword
    Buffer.from(JSON.stringify(credential), 'utf8'),
  ]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('iTXt', itxt),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The credential baked into a PNG, or null: for tests and for the verification page's file drop. */
export function unbakePng(png: Buffer): unknown | null {
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'iTXt') {
      const data = png.subarray(offset + 8, offset + 8 + length);
      const keywordEnd = data.indexOf(0);
      if (data.toString('latin1', 0, keywordEnd) === 'openbadgecredential') {
        // keyword \0, compression flag, method, language \0, translated keyword \0, text
        let at = keywordEnd + 3;
        at = data.indexOf(0, at) + 1;
        at = data.indexOf(0, at) + 1;
        return JSON.parse(data.subarray(at).toString('utf8'));
      }
    }
    offset += 12 + length;
  }
  return null;
}
