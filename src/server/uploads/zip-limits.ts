import yauzl from 'yauzl';
import { AppError } from '../http/errors.ts';

// Safe reading of an uploaded zip (XLSX today; SCORM, cmi5 and xAPI attachments later). The central
// directory is checked before anything is inflated: entry count, declared sizes, compression ratio,
// encryption and paths. While inflating, bytes are counted, so a zip whose headers lie is stopped at
// the limit too. Everything a caller reads goes through `chunks`/`read`, never around them.

export type ZipLimits = {
  /** Most entries (files and folders) the zip may hold. */
  maxEntries: number;
  /** Most bytes all entries together may unpack to, declared and actually inflated. */
  maxUnpackedBytes: number;
  /** Highest unpacked/packed ratio of an entry larger than `ratioFloorBytes`. */
  maxRatio: number;
};

/** Which limit a refused file hit; the 422 answer carries it as `limit`, with `max` in its unit. */
export const fileLimits = ['entries', 'unpackedSize', 'ratio', 'cellLength', 'time', 'memory'] as const;
export type FileLimit = (typeof fileLimits)[number];

export type SafeZipEntry = { name: string; size: number; packedSize: number };

export type SafeZip = {
  entries: SafeZipEntry[];
  has: (name: string) => boolean;
  /** The entry's bytes as they inflate; more than declared, or over the zip's total, stops with 422. */
  chunks: (name: string) => AsyncGenerator<Buffer>;
  /** The whole entry, through `chunks`. */
  read: (name: string) => Promise<Buffer>;
};

/** Small entries compress well (a sheet of empty cells); the ratio only says something above this. */
const ratioFloorBytes = 1024 * 1024;
const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/**
 * 422 file_too_complex naming the file and the limit; `max` is in the unit the message uses
 * (entries, MB, ratio to 1, characters, seconds, MB).
 */
export function fileTooComplex(fileName: string, limit: FileLimit, max: number, why: string): AppError {
  return new AppError('file_too_complex', `${fileName}: ${why}`, { extra: { limit, max } });
}

const unsupported = (fileName: string, why: string) =>
  new AppError('unsupported_file', `${fileName}: ${why}`);
const damaged = (fileName: string) => unsupported(fileName, 'the zip file is damaged or incomplete.');

const isSymlink = (entry: yauzl.Entry) => ((entry.externalFileAttributes >>> 16) & 0o170000) === 0o120000;

/** A zip on disk (a course package is read where it was streamed to, not through memory). */
export type ZipOnDisk = { path: string; size: number };

/** Checks the central directory against the limits; nothing is inflated yet. */
export async function openSafeZip(
  content: Buffer | ZipOnDisk,
  options: { fileName: string; limits: ZipLimits },
): Promise<SafeZip & { close: () => void }> {
  const { fileName, limits } = options;
  let zipfile: yauzl.ZipFile;
  // decodeStrings off: yauzl would refuse an unsafe path with a bare error; we name it ourselves.
  // validateEntrySizes off: our own count below does it and knows the total limit.
  const zipOptions = { decodeStrings: false, validateEntrySizes: false, autoClose: false } as const;
  const totalBytes = Buffer.isBuffer(content) ? content.length : content.size;
  try {
    zipfile = Buffer.isBuffer(content)
      ? await yauzl.fromBufferPromise(content, zipOptions)
      : await yauzl.openPromise(content.path, zipOptions);
  } catch {
    throw damaged(fileName);
  }
  if (zipfile.entryCount > limits.maxEntries)
    throw fileTooComplex(
      fileName,
      'entries',
      limits.maxEntries,
      `the zip holds ${zipfile.entryCount} entries; at most ${limits.maxEntries} are allowed.`,
    );

  const byName = new Map<string, yauzl.Entry>();
  let declared = 0;
  let packed = 0;
  try {
    for await (const entry of zipfile.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      if (yauzl.validateFileName(name) !== null || isSymlink(entry))
        throw unsupported(fileName, `the zip holds an entry with an unsafe path (${name.slice(0, 100)}).`);
      if (entry.isEncrypted())
        throw unsupported(
          fileName,
          'the file is password-protected (encrypted); save it without a password.',
        );
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw unsupported(
          fileName,
          `${name} is compressed in a way we do not read (method ${entry.compressionMethod}).`,
        );
      if (entry.compressionMethod === 0 && entry.compressedSize !== entry.uncompressedSize)
        throw damaged(fileName);
      if (byName.has(name)) throw unsupported(fileName, `the zip holds ${name} twice.`);
      byName.set(name, entry);
      declared += entry.uncompressedSize;
      packed += entry.compressedSize;
      if (declared > limits.maxUnpackedBytes)
        throw fileTooComplex(
          fileName,
          'unpackedSize',
          megabytes(limits.maxUnpackedBytes),
          `unpacks to more than ${megabytes(limits.maxUnpackedBytes)} MB (${name} alone declares ${megabytes(entry.uncompressedSize)} MB).`,
        );
      const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
      if (entry.uncompressedSize > ratioFloorBytes && ratio > limits.maxRatio)
        throw fileTooComplex(
          fileName,
          'ratio',
          limits.maxRatio,
          `${name} is compressed ${Math.round(ratio)} to 1; at most ${limits.maxRatio} to 1 is allowed.`,
        );
    }
  } catch (error) {
    zipfile.close();
    if (error instanceof AppError) throw error;
    throw damaged(fileName);
  }
  // Entries that share their bytes (the "overlapping" zip bomb) declare more data than the file has.
  if (packed > totalBytes) {
    zipfile.close();
    throw damaged(fileName);
  }

  let inflated = 0;
  async function* chunks(name: string): AsyncGenerator<Buffer> {
    const entry = byName.get(name);
    if (!entry) throw damaged(fileName);
    let stream: Awaited<ReturnType<yauzl.ZipFile['openReadStreamPromise']>>;
    try {
      stream = await zipfile.openReadStreamPromise(entry);
    } catch {
      throw damaged(fileName);
    }
    let size = 0;
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        inflated += chunk.length;
        if (size > entry.uncompressedSize)
          throw fileTooComplex(
            fileName,
            'unpackedSize',
            megabytes(limits.maxUnpackedBytes),
            `${name} unpacks to more than the ${megabytes(entry.uncompressedSize)} MB it declares.`,
          );
        if (inflated > limits.maxUnpackedBytes)
          throw fileTooComplex(
            fileName,
            'unpackedSize',
            megabytes(limits.maxUnpackedBytes),
            `unpacks to more than ${megabytes(limits.maxUnpackedBytes)} MB.`,
          );
        yield chunk;
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw damaged(fileName);
    } finally {
      stream.destroy();
    }
    if (size !== entry.uncompressedSize) throw damaged(fileName);
  }

  return {
    entries: [...byName].map(([name, entry]) => ({
      name,
      size: entry.uncompressedSize,
      packedSize: entry.compressedSize,
    })),
    has: (name) => byName.has(name),
    chunks,
    read: async (name) => {
      const parts: Buffer[] = [];
      for await (const chunk of chunks(name)) parts.push(chunk);
      return Buffer.concat(parts);
    },
    close: () => zipfile.close(),
  };
}
