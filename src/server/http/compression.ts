import { constants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses what the server writes on the fly (API JSON, reports) with brotli or gzip. The web app's hashed files are compressed once at build (vite.config.ts) and served as they
 * are by @fastify/static's `preCompressed`; a reply that already has a Content-Encoding is left alone.
 * Request bodies are not inflated: a compressed upload would slip past the body limit.
 */
export async function registerCompression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    globalDecompression: false,
    encodings: ['br', 'gzip'],
    threshold: 1024,
    // Quality 4 keeps brotli cheap enough per request; the build uses the highest for its files.
    brotliOptions: { params: { [constants.BROTLI_PARAM_QUALITY]: 4 } },
  });
}

/** Hashed build files never change under their name: cache them for a year without asking again. */
export const hashedAssetCaching = { maxAge: '365d', immutable: true } as const;
