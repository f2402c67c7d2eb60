import {
  array,
  at,
  fail,
  irl,
  isObject,
  type JsonObject,
  object,
  onlyKeys,
  string,
  type Where,
} from './validate-primitives.ts';

const ifiNames = ['mbox', 'mbox_sha1sum', 'openid', 'account'] as const;
const agentKeys = ['objectType', 'name', ...ifiNames];
const groupKeys = [...agentKeys, 'member'];

const mboxPattern = /^mailto:[^@\s]+@[^@\s]+\.[^@\s]+$|^mailto:[^@\s]+@[^@\s]+$/;

/** Exactly one inverse functional identifier, in its own shape (Data 2.4.2.3). */
function inverseFunctionalIdentifier(value: JsonObject, where: Where, isRequired: boolean): void {
  const present = ifiNames.filter((name) => value[name] !== undefined);
  const rule = 'Data 2.4.2.3 (Inverse Functional Identifier)';
  if (present.length > 1)
    fail(where, `has ${present.join(' and ')}; an agent has exactly one identifier`, rule);
  if (present.length === 0) {
    if (isRequired) fail(where, 'needs one of mbox, mbox_sha1sum, openid or account', rule);
    return;
  }
  const name = present[0]!;
  const here = at(where, name);
  if (name === 'mbox') {
    const mbox = string(value.mbox, here, rule);
    if (!mboxPattern.test(mbox)) fail(here, 'must be "mailto:" followed by an e-mail address', rule);
  } else if (name === 'mbox_sha1sum') {
    const sum = string(value.mbox_sha1sum, here, rule);
    if (!/^[0-9a-f]{40}$/i.test(sum)) fail(here, 'must be the 40 hexadecimal characters of a SHA1', rule);
  } else if (name === 'openid') {
    irl(value.openid, here, rule);
  } else {
    const account = object(value.account, here, 'Data 2.4.2.4 (Account Object)');
    onlyKeys(account, ['homePage', 'name'], here, 'Data 2.4.2.4 (Account Object)');
    if (account.homePage === undefined) fail(at(here, 'homePage'), 'is required', 'Data 2.4.2.4');
    if (account.name === undefined) fail(at(here, 'name'), 'is required', 'Data 2.4.2.4');
    irl(account.homePage, at(here, 'homePage'), 'Data 2.4.2.4 (Account Object)');
    string(account.name, at(here, 'name'), 'Data 2.4.2.4 (Account Object)');
  }
}

export function agent(
  value: unknown,
  where: Where,
  options: { isObjectTypeRequired?: boolean } = {},
): JsonObject {
  const rule = 'Data 2.4.2.1 (Agent)';
  const agentObject = object(value, where, rule);
  onlyKeys(agentObject, agentKeys, where, rule);
  if (agentObject.objectType === undefined && options.isObjectTypeRequired)
    fail(at(where, 'objectType'), 'is required when an Agent is the object', 'Data 2.4.4.2');
  if (agentObject.objectType !== undefined && agentObject.objectType !== 'Agent')
    fail(at(where, 'objectType'), 'must be "Agent"', rule);
  if (agentObject.name !== undefined) string(agentObject.name, at(where, 'name'), rule);
  inverseFunctionalIdentifier(agentObject, where, true);
  return agentObject;
}

export function group(value: unknown, where: Where): JsonObject {
  const rule = 'Data 2.4.2.2 (Group)';
  const groupObject = object(value, where, rule);
  onlyKeys(groupObject, groupKeys, where, rule);
  if (groupObject.objectType !== 'Group') fail(at(where, 'objectType'), 'must be "Group"', rule);
  if (groupObject.name !== undefined) string(groupObject.name, at(where, 'name'), rule);
  const isIdentified = ifiNames.some((name) => groupObject[name] !== undefined);
  inverseFunctionalIdentifier(groupObject, where, false);
  if (groupObject.member === undefined) {
    if (!isIdentified) fail(at(where, 'member'), 'is required in an anonymous group', rule);
    return groupObject;
  }
  const members = array(groupObject.member, at(where, 'member'), rule);
  if (!isIdentified && members.length === 0)
    fail(at(where, 'member'), 'an anonymous group needs at least one member', rule);
  members.forEach((member, index) => {
    const here = at(at(where, 'member'), index);
    if (isObject(member) && member.objectType === 'Group') fail(here, 'a group cannot contain a group', rule);
    agent(member, here);
  });
  return groupObject;
}

/** An Agent, or a Group when objectType says so (actor, instructor, authority). */
export function actor(
  value: unknown,
  where: Where,
  options: { isObjectTypeRequired?: boolean } = {},
): JsonObject {
  if (isObject(value) && value.objectType === 'Group') return group(value, where);
  return agent(value, where, options);
}

/** The authority: an Agent, or the two-agent group of a three-legged OAuth application (Data 2.4.9). */
export function authority(value: unknown, where: Where): void {
  const checked = actor(value, where);
  if (checked.objectType === 'Group') {
    const members = Array.isArray(checked.member) ? checked.member : [];
    const isIdentified = ifiNames.some((name) => checked[name] !== undefined);
    if (members.length !== 2 || isIdentified)
      fail(
        where,
        'an authority group is an anonymous group of an OAuth consumer and user: two agents',
        'Data 2.4.9',
      );
  }
}
