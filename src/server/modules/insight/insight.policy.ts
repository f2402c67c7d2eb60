import { forbidden } from '../../http/errors.ts';
import type { Auth } from '../access/index.ts';
import { can } from '../access/index.ts';

/** Organisation-wide figures are for HR, L&D and the owner (`insight.organisation`). */
export function assertOrganisationInsight(auth: Auth) {
  if (!can(auth, 'insight.organisation')) throw forbidden('Organisation insight needs insight.organisation.');
}

/** The team and personal views are about a person: an integration token has none. */
export function assertPerson(auth: Auth): asserts auth is Extract<Auth, { kind: 'person' }> {
  if (auth.kind !== 'person') throw forbidden('Only a signed-in person has a team and a growth view.');
}
