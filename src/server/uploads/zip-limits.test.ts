import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { deflateParts, zipOf } from './zip-fixtures.ts';
import { openSafeZip, type ZipLimits } from './zip-limits.ts';

const limits: ZipLimits = { maxEntries: 10, maxUnpackedBytes: 8 * 1024 * 1024, maxRatio: 100 };
const open = (content: Buffer, overrides: Partial<ZipLimits> = {}) =>
  openSafeZip(content, { fileName: 'pakket.zip', limits: { ...limits, ...overrides } });

/** The error a promise rejects with, or null when it resolves. */
async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string; extra?: Record<string, unknown> };
  }
  return null;
}

/** Megabytes of one repeated byte: compresses about a thousand to one. */
const zeros = (megabytes: number, declaredSize?: number) => ({
  name: 'sheet.xml',
  content: deflateParts([[Buffer.alloc(1024 * 1024, 0x20), megabytes]]),
  declaredSize,
});

describe('a safe zip', () => {
  it('lists entries and reads them', async () => {
    const zip = await open(
      zipOf([
        { name: 'a.txt', content: Buffer.from('hallo') },
        { name: 'map/b.txt', content: Buffer.from('wereld'), isStored: true },
      ]),
    );
    expect(zip.entries.map((entry) => [entry.name, entry.size])).toEqual([
      ['a.txt', 5],
      ['map/b.txt', 6],
    ]);
    expect((await zip.read('map/b.txt')).toString()).toBe('wereld');
    expect(zip.has('c.txt')).toBe(false);
  });

  it('refuses more entries than allowed, naming the limit', async () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ name: `${i}.txt`, content: Buffer.from('x') }));
    const error = await refusal(open(zipOf(many)));
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'entries', max: 10 } });
    expect(error?.message).toMatch(/^pakket\.zip: .*11 entries; at most 10/);
  });

  it('refuses a zip that declares more than the limit before inflating anything', async () => {
    // The data is no deflate stream at all: had it been inflated, the answer would be "damaged".
    const garbage = { data: randomBytes(64), size: 64, crc: 0 };
    const error = await refusal(
      open(zipOf([{ name: 'sheet.xml', content: garbage, declaredSize: 9 * 1024 * 1024 }])),
    );
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'unpackedSize', max: 8 } });
    expect(error?.message).toMatch(/unpacks to more than 8 MB/);
  });

  it('refuses an entry compressed far beyond what real files reach', async () => {
    const error = await refusal(open(zipOf([zeros(4)])));
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'ratio', max: 100 } });
  });

  it('stops inflating an entry that unpacks to more than it declares', async () => {
    const zip = await open(zipOf([zeros(64, 1024 * 1024)]), { maxRatio: 100_000 });
    const error = await refusal(zip.read('sheet.xml'));
    expect(error).toMatchObject({ code: 'file_too_complex', extra: { limit: 'unpackedSize' } });
    expect(error?.message).toMatch(/sheet\.xml unpacks to more than the 1 MB it declares/);
  });

  it.each([
    ['../buiten.txt', /unsafe path/],
    ['map/../../buiten.txt', /unsafe path/],
    ['/etc/passwd', /unsafe path/],
    ['C:\\Windows\\win.ini', /unsafe path/],
  ])('refuses an entry named %s', async (name, why) => {
    const error = await refusal(open(zipOf([{ name, content: Buffer.from('x') }])));
    expect(error).toMatchObject({ code: 'unsupported_file' });
    expect(error?.message).toMatch(why);
  });

  it('refuses a symbolic link, encrypted entries and the same name twice', async () => {
    const link = { name: 'link', content: Buffer.from('/etc/passwd'), externalAttributes: 0o120777 << 16 };
    expect((await refusal(open(zipOf([link]))))?.message).toMatch(/unsafe path/);
    const secret = { name: 'geheim.xml', content: Buffer.from('x'), flags: 0x1 };
    expect((await refusal(open(zipOf([secret]))))?.message).toMatch(/password-protected/);
    const twice = [
      { name: 'a.xml', content: Buffer.from('1') },
      { name: 'a.xml', content: Buffer.from('2') },
    ];
    expect((await refusal(open(zipOf(twice))))?.message).toMatch(/a\.xml twice/);
  });

  it('says a cut-off or corrupt zip is damaged', async () => {
    const whole = zipOf([{ name: 'a.txt', content: Buffer.from('hallo wereld') }]);
    expect(await refusal(open(whole.subarray(0, whole.length - 10)))).toMatchObject({
      code: 'unsupported_file',
      message: 'pakket.zip: the zip file is damaged or incomplete.',
    });
    // 0xff starts a deflate block of the reserved type 3: invalid from the first byte.
    const corrupt = zipOf([{ name: 'a.txt', content: { data: Buffer.alloc(32, 0xff), size: 40, crc: 0 } }]);
    const zip = await open(corrupt);
    expect(await refusal(zip.read('a.txt'))).toMatchObject({ code: 'unsupported_file' });
  });
});
