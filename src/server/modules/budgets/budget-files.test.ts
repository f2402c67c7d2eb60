import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { forOrganisation } from '../../db/tenant.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';
import { attachFile, budgetRequestOf } from './budgets.fixtures.ts';

const { app, db, config } = await startTestApp();
let org: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let other: Awaited<ReturnType<typeof buildOrganisationWithRoles>>;
let requestId: string;

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 1),
]);
const webp = Buffer.concat([Buffer.from('RIFF\x40\x00\x00\x00WEBPVP8 ', 'latin1'), Buffer.alloc(64, 2)]);
const heic = Buffer.concat([
  Buffer.from('\x00\x00\x00\x18ftypheic\x00\x00\x00\x00', 'latin1'),
  Buffer.alloc(64),
]);
const storedFiles = () => {
  try {
    return readdirSync(join(config.dataDir, 'files', org.organisation.id));
  } catch {
    return [];
  }
};
const filesOfRequest = async () =>
  (await org.as.employee.get(`/api/v1/budgets/requests/${requestId}`)).json<{
    files: { id: string; fileName: string }[];
  }>().files;

beforeAll(async () => {
  org = await buildOrganisationWithRoles(app, db);
  other = await buildOrganisationWithRoles(app, db);
  requestId = await budgetRequestOf(org.as);
});

describe('a quote or proof for a budget request', () => {
  it('is typed by its bytes: a photo the browser calls a PDF is kept and served as the photo it is', async () => {
    const uploaded = await attachFile(org.as.employee, requestId, {
      name: 'bon.pdf',
      claimedType: 'application/pdf',
      content: png,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const file = uploaded.json<{ files: { id: string; fileName: string }[] }>().files[0]!;
    const download = await org.as.manager.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`);
    expect(download.headers['content-type']).toBe('image/png');
    expect(download.rawPayload.equals(png)).toBe(true);
    expect(storedFiles()).toHaveLength(1);
  });

  it('refuses 415 naming the file when the bytes are no PDF or photo, whatever the browser claims', async () => {
    for (const [name, content] of [
      ['offerte.pdf', '<html><script>alert(1)</script></html>'],
      ['bon.jpg', Buffer.from('MZ\x90\x00 a Windows program', 'latin1')],
      ['leeg.pdf', ''],
    ] as const) {
      const refused = await attachFile(org.as.employee, requestId, {
        name,
        claimedType: name.endsWith('.pdf') ? 'application/pdf' : 'image/jpeg',
        content,
      });
      expect(refused.statusCode).toBe(415);
      expect(refused.json<{ detail: string }>().detail).toContain(name);
    }
    expect(await filesOfRequest()).toHaveLength(1);
    expect(storedFiles()).toHaveLength(1);
  });

  it('takes WebP and HEIC photos of a receipt', async () => {
    for (const [name, content, type] of [
      ['bon.webp', webp, 'image/webp'],
      ['IMG_0001.HEIC', heic, 'image/heic'],
    ] as const) {
      const uploaded = await attachFile(org.as.employee, requestId, {
        name,
        claimedType: 'application/octet-stream',
        content,
      });
      expect(uploaded.statusCode, uploaded.body).toBe(201);
      const file = (await filesOfRequest()).find((f) => f.fileName === name)!;
      const download = await org.as.hrAdmin.get(`/api/v1/budgets/requests/${requestId}/files/${file.id}`);
      expect(download.headers['content-type']).toBe(type);
    }
  });

  it('keeps proof uploaded before the move readable from the old folder', async () => {
    const key = `${org.organisation.id}/${randomUUID()}`;
    mkdirSync(join(config.dataDir, 'budget-files', org.organisation.id), { recursive: true });
    writeFileSync(join(config.dataDir, 'budget-files', key), '%PDF-1.4 oude offerte');
    const old = await forOrganisation(db, org.organisation.id)
      .insertInto('budget_request_files', {
        request_id: requestId,
        purpose: 'quote',
        file_name: 'oud.pdf',
        content_type: 'application/pdf',
        size_bytes: 21,
        storage_key: key,
        uploaded_by: org.people.employee.id,
        is_in_legacy_folder: true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const download = await org.as.employee.get(`/api/v1/budgets/requests/${requestId}/files/${old.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toBe('%PDF-1.4 oude offerte');
  });

  it('is out of reach of another organisation (404), to read and to add to', async () => {
    const [file] = await filesOfRequest();
    expect(
      (await other.as.hrAdmin.get(`/api/v1/budgets/requests/${requestId}/files/${file!.id}`)).statusCode,
    ).toBe(404);
    const attached = await attachFile(other.as.hrAdmin, requestId, {
      name: 'x.png',
      claimedType: 'image/png',
      content: png,
    });
    expect(attached.statusCode).toBe(404);
  });
});
