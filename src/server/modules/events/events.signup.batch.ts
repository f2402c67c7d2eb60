import { runChange } from '../../core/change.ts';
import type { Ctx } from '../../core/context.ts';
import { subjectTypeOf } from '../../core/events.ts';
import { personIdOf } from '../access/index.ts';
import { isForPerson, isOpenForSignUp, needsManagerApproval } from './events.policy.ts';
import { signUpFactsOfEach } from './events.registrations.repository.ts';
import { takeSeats } from './events.seats.ts';
import { signUpAlone } from './events.signup.service.ts';

// Sign-ups written together (group commit, issue 15). A crowd signing up for one session paid a
// transaction, five round trips and a durable commit each; now the sign-ups for a session that arrive
// while one is being written wait for it and are then written together in ONE transaction, each step a
// statement for all of them (events.seats.ts, takeSeats), and each person is answered after the commit.
// The first sign-up of a quiet moment is written at once, alone in its batch: nobody waits for others.
//
// The rules stay the database's: the session row is held FOR KEY SHARE and seats are claimed with SKIP
// LOCKED as for one sign-up, so other instances (each gathering its own) and single sign-ups run side
// by side and one of two gets the last seat. Within a batch the earlier arrival gets the lower seat and
// the earlier waitlist place. Who is not simply taking a seat (the manager is asked first, the event is
// for another team, sign-up closed, no such session, registered already) signs up alone as before, so
// their answers are exactly today's; when a batch fails, each of its people signs up alone, in turn.

type Outcome = Awaited<ReturnType<typeof signUpAlone>>;
type Arrival = { ctx: Ctx; personId: string; baseUrl: string; answer: (outcome: Promise<Outcome>) => void };

/** Per organisation and session, the sign-ups waiting for the batch being written (on this instance). */
const gathering = new Map<string, Arrival[]>();
/** At most this many people in one transaction (it holds their seats' locks until it commits). */
const batchLimit = 100;

/** I sign up: a seat while there is one, else the waitlist (or the manager is asked first). */
export async function signUp(ctx: Ctx, sessionId: string, baseUrl = ''): Promise<Outcome> {
  const personId = personIdOf(ctx.auth);
  // Inside a change of the caller's, the sign-up is part of that transaction.
  if (ctx.db.executor.isTransaction) return signUpAlone(ctx, sessionId, baseUrl);
  const key = `${ctx.organisationId}:${sessionId}`;
  return new Promise<Outcome>((resolve, reject) => {
    const arrival = {
      ctx,
      personId,
      baseUrl,
      answer: (outcome: Promise<Outcome>) => outcome.then(resolve, reject),
    };
    const waiting = gathering.get(key);
    if (waiting) waiting.push(arrival);
    else {
      gathering.set(key, [arrival]);
      void writeInTurn(key, sessionId);
    }
  });
}

/** Writes the session's batches one after the other until nobody waits. Never throws. */
async function writeInTurn(key: string, sessionId: string) {
  const waiting = gathering.get(key)!;
  while (waiting.length) await writeTogether(sessionId, waiting.splice(0, batchLimit));
  gathering.delete(key);
}

async function writeTogether(sessionId: string, arrivals: Arrival[]) {
  let outcomes: Map<string, Outcome>;
  try {
    outcomes = await runChange(arrivals[0]!.ctx, (tx) => seatsForEach(tx, sessionId, arrivals));
  } catch {
    // It may have been one person's reason: each signs up alone, in order of arrival.
    for (const arrival of arrivals) {
      const outcome = signUpAlone(arrival.ctx, sessionId, arrival.baseUrl);
      arrival.answer(outcome);
      await outcome.catch(() => undefined);
    }
    return;
  }
  if ([...outcomes.values()].includes('waitlisted'))
    await arrivals[0]!.ctx.bus
      .publish('changes.committed', {
        organisationId: arrivals[0]!.ctx.organisationId,
        subjectTypes: [subjectTypeOf('event.waitlisted')],
      })
      .catch(() => undefined);
  for (const arrival of arrivals) {
    const outcome = outcomes.get(arrival.personId);
    // The others sign up alone, side by side as before: none of them takes a seat of this batch's.
    arrival.answer(outcome ? Promise.resolve(outcome) : signUpAlone(arrival.ctx, sessionId, arrival.baseUrl));
  }
}

/**
 * The batch's transaction: the facts of everyone (one statement, the session row FOR KEY SHARE), then
 * seats for those who simply take one (each person once, in order of arrival). A person twice in the
 * batch (a double click) gets the first one's answer, as signing up twice does.
 */
async function seatsForEach(tx: Parameters<typeof takeSeats>[0], sessionId: string, arrivals: Arrival[]) {
  const people = arrivals.filter(
    (arrival, n) => arrivals.findIndex((a) => a.personId === arrival.personId) === n,
  );
  const facts = new Map(
    (
      await signUpFactsOfEach(
        tx.db,
        sessionId,
        people.map((person) => person.personId),
      )
    ).map((row) => [row.person_id, row]),
  );
  const taking = people.flatMap(({ personId, ctx }) => {
    const mine = facts.get(personId);
    const isSimple =
      mine &&
      isForPerson(mine, personId, mine.manager_id) &&
      !(needsManagerApproval(mine, mine.manager_id) && mine.manager_id !== personId) &&
      isOpenForSignUp(mine, ctx.now());
    return isSimple ? [{ personId, by: ctx, contentId: mine.content_id }] : [];
  });
  if (!taking.length) return new Map<string, Outcome>();
  return takeSeats(tx, { sessionId, contentId: taking[0]!.contentId, people: taking });
}
