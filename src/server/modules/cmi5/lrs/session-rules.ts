import { categories, extensions, lmsVerbs, verbByIri } from '../cmi5.vocabulary.ts';
import type { SessionView } from '../launch/session.ts';

// The cmi5 rules for statements an AU sends within its session (cmi5 spec section 9): the launched
// learner and registration, the session id, initialized first and once, terminated last, completed and
// passed once per registration, passed and failed against the mastery score, no completed, passed or
// failed outside Normal mode, and the LMS's own verbs never from the AU. Checked before anything is
// stored; a violation refuses the whole request (403, the rule named).

export type SessionEffects = {
  initialized: boolean;
  terminated: boolean;
  completed: boolean;
  passed: boolean;
  failed: boolean;
  scoreScaled: number | null;
};

export type RuleOutcome =
  | { ok: true; effects: SessionEffects }
  | { ok: false; status: 400 | 403; rule: string; message: string };

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const idsOf = (list: unknown) => (Array.isArray(list) ? list.filter(isObject).map((entry) => entry.id) : []);

export function checkSessionStatements(session: SessionView, statements: unknown[]): RuleOutcome {
  const effects: SessionEffects = {
    initialized: false,
    terminated: false,
    completed: false,
    passed: false,
    failed: false,
    scoreScaled: null,
  };
  let status = session.status;
  let completed = session.completed;
  let passed = session.passed;
  const refuse = (rule: string, message: string, index: number): RuleOutcome => ({
    ok: false,
    status: 403,
    rule,
    message: statements.length > 1 ? `statement [${index}]: ${message}` : message,
  });
  for (const [index, statement] of statements.entries()) {
    if (!isObject(statement))
      return { ok: false, status: 400, rule: 'xAPI Data 2.2', message: 'a statement is a JSON object' };
    const actor = isObject(statement.actor) ? statement.actor : {};
    const account = isObject(actor.account) ? actor.account : {};
    if (
      account.homePage !== session.actor.account.homePage ||
      account.name !== session.actor.account.name ||
      actor.mbox !== undefined
    )
      return refuse('cmi5 9.2.2 (Actor)', 'the actor must be the learner the AU was launched for', index);
    const context = isObject(statement.context) ? statement.context : {};
    if (String(context.registration ?? '').toLowerCase() !== session.registrationId)
      return refuse(
        'cmi5 9.6.1 (Registration)',
        'context.registration must be the launch registration',
        index,
      );
    const contextExtensions = isObject(context.extensions) ? context.extensions : {};
    if (contextExtensions[extensions.sessionId] !== session.sessionId)
      return refuse(
        'cmi5 9.6.3.1 (Session ID)',
        'context.extensions must carry this session id (use the contextTemplate of LMS.LaunchData)',
        index,
      );
    if (status === 'terminated' || status === 'abandoned')
      return refuse(
        'cmi5 9.3.8 (Terminated)',
        `the session has ended (${status}): no more statements`,
        index,
      );
    const verbIri = isObject(statement.verb) ? String(statement.verb.id ?? '') : '';
    const verb = verbByIri.get(verbIri);
    const contextActivities = isObject(context.contextActivities) ? context.contextActivities : {};
    const categoryIds = idsOf(contextActivities.category);
    const isCmi5 = categoryIds.includes(categories.cmi5);
    if (verb && lmsVerbs.includes(verb))
      return refuse(`cmi5 9.3 (${verb})`, `only the LMS writes "${verb}" statements`, index);
    if (status === 'launched' && verb !== 'initialized')
      return refuse('cmi5 9.3.2 (Initialized)', 'the first statement of a session is "initialized"', index);
    if (!verb) {
      if (isCmi5)
        return refuse(
          'cmi5 9.6.2.1 (cmi5 Category)',
          'only cmi5 defined statements carry the cmi5 category',
          index,
        );
      continue; // a cmi5 allowed statement, between initialized and terminated
    }
    if (!isCmi5)
      return refuse('cmi5 9.6.2.1 (cmi5 Category)', `a "${verb}" statement carries the cmi5 category`, index);
    const object = isObject(statement.object) ? statement.object : {};
    if (object.id !== session.activityId)
      return refuse(
        'cmi5 9.4 (Object)',
        'the object of a cmi5 defined statement is the AU (activityId)',
        index,
      );
    const result = isObject(statement.result) ? statement.result : {};
    const score = isObject(result.score) ? result.score : {};
    const scaled = typeof score.scaled === 'number' ? score.scaled : null;
    if (verb === 'initialized') {
      if (status !== 'launched')
        return refuse('cmi5 9.3.2 (Initialized)', '"initialized" comes once per session', index);
      status = 'initialized';
      effects.initialized = true;
      continue;
    }
    if (verb === 'terminated') {
      status = 'terminated';
      effects.terminated = true;
      continue;
    }
    // completed, passed, failed
    if (session.launchMode !== 'Normal')
      return refuse(
        'cmi5 10.2.2 (launchMode)',
        `"${verb}" is not allowed in ${session.launchMode} mode: nothing counts outside Normal`,
        index,
      );
    if (!categoryIds.includes(categories.moveOn))
      return refuse(
        'cmi5 9.6.2.2 (moveOn Category)',
        `a "${verb}" statement carries the moveOn category`,
        index,
      );
    if (verb === 'completed') {
      if (completed)
        return refuse('cmi5 9.3.3 (Completed)', 'the AU was already completed in this registration', index);
      if (result.completion !== true)
        return refuse('cmi5 9.5.3 (Completion)', '"completed" has result.completion true', index);
      completed = true;
      effects.completed = true;
      continue;
    }
    if (passed)
      return refuse(
        `cmi5 9.3.${verb === 'passed' ? 4 : 5} (${verb})`,
        `the AU was already passed in this registration: no "${verb}" after "passed"`,
        index,
      );
    if (result.success !== (verb === 'passed'))
      return refuse('cmi5 9.5.2 (Success)', `"${verb}" has result.success ${verb === 'passed'}`, index);
    if (session.masteryScore !== null) {
      if (scaled === null)
        return refuse(
          'cmi5 9.5.1 (Score)',
          `"${verb}" reports result.score.scaled: the AU has a masteryScore`,
          index,
        );
      if (verb === 'passed' ? scaled < session.masteryScore : scaled >= session.masteryScore)
        return refuse(
          'cmi5 9.3.4 (masteryScore)',
          `a scaled score of ${scaled} ${verb === 'passed' ? 'is below' : 'meets'} the masteryScore ${session.masteryScore}`,
          index,
        );
      if (contextExtensions[extensions.masteryScore] !== session.masteryScore)
        return refuse(
          'cmi5 9.6.3.2 (masteryScore extension)',
          `context.extensions carries the masteryScore ${session.masteryScore}`,
          index,
        );
    }
    if (verb === 'passed') {
      passed = true;
      effects.passed = true;
    } else effects.failed = true;
    if (scaled !== null) effects.scoreScaled = scaled;
  }
  return { ok: true, effects };
}
