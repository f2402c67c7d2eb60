import { type Ctx, standaloneContext } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import type { Auth, Role } from '../modules/access/index.ts';

// Every demo seeder acts as real people through the same use cases as the API: these build who acts.

export function demoActors(db: Db, organisationId: string) {
  const tenant = forOrganisation(db, organisationId);
  const as = (personId: string, roles: Role[] = ['employee']): Auth => ({
    kind: 'person',
    organisationId,
    personId,
    sessionId: 'demo-seed',
    roles: new Set(roles),
    locale: 'nl',
  });
  const actingAs = (auth: Auth): Ctx => standaloneContext({ db, auth });
  const byEmail = async (email: string) =>
    (await tenant.selectFrom('people').select('id').where('email', '=', email).executeTakeFirstOrThrow()).id;
  return { tenant, as, actingAs, byEmail };
}
