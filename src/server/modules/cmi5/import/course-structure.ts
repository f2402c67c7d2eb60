// The course structure of cmi5.xml (cmi5 spec section 13): a course, its objectives, and a tree of
// blocks and assignable units (AUs). Stored as JSON on the course and read by launch and moveOn.

export type LangMap = Record<string, string>;
export type MoveOn = 'Passed' | 'Completed' | 'CompletedAndPassed' | 'CompletedOrPassed' | 'NotApplicable';
export const moveOnValues: MoveOn[] = [
  'Passed',
  'Completed',
  'CompletedAndPassed',
  'CompletedOrPassed',
  'NotApplicable',
];
export type LaunchMethod = 'AnyWindow' | 'OwnWindow';

export type Objective = { id: string; title: LangMap; description: LangMap };

export type AssignableUnit = {
  kind: 'au';
  id: string;
  title: LangMap;
  description: LangMap;
  objectives: string[];
  /** As written: relative to cmi5.xml inside a zip, or an absolute http(s) address. */
  url: string;
  isExternal: boolean;
  moveOn: MoveOn;
  masteryScore: number | null;
  launchMethod: LaunchMethod;
  launchParameters: string | null;
  entitlementKey: string | null;
  activityType: string | null;
};

export type Block = {
  kind: 'block';
  id: string;
  title: LangMap;
  description: LangMap;
  objectives: string[];
  children: CourseNode[];
};

export type CourseNode = Block | AssignableUnit;

export type CourseStructure = {
  id: string;
  title: LangMap;
  description: LangMap;
  objectives: Objective[];
  children: CourseNode[];
};

export type StructureProblem = { file: string; line: number | null; code: string; message: string };

/** Every AU of the tree in document order. */
export function unitsOf(nodes: CourseNode[]): AssignableUnit[] {
  return nodes.flatMap((node) => (node.kind === 'au' ? [node] : unitsOf(node.children)));
}

/** Every block of the tree in document order. */
export function blocksOf(nodes: CourseNode[]): Block[] {
  return nodes.flatMap((node) => (node.kind === 'block' ? [node, ...blocksOf(node.children)] : []));
}

/** The text in the learner's language, else English, else the first there is. */
export function textIn(map: LangMap, locale: string): string {
  const wanted = Object.entries(map);
  const find = (prefix: string) => wanted.find(([lang]) => lang.toLowerCase().startsWith(prefix))?.[1];
  return find(locale.toLowerCase()) ?? find('en') ?? wanted[0]?.[1] ?? '';
}
