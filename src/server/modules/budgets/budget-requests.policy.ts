import type { Ctx } from '../../core/context.ts';
import type { BudgetRequestState } from '../../db/schema.ts';
import { notFound } from '../../http/errors.ts';
import { type Auth, can } from '../access/index.ts';
import { findRequest, lockRequest } from './budget-requests.repository.ts';

type RequestFacts = { person_id: string; manager_id: string | null; state: BudgetRequestState };

/** The requester, their direct manager and HR see a request; anyone else gets 404. */
export function canSeeRequest(auth: Auth, request: RequestFacts): boolean {
  if (auth.kind !== 'person') return false;
  return (
    request.person_id === auth.personId ||
    request.manager_id === auth.personId ||
    can(auth, 'development.manage')
  );
}

/** Whose turn it is: the direct manager first, then HR. Nobody decides on their own request. */
export function requestAbilities(auth: Auth, request: RequestFacts) {
  const me = auth.kind === 'person' ? auth.personId : null;
  const isOwner = request.person_id === me;
  const isDecider =
    !isOwner &&
    ((request.state === 'pending_manager' && request.manager_id === me) ||
      (request.state === 'pending_hr' && can(auth, 'development.manage')));
  return {
    approve: isDecider,
    decline: isDecider,
    cancel: isOwner && ['pending_manager', 'pending_hr', 'approved'].includes(request.state),
    complete: (isOwner || can(auth, 'development.manage')) && request.state === 'approved',
  };
}

/** The request as the caller may see it (locked until commit when asked), or 404. */
export async function visibleRequest(ctx: Ctx, requestId: string, options = { lock: false }) {
  if (options.lock) await lockRequest(ctx.db, requestId);
  const row = await findRequest(ctx.db, requestId);
  if (!row || !canSeeRequest(ctx.auth, row)) throw notFound('Budget request');
  return row;
}
