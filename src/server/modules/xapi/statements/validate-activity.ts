import {
  array,
  at,
  extensions,
  fail,
  iri,
  irl,
  type JsonObject,
  languageMap,
  object,
  onlyKeys,
  string,
  type Where,
} from './validate-primitives.ts';

const interactionTypes = [
  'true-false',
  'choice',
  'fill-in',
  'long-fill-in',
  'matching',
  'performance',
  'sequencing',
  'likert',
  'numeric',
  'other',
];

/** Which component lists each interaction type may carry (Data 2.4.4.1, interaction components). */
const componentsOf: Record<string, string[]> = {
  choice: ['choices'],
  sequencing: ['choices'],
  likert: ['scale'],
  matching: ['source', 'target'],
  performance: ['steps'],
};
const componentLists = ['choices', 'scale', 'source', 'target', 'steps'];

const definitionKeys = [
  'name',
  'description',
  'type',
  'moreInfo',
  'extensions',
  'interactionType',
  'correctResponsesPattern',
  ...componentLists,
];

function interactionComponents(value: unknown, where: Where): void {
  const rule = 'Data 2.4.4.1 (Interaction Components)';
  const seen = new Set<string>();
  array(value, where, rule).forEach((entry, index) => {
    const here = at(where, index);
    const component = object(entry, here, rule);
    onlyKeys(component, ['id', 'description'], here, rule);
    if (component.id === undefined) fail(at(here, 'id'), 'is required', rule);
    const id = string(component.id, at(here, 'id'), rule);
    if (id.trim() === '') fail(at(here, 'id'), 'must not be empty', rule);
    if (seen.has(id)) fail(at(here, 'id'), `"${id}" is used twice in this list`, rule);
    seen.add(id);
    if (component.description !== undefined) languageMap(component.description, at(here, 'description'));
  });
}

export function activityDefinition(value: unknown, where: Where): void {
  const rule = 'Data 2.4.4.1 (Activity Definition)';
  const definition = object(value, where, rule);
  onlyKeys(definition, definitionKeys, where, rule);
  if (definition.name !== undefined) languageMap(definition.name, at(where, 'name'));
  if (definition.description !== undefined) languageMap(definition.description, at(where, 'description'));
  if (definition.type !== undefined) iri(definition.type, at(where, 'type'), rule);
  if (definition.moreInfo !== undefined) irl(definition.moreInfo, at(where, 'moreInfo'), rule);
  if (definition.extensions !== undefined) extensions(definition.extensions, at(where, 'extensions'));
  const type = definition.interactionType;
  if (type !== undefined) {
    const text = string(type, at(where, 'interactionType'), rule);
    if (!interactionTypes.includes(text))
      fail(at(where, 'interactionType'), `"${text}" is not one of ${interactionTypes.join(', ')}`, rule);
  }
  if (definition.correctResponsesPattern !== undefined) {
    if (type === undefined)
      fail(
        at(where, 'correctResponsesPattern'),
        'needs an interactionType',
        'Data 2.4.4.1 (Interaction Activities)',
      );
    array(definition.correctResponsesPattern, at(where, 'correctResponsesPattern'), rule).forEach(
      (pattern, index) => {
        string(pattern, at(at(where, 'correctResponsesPattern'), index), rule);
      },
    );
  }
  for (const list of componentLists) {
    if (definition[list] === undefined) continue;
    const allowed = typeof type === 'string' ? (componentsOf[type] ?? []) : [];
    if (!allowed.includes(list))
      fail(
        at(where, list),
        `is not allowed with interactionType ${type === undefined ? '(none)' : `"${String(type)}"`}`,
        'Data 2.4.4.1 (Interaction Components)',
      );
    interactionComponents(definition[list], at(where, list));
  }
}

export function activity(value: unknown, where: Where): JsonObject {
  const rule = 'Data 2.4.4.1 (Activity)';
  const activityObject = object(value, where, rule);
  onlyKeys(activityObject, ['objectType', 'id', 'definition'], where, rule);
  if (activityObject.objectType !== undefined && activityObject.objectType !== 'Activity')
    fail(at(where, 'objectType'), 'must be "Activity"', rule);
  if (activityObject.id === undefined) fail(at(where, 'id'), 'is required', rule);
  iri(activityObject.id, at(where, 'id'), rule);
  if (activityObject.definition !== undefined)
    activityDefinition(activityObject.definition, at(where, 'definition'));
  return activityObject;
}
