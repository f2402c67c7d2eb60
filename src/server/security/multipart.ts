import type { Client } from '../test/test-app.ts';

/** POSTs a file as multipart/form-data in the field "file", the way a browser's FormData does. */
export function uploadFile(client: Client, url: string, fileName: string, content: string | Uint8Array) {
  const boundary = `----groeipad${Math.random().toString(16).slice(2)}`;
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return client.request('POST', url, body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}
