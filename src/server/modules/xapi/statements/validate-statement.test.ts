import { describe, expect, it } from 'vitest';
import { XapiError } from '../xapi.errors.ts';
import { agentKey, keysOf, newStatementId } from './statement-keys.ts';
import { validateStatement } from './validate-statement.ts';

const base = {
  actor: { mbox: 'mailto:noor@example.test' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/answered' },
  object: { id: 'https://content.example/q1' },
};

function refusal(statement: unknown, version: '1.0.3' | '2.0.0' = '1.0.3'): string {
  try {
    validateStatement(statement, { version });
  } catch (error) {
    if (error instanceof XapiError && error.status === 400) return error.message;
    throw error;
  }
  throw new Error('the statement was accepted');
}

describe('statement validation', () => {
  it.each([
    [
      'interaction components that do not belong to the interaction type',
      {
        ...base,
        object: { id: 'https://q.example', definition: { interactionType: 'true-false', choices: [] } },
      },
      'object.definition.choices: is not allowed with interactionType "true-false"',
    ],
    [
      'two choices with the same id',
      {
        ...base,
        object: {
          id: 'https://q.example',
          definition: { interactionType: 'choice', choices: [{ id: 'a' }, { id: 'a' }] },
        },
      },
      'object.definition.choices.1.id: "a" is used twice',
    ],
    [
      'a sub-statement inside a sub-statement',
      {
        ...base,
        object: { objectType: 'SubStatement', ...base, object: { objectType: 'SubStatement', ...base } },
      },
      'object.object.objectType: a SubStatement cannot contain a SubStatement',
    ],
    [
      'an id on a sub-statement',
      { ...base, object: { objectType: 'SubStatement', id: crypto.randomUUID(), ...base } },
      'object.id: is not allowed in a SubStatement',
    ],
    [
      'revision when the object is an agent',
      { ...base, object: { objectType: 'Agent', mbox: 'mailto:a@b.example' }, context: { revision: '2' } },
      'context.revision: is only allowed when the object is an Activity',
    ],
    [
      'a group as team without objectType',
      { ...base, context: { team: { member: [{ mbox: 'mailto:a@b.example' }] } } },
      'context.team: must be a Group',
    ],
    [
      'an anonymous group without members',
      { ...base, actor: { objectType: 'Group', name: 'Team' } },
      'actor.member: is required in an anonymous group',
    ],
    [
      'a duration mixing weeks and days',
      { ...base, result: { duration: 'P4W1D' } },
      'result.duration: "P4W1D" is not an ISO 8601 duration',
    ],
    [
      'a scaled score above 1',
      { ...base, result: { score: { scaled: 1.5 } } },
      'result.score.scaled: must lie between -1 and 1',
    ],
    ['version 2.0.0 under 1.0.3', { ...base, version: '2.0.0' }, 'version: "2.0.0" is not allowed'],
    [
      'an mbox without mailto',
      { ...base, actor: { mbox: 'noor@example.test' } },
      'actor.mbox: must be "mailto:"',
    ],
    [
      'an account without a home page',
      { ...base, actor: { account: { name: 'noor' } } },
      'actor.account.homePage: is required',
    ],
  ])('refuses %s', (_name, statement, message) => {
    expect(refusal(statement)).toContain(message);
  });

  it('knows contextAgents only from 2.0 on, and checks them', () => {
    const withContextAgents = {
      ...base,
      context: { contextAgents: [{ objectType: 'contextAgent', agent: { mbox: 'mailto:c@example.test' } }] },
    };
    expect(refusal(withContextAgents)).toContain('context.contextAgents: is not a property');
    expect(() => validateStatement(withContextAgents, { version: '2.0.0' })).not.toThrow();
    const withoutType = {
      ...base,
      context: { contextAgents: [{ agent: { mbox: 'mailto:c@example.test' } }] },
    };
    expect(refusal(withoutType, '2.0.0')).toContain(
      'context.contextAgents.0.objectType: must be "contextAgent"',
    );
  });

  it('gives back context activities as arrays and ids in lower case', () => {
    const id = crypto.randomUUID().toUpperCase();
    const checked = validateStatement(
      { ...base, id, context: { contextActivities: { parent: { id: 'https://content.example/course' } } } },
      { version: '1.0.3' },
    );
    expect(checked.id).toBe(id.toLowerCase());
    expect(checked.context).toEqual({
      contextActivities: { parent: [{ id: 'https://content.example/course' }] },
    });
  });
});

describe('statement keys', () => {
  it('find an agent by the same identifier wherever it appears, and groups by their members too', () => {
    const instructor = { mbox: 'mailto:trainer@example.test' };
    const member = { mbox: 'mailto:member@example.test' };
    const keys = keysOf(
      validateStatement(
        {
          ...base,
          context: {
            instructor,
            team: { objectType: 'Group', member: [member] },
            contextActivities: { grouping: [{ id: 'https://content.example/programme' }] },
          },
        },
        { version: '1.0.3' },
      ),
    );
    expect(keys.actorKey).toBe(agentKey(base.actor));
    expect(keys.relatedAgents).toEqual(expect.arrayContaining([agentKey(instructor), agentKey(member)]));
    expect(keys.relatedActivities).toHaveLength(2);
    expect(agentKey({ account: { homePage: 'https://a|b.example', name: 'c' } })).not.toBe(
      agentKey({ account: { homePage: 'https://a', name: 'b.example|c' } }),
    );
  });
});

describe('statement ids the store gives', () => {
  it('are version 7 UUIDs, all different, in the order they were made (across the random pool refills)', () => {
    const now = Date.now();
    const ids = Array.from({ length: 1_000 }, (_, n) => newStatementId(now + n));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
  });

  it('checks a statement the caller owns in place, and copies one it does not', () => {
    const owned = { ...base, id: 'AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA' };
    expect(validateStatement(owned, { version: '1.0.3', isOwned: true })).toBe(owned);
    expect(owned.id).toBe('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa');
    const given = { ...base, id: 'BBBBBBBB-BBBB-4BBB-8BBB-BBBBBBBBBBBB' };
    expect(validateStatement(given, { version: '1.0.3' }).id).toBe('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb');
    expect(given.id).toBe('BBBBBBBB-BBBB-4BBB-8BBB-BBBBBBBBBBBB');
  });
});
