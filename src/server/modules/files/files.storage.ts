import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/** Where uploaded files live: local disk by default, an S3-compatible store by configuration. */
export interface FileStorage {
  /** Moves a finished temporary file into storage under `key`. */
  adopt(temporaryPath: string, key: string): Promise<void>;
  read(key: string, range?: { start: number; end: number }): Promise<Readable>;
  size(key: string): Promise<number>;
  remove(key: string): Promise<void>;
  /** A place for a temporary file while an upload streams in. */
  temporaryPath(name: string): Promise<string>;
}

export function localFileStorage(dataDir: string): FileStorage {
  const root = join(dataDir, 'files');
  const pathOf = (key: string) => {
    if (!/^[\w-]+\/[\w-]+$/.test(key)) throw new Error(`bad storage key ${key}`);
    return join(root, key);
  };
  return {
    async adopt(temporaryPath, key) {
      const target = pathOf(key);
      await mkdir(dirname(target), { recursive: true });
      await rename(temporaryPath, target);
    },
    read: async (key, range) => createReadStream(pathOf(key), range),
    size: async (key) => (await stat(pathOf(key))).size,
    remove: (key) => rm(pathOf(key), { force: true }),
    async temporaryPath(name) {
      const folder = join(root, 'tmp');
      await mkdir(folder, { recursive: true });
      return join(folder, name);
    },
  };
}

/** Writes a stream to disk, keeping its first and last bytes for sniffing, refusing more than maxBytes. */
export async function streamToFile(source: Readable, path: string, maxBytes: number) {
  let size = 0;
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let isTooLarge = false;
  async function* measure(chunks: AsyncIterable<Buffer>) {
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > maxBytes) {
        isTooLarge = true;
        throw new Error('too large');
      }
      if (head.length < 4096) head = Buffer.concat([head, chunk]).subarray(0, 4096);
      tail = Buffer.concat([tail, chunk]).subarray(-1024);
      yield chunk;
    }
  }
  try {
    await pipeline(source, measure, createWriteStream(path));
    // Busboy stops at its own limit and marks the stream truncated instead of failing it.
    if ((source as Readable & { truncated?: boolean }).truncated) {
      isTooLarge = true;
      throw new Error('too large');
    }
  } catch (error) {
    await rm(path, { force: true });
    // @fastify/multipart's own fileSize limit fails the stream with this code.
    if (isTooLarge || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      return { isTooLarge: true as const };
    throw error;
  }
  return { isTooLarge: false as const, size, head, tail };
}
