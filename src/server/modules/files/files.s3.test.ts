import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { attachFile, budgetRequestOf } from '../budgets/budgets.fixtures.ts';
import { uploadFile } from '../catalogue/catalogue.fixtures.ts';
import { sampleWav } from './media.samples.ts';

/** The SDK streams bodies as aws-chunked ("size;ext\r\ndata\r\n", a 0-size chunk, then trailers). */
function decodeAwsChunked(raw: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < raw.length) {
    const lineEnd = raw.indexOf('\r\n', at);
    const size = Number.parseInt(raw.subarray(at, lineEnd).toString().split(';')[0] ?? '0', 16);
    if (!size) break;
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

// A stand-in for an S3-compatible store (path-style PUT, GET with Range, HEAD, DELETE), enough to
// check that uploads reach the bucket and media are served from it.
const objects = new Map<string, Buffer>();
const bucket = createServer((request, response) => {
  const key = decodeURIComponent(new URL(request.url ?? '/', 'http://s3').pathname);
  if (request.method === 'PUT') {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      objects.set(key, request.headers['x-amz-decoded-content-length'] ? decodeAwsChunked(raw) : raw);
      response.writeHead(200, { etag: '"1"' }).end();
    });
    return;
  }
  const body = objects.get(key);
  if (!body)
    return response
      .writeHead(404, { 'content-type': 'application/xml' })
      .end('<Error><Code>NoSuchKey</Code></Error>');
  const range = /^bytes=(\d+)-(\d+)$/.exec(request.headers.range ?? '');
  const slice = range ? body.subarray(Number(range[1]), Number(range[2]) + 1) : body;
  response
    .writeHead(range ? 206 : 200, { 'content-length': slice.length })
    .end(request.method === 'HEAD' ? undefined : slice);
});
await new Promise<void>((resolve) => bucket.listen(0, '127.0.0.1', resolve));
afterAll(() => new Promise<void>((resolve) => bucket.close(() => resolve())));

const { app, db } = await startTestApp({
  s3: {
    bucket: 'media',
    region: 'us-east-1',
    endpoint: `http://127.0.0.1:${(bucket.address() as AddressInfo).port}`,
    accessKeyId: 'test',
    secretAccessKey: 'test-secret',
    forcePathStyle: true,
  },
});

describe('S3-compatible file storage', () => {
  it('puts a checked upload in the bucket and serves ranges from it', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const upload = await uploadFile(org.as.ldAdmin, 'audio', 'podcast.wav', sampleWav(1));
    expect(upload.statusCode, upload.body).toBe(201);
    const { id } = upload.json<{ id: string }>();
    expect(objects.get(`/media/${org.organisation.id}/${id}`)?.subarray(0, 4).toString()).toBe('RIFF');
    const range = await org.as.employee.request('GET', `/api/v1/files/${id}`, undefined, {
      range: 'bytes=8-11',
    });
    expect(range.statusCode).toBe(206);
    expect(range.rawPayload.toString()).toBe('WAVE');
    // The bucket stays private: media reach the page through the app, so the CSP names no S3 origin.
    const csp = String(range.headers['content-security-policy']);
    expect(csp).toContain("media-src 'self'");
    const page = await org.as.employee.get('/api/v1/health');
    const mediaSrc = String(page.headers['content-security-policy'])
      .split(';')
      .find((part) => part.trim().startsWith('media-src'));
    expect(mediaSrc?.trim()).toBe("media-src 'self'");
  });

  it('keeps a refused upload out of the bucket', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const before = objects.size;
    expect((await uploadFile(org.as.ldAdmin, 'document', 'kapot.pdf', '%PDF-1.4 broken')).statusCode).toBe(
      415,
    );
    expect(objects.size).toBe(before);
  });

  it('keeps budget proof in the bucket too, so every app instance can read it', async () => {
    const org = await buildOrganisationWithRoles(app, db);
    const requestId = await budgetRequestOf(org.as);
    const proof = '%PDF-1.4 factuur\n%%EOF\n';
    const uploaded = await attachFile(org.as.employee, requestId, {
      name: 'factuur.pdf',
      claimedType: 'application/pdf',
      content: proof,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json<{ files: { id: string }[] }>().files[0]!;
    const inBucket = [...objects].filter(([key]) => key.startsWith(`/media/${org.organisation.id}/`));
    expect(inBucket.map(([, body]) => body.toString())).toEqual([proof]);
    const download = await org.as.hrAdmin.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`);
    expect(download.body).toBe(proof);
  });
});
