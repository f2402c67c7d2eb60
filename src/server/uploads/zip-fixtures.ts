import { constants, crc32, deflateRawSync } from 'node:zlib';

// Test helpers: zips built byte by byte, so tests can make the bad ones real tools refuse to write
// (lying sizes, encrypted flags, "../" paths) and zip bombs without holding their unpacked bytes.

/** Deflated bytes with the size and CRC of what they unpack to. */
export type Deflated = { data: Buffer; size: number; crc: number };

export type FixtureEntry = {
  name: string;
  /** Deflated as given, or pre-deflated (a bomb). */
  content: Buffer | Deflated;
  /** Stored instead of deflated. */
  isStored?: boolean;
  /** What the headers claim it unpacks to, when that should be a lie. */
  declaredSize?: number;
  /** General purpose flags: 0x1 says encrypted. */
  flags?: number;
  /** Unix mode in the upper 16 bits (0o120777 << 16: a symlink). */
  externalAttributes?: number;
};

/**
 * Deflate stream of `parts`, where [chunk, times] repeats a chunk without ever holding the repeats:
 * every part is flushed to a byte boundary on its own, so the same compressed bytes can be repeated.
 */
export function deflateParts(parts: (Buffer | [Buffer, number])[]): Deflated {
  const out: Buffer[] = [];
  let size = 0;
  let crc = 0;
  for (const part of parts) {
    const [chunk, times] = Array.isArray(part) ? part : [part, 1];
    const segment = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_FULL_FLUSH });
    for (let i = 0; i < times; i++) {
      out.push(segment);
      crc = crc32(chunk, crc);
    }
    size += chunk.length * times;
  }
  out.push(Buffer.from([0x03, 0x00])); // an empty final block ends the stream
  return { data: Buffer.concat(out), size, crc };
}

const deflatedOf = (content: Buffer): Deflated => ({
  data: deflateRawSync(content),
  size: content.length,
  crc: crc32(content),
});

export function zipOf(entries: FixtureEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const isBuffer = Buffer.isBuffer(entry.content);
    const body: Deflated = entry.isStored
      ? {
          data: entry.content as Buffer,
          size: (entry.content as Buffer).length,
          crc: crc32(entry.content as Buffer),
        }
      : isBuffer
        ? deflatedOf(entry.content as Buffer)
        : (entry.content as Deflated);
    const size = entry.declaredSize ?? body.size;
    const flags = 0x800 | (entry.flags ?? 0);
    const method = entry.isStored ? 0 : 8;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(body.crc >>> 0, 14);
    local.writeUInt32LE(body.data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body.data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode bits count
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(body.crc >>> 0, 16);
    central.writeUInt32LE(body.data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE((entry.externalAttributes ?? 0) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + body.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const xml = (text: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${text}`);
const main = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
const officeRels = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook has around its one sheet. */
export function xlsxParts(
  sheet: Buffer | Deflated,
  sheetOptions: Partial<FixtureEntry> = {},
): FixtureEntry[] {
  return [
    {
      name: '[Content_Types].xml',
      content: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ),
    },
    {
      name: '_rels/.rels',
      content: xml(
        `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${officeRels}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      content: xml(
        `<workbook xmlns="${main}" xmlns:r="${officeRels}"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: xml(
        `<Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${officeRels}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, ...sheetOptions },
  ];
}

/** A sheet XML that starts with a header row and then repeats `row` `times` times (inline strings). */
export function repeatedRowsSheet(header: string[], row: string[], times: number): Deflated {
  const cells = (values: string[]) =>
    values.map((value) => `<c t="inlineStr"><is><t>${value}</t></is></c>`).join('');
  const rowXml = Buffer.from(`<row>${cells(row)}</row>`);
  const perChunk = Math.max(1, Math.floor((1024 * 1024) / rowXml.length));
  const chunk = Buffer.concat(Array.from({ length: perChunk }, () => rowXml));
  return deflateParts([
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${main}"><sheetData><row>${cells(header)}</row>`,
    ),
    [chunk, Math.max(1, Math.round(times / perChunk))],
    Buffer.from('</sheetData></worksheet>'),
  ]);
}
