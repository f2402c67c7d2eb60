import { freePort } from '../../test/ports.ts';
import { buildOrganisationWithRoles, startTestApp } from '../../test/test-app.ts';

/**
 * Groeipad as an LTI platform a real tool can reach: the app listening on a port of its own (the tool
 * calls back to it), allowed to call tools on 127.0.0.1, with an organisation and another one.
 */
export async function listeningPlatform() {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const { app, db } = await startTestApp({ baseUrl, outboundAllowedHosts: ['127.0.0.1'] });
  await app.listen({ port, host: '127.0.0.1' });
  const org = await buildOrganisationWithRoles(app, db);
  const other = await buildOrganisationWithRoles(app, db);
  return { baseUrl, app, db, org, other };
}
