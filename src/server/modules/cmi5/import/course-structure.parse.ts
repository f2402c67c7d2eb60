import { attributeOf, childNamed, childrenNamed, parseXml, type XmlElement } from '../../scorm/index.ts';
import {
  type AssignableUnit,
  type Block,
  type CourseNode,
  type CourseStructure,
  type LangMap,
  type LaunchMethod,
  type MoveOn,
  moveOnValues,
  type Objective,
  type StructureProblem,
} from './course-structure.ts';

// Reads cmi5.xml into a CourseStructure, or lists every problem with its line: the XML itself, a
// missing title or URL, an unknown moveOn or launchMethod, a masteryScore outside 0–1, ids used twice,
// an objective reference to nothing, a relative AU address in a course without its files.

export const structureFile = 'cmi5.xml';
const maxNodes = 5000;

type Options = { file?: string; hasFiles: boolean; fileExists?: (path: string) => boolean };
type Result = { ok: true; structure: CourseStructure } | { ok: false; problems: StructureProblem[] };

const isIri = (value: string) => /^[a-z][a-z0-9+.-]*:\S+$/i.test(value) && value.length <= 2000;

export function parseCourseStructure(xml: string, options: Options): Result {
  const file = options.file ?? structureFile;
  const problems: StructureProblem[] = [];
  const problem = (line: number | null, code: string, message: string) =>
    problems.push({
      file,
      line,
      code,
      message: line ? `${file} line ${line}: ${message}` : `${file}: ${message}`,
    });
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    problem(parsed.line, 'badXml', `the XML does not parse (${parsed.message})`);
    return { ok: false, problems };
  }
  const root = parsed.root;
  if (root.name !== 'courseStructure') {
    problem(root.line, 'notCmi5', `the root element is <${root.name}>, not <courseStructure>`);
    return { ok: false, problems };
  }
  const ids = new Map<string, number>();
  let nodes = 0;
  const idOf = (element: XmlElement, what: string): string => {
    const id = attributeOf(element, 'id')?.trim() ?? '';
    if (!id) problem(element.line, 'missingId', `<${element.name}> has no id`);
    else if (!isIri(id)) problem(element.line, 'badId', `the ${what} id "${id.slice(0, 100)}" is not an IRI`);
    else if (ids.has(id))
      problem(element.line, 'duplicateId', `the id "${id}" is used twice (also on line ${ids.get(id)})`);
    else ids.set(id, element.line);
    return id;
  };
  const langMap = (element: XmlElement, name: 'title' | 'description', isRequired: boolean): LangMap => {
    const holder = childNamed(element, name);
    const map: LangMap = {};
    for (const text of childrenNamed(holder, 'langstring'))
      map[attributeOf(text, 'lang')?.trim() || 'und'] = text.text.slice(0, 2000);
    if (isRequired && !Object.values(map).some((value) => value.trim()))
      problem(
        element.line,
        'missingTitle',
        `<${element.name}> has no ${name} (a <${name}> with a <langstring>)`,
      );
    return map;
  };
  const objectiveRefs = (element: XmlElement) =>
    childrenNamed(childNamed(element, 'objectives'), 'objective').map((ref) => ({
      id: attributeOf(ref, 'idref')?.trim() ?? '',
      line: ref.line,
    }));
  const references: { id: string; line: number }[] = [];

  const course = childNamed(root, 'course');
  if (!course) {
    problem(root.line, 'missingCourse', '<courseStructure> has no <course>');
    return { ok: false, problems };
  }
  const courseId = idOf(course, 'course');
  const objectives: Objective[] = childrenNamed(childNamed(root, 'objectives'), 'objective').map(
    (element) => ({
      id: idOf(element, 'objective'),
      title: langMap(element, 'title', true),
      description: langMap(element, 'description', false),
    }),
  );

  const readAu = (element: XmlElement): AssignableUnit => {
    const id = idOf(element, 'AU');
    const moveOn = (attributeOf(element, 'moveOn') ?? 'NotApplicable') as MoveOn;
    if (!moveOnValues.includes(moveOn))
      problem(element.line, 'badMoveOn', `moveOn "${moveOn}" is not one of ${moveOnValues.join(', ')}`);
    const launchMethod = (attributeOf(element, 'launchMethod') ?? 'AnyWindow') as LaunchMethod;
    if (launchMethod !== 'AnyWindow' && launchMethod !== 'OwnWindow')
      problem(
        element.line,
        'badLaunchMethod',
        `launchMethod "${launchMethod}" is not AnyWindow or OwnWindow`,
      );
    const mastery = attributeOf(element, 'masteryScore');
    let masteryScore: number | null = null;
    if (mastery !== undefined) {
      masteryScore = Number(mastery);
      if (mastery.trim() === '' || !Number.isFinite(masteryScore) || masteryScore < 0 || masteryScore > 1)
        problem(element.line, 'badMasteryScore', `masteryScore "${mastery}" is not a decimal from 0 to 1`);
    }
    const urlElement = childNamed(element, 'url');
    const url = urlElement?.text.trim() ?? '';
    const isExternal = /^https?:\/\//i.test(url);
    if (!url) problem(element.line, 'missingUrl', `the AU "${id}" has no <url>`);
    else if (/^[a-z][a-z0-9+.-]*:/i.test(url) && !isExternal)
      problem(urlElement!.line, 'badUrl', `the AU address "${url.slice(0, 200)}" is not http(s) or relative`);
    else if (!isExternal && !options.hasFiles)
      problem(
        urlElement!.line,
        'relativeUrlWithoutFiles',
        `the AU address "${url.slice(0, 200)}" is relative, but a cmi5.xml on its own can only point at absolute http(s) addresses; upload the zip with its files`,
      );
    else if (!isExternal && options.fileExists && !options.fileExists(url.split(/[?#]/)[0]!))
      problem(
        urlElement!.line,
        'missingFile',
        `the AU address "${url.slice(0, 200)}" is not a file in the zip`,
      );
    for (const ref of objectiveRefs(element)) references.push(ref);
    const text = (name: string) => {
      const found = childNamed(element, name);
      return found ? found.text.slice(0, 10_000) : null;
    };
    return {
      kind: 'au',
      id,
      title: langMap(element, 'title', true),
      description: langMap(element, 'description', false),
      objectives: objectiveRefs(element).map((ref) => ref.id),
      url,
      isExternal,
      moveOn,
      masteryScore,
      launchMethod,
      launchParameters: text('launchParameters'),
      entitlementKey: text('entitlementKey'),
      activityType: attributeOf(element, 'activityType') ?? null,
    };
  };
  const readChildren = (element: XmlElement, depth: number): CourseNode[] =>
    element.children.flatMap((child): CourseNode[] => {
      if (++nodes > maxNodes) {
        if (nodes === maxNodes + 1) problem(child.line, 'tooLarge', `more than ${maxNodes} blocks and AUs`);
        return [];
      }
      if (child.name === 'au') return [readAu(child)];
      if (child.name !== 'block') return [];
      if (depth > 20) {
        problem(child.line, 'tooDeep', 'blocks are nested more than 20 deep');
        return [];
      }
      for (const ref of objectiveRefs(child)) references.push(ref);
      const block: Block = {
        kind: 'block',
        id: idOf(child, 'block'),
        title: langMap(child, 'title', true),
        description: langMap(child, 'description', false),
        objectives: objectiveRefs(child).map((ref) => ref.id),
        children: readChildren(child, depth + 1),
      };
      if (!block.children.some(Boolean))
        problem(child.line, 'emptyBlock', `the block "${block.id}" holds no AU or block`);
      return [block];
    });
  const children = readChildren(root, 0);
  const countUnits = (list: CourseNode[]): number =>
    list.reduce((sum, node) => sum + (node.kind === 'au' ? 1 : countUnits(node.children)), 0);
  if (countUnits(children) === 0) problem(root.line, 'noUnits', 'the course has no <au>');
  const known = new Set(objectives.map((objective) => objective.id));
  for (const ref of references)
    if (!known.has(ref.id))
      problem(ref.line, 'unknownObjective', `the objective "${ref.id}" is not defined under <objectives>`);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    structure: {
      id: courseId,
      title: langMap(course, 'title', true),
      description: langMap(course, 'description', false),
      objectives,
      children,
    },
  };
}
