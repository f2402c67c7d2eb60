import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Db } from '../db/database.ts';
import { createMailDelivery } from '../modules/mail/index.ts';

/**
 * What a recipient finds in their mailbox: delivers the outbox as the app does without SMTP (.eml files
 * in DATA_DIR/outbox) and reads the newest mail to this address. The only way a test gets a sign-in
 * link, as the outbox API shows none.
 */
export async function readMailbox(options: { db: Db; dataDir: string }, to: string) {
  await createMailDelivery({ db: options.db, smtpUrl: undefined, dataDir: options.dataDir }).deliverPending();
  const folder = join(options.dataDir, 'outbox');
  const mails = readdirSync(folder)
    .sort()
    .reverse()
    .map((file) => readFileSync(join(folder, file), 'utf8'))
    .filter((eml) => eml.startsWith(`To: ${to}\n`));
  const newest = mails[0];
  if (!newest) throw new Error(`no mail to ${to} in ${folder}`);
  return { text: newest, all: mails, link: /https?:\/\/\S+[?&]token=[\w-]+/.exec(newest)?.[0] ?? null };
}

/** The token of the newest sign-in link mailed to this address. */
export async function tokenMailedTo(options: { db: Db; dataDir: string }, to: string): Promise<string> {
  const { link } = await readMailbox(options, to);
  if (!link) throw new Error(`the newest mail to ${to} has no sign-in link`);
  return new URL(link).searchParams.get('token')!;
}
