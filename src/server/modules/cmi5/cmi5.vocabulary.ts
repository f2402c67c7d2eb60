// The IRIs the cmi5 specification defines (verbs, categories, context extensions, activity types).

export const cmi5Verbs = {
  launched: 'http://adlnet.gov/expapi/verbs/launched',
  initialized: 'http://adlnet.gov/expapi/verbs/initialized',
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  abandoned: 'https://w3id.org/xapi/adl/verbs/abandoned',
  waived: 'https://w3id.org/xapi/adl/verbs/waived',
  terminated: 'http://adlnet.gov/expapi/verbs/terminated',
  satisfied: 'https://w3id.org/xapi/adl/verbs/satisfied',
} as const;
export type Cmi5Verb = keyof typeof cmi5Verbs;
export const verbByIri = new Map<string, Cmi5Verb>(
  Object.entries(cmi5Verbs).map(([name, iri]) => [iri, name as Cmi5Verb]),
);
/** Only the LMS writes these. */
export const lmsVerbs: Cmi5Verb[] = ['launched', 'satisfied', 'abandoned', 'waived'];

export const categories = {
  cmi5: 'https://w3id.org/xapi/cmi5/context/categories/cmi5',
  moveOn: 'https://w3id.org/xapi/cmi5/context/categories/moveon',
};
const extension = 'https://w3id.org/xapi/cmi5/context/extensions/';
export const extensions = {
  sessionId: `${extension}sessionid`,
  masteryScore: `${extension}masteryscore`,
  launchMode: `${extension}launchmode`,
  launchUrl: `${extension}launchurl`,
  moveOn: `${extension}moveon`,
  launchParameters: `${extension}launchparameters`,
  reason: 'https://w3id.org/xapi/cmi5/result/extensions/reason',
};
export const activityTypes = {
  course: 'https://w3id.org/xapi/cmi5/activitytype/course',
  block: 'https://w3id.org/xapi/cmi5/activitytype/block',
};
export type LaunchMode = 'Normal' | 'Browse' | 'Review';
export const launchModes: LaunchMode[] = ['Normal', 'Browse', 'Review'];

/** Why the LMS waived an AU (cmi5 9.5.5.3, result extension "reason" of the waived statement). */
export const waiveReasons = [
  'Tested Out',
  'Equivalent AU',
  'Equivalent Outside Activity',
  'Administrative',
] as const;
export type WaiveReason = (typeof waiveReasons)[number];
