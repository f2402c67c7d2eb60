// npm run org:create -- --name "Zorggroep Noord" --owner "Anna de Boer <anna@zorggroepnoord.nl>" [--slug zgn] [--locale en]
// Creates a real organisation with its first owner and prints the owner's invitation link (also e-mailed).
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/server/config.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { openDatabase } from '../src/server/db/open.ts';
import { AppError } from '../src/server/http/errors.ts';
import { createOrganisation } from '../src/server/modules/organisations/organisations.service.ts';

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    owner: { type: 'string' },
    slug: { type: 'string' },
    locale: { type: 'string', default: 'nl' },
  },
});
const owner = /^\s*(.+?)\s*<\s*([^>\s]+)\s*>\s*$/.exec(values.owner ?? '');
if (!values.name || !owner) {
  console.error(
    'Usage: npm run org:create -- --name "Organisation" --owner "Given [prefix] Family <e-mail>"',
  );
  process.exit(2);
}
// "Anna de Boer": first word is the given name, lower-case words before the last are the tussenvoegsel.
const words = owner[1]!.split(/\s+/);
const givenName = words.shift()!;
const familyName = words.pop() ?? givenName;
const config = loadConfig();
const handle = await openDatabase(config);
try {
  await migrate(handle.db);
  const created = await createOrganisation(
    handle.db,
    {
      name: values.name,
      slug: values.slug,
      defaultLocale: values.locale as 'nl' | 'en',
      owner: { givenName, familyNamePrefix: words.join(' ') || undefined, familyName, email: owner[2]! },
    },
    config.baseUrl,
  );
  console.log(`Created "${values.name}". ${owner[2]} is its owner and can choose a password here:`);
  console.log(`  ${created.invitationLink}`);
} catch (error) {
  if (!(error instanceof AppError)) throw error;
  console.error(`Not created: ${error.message}`);
  process.exitCode = 1;
} finally {
  await handle.close();
}
