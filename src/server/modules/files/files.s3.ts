import { createReadStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { S3Config } from '../../config.ts';
import type { FileStorage } from './files.storage.ts';

/**
 * Uploaded media in an S3-compatible store (AWS, MinIO, Ceph, …). Uploads still stream to a temporary
 * file in DATA_DIR first, so size and type are checked before anything reaches the bucket.
 */
export function s3FileStorage(config: S3Config, dataDir: string): FileStorage {
  const client = new S3Client({
    region: config.region,
    endpoint: config.endpoint,
    forcePathStyle: config.forcePathStyle,
    // Checksums only where S3 requires them: by default the SDK streams uploads as aws-chunked with a
    // trailing CRC32, which S3-compatible servers that do not know that encoding (s3rver, older MinIO
    // and Ceph) store as-is, chunk headers and all (found by the two-instance test, scale-out.test.ts).
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(config.accessKeyId && config.secretAccessKey
      ? { credentials: { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey } }
      : {}),
  });
  const Bucket = config.bucket;
  return {
    async adopt(temporaryPath, key) {
      const { size } = await stat(temporaryPath);
      try {
        await client.send(
          new PutObjectCommand({
            Bucket,
            Key: key,
            Body: createReadStream(temporaryPath),
            ContentLength: size,
          }),
        );
      } finally {
        await rm(temporaryPath, { force: true });
      }
    },
    async read(key, range) {
      const answer = await client.send(
        new GetObjectCommand({
          Bucket,
          Key: key,
          ...(range ? { Range: `bytes=${range.start}-${range.end}` } : {}),
        }),
      );
      return answer.Body as Readable;
    },
    async size(key) {
      const head = await client.send(new HeadObjectCommand({ Bucket, Key: key }));
      return Number(head.ContentLength ?? 0);
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
    async temporaryPath(name) {
      const folder = join(dataDir, 'files', 'tmp');
      await mkdir(folder, { recursive: true });
      return join(folder, name);
    },
  };
}
