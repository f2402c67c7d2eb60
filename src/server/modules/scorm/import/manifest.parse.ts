import { posix } from 'node:path';
import type {
  Edition,
  ManifestItem,
  PackageProblem,
  Sco,
  ScormManifest,
  ScormVersion,
} from './manifest.types.ts';
import { attributeOf, childNamed, childrenNamed, parseXml, type XmlElement } from './xml-tree.ts';

// Reads imsmanifest.xml for SCORM 1.2 and SCORM 2004 (2nd, 3rd, 4th edition): the default organisation's
// item tree, the resources the items launch (href with every xml:base and the item's parameters), the
// SCO/asset type and the rules the runtime needs (mastery score, completion threshold, time limit, launch
// data). Names are matched without their namespace prefix and case-insensitively where real manifests
// disagree (scormtype/scormType), as Moodle and SCORM Cloud are lenient there too.

export const manifestFile = 'imsmanifest.xml';

type Parsed = { ok: true; manifest: ScormManifest } | { ok: false; problems: PackageProblem[] };

/** A file the manifest points at: its path in the package, or null for an address on the web. */
export type ReferencedFile = { path: string; line: number; what: string };

type Resource = { element: XmlElement; id: string; base: string };

const problem = (line: number | null, code: string, message: string): PackageProblem => ({
  file: manifestFile,
  line,
  code,
  message: line === null ? `${manifestFile}: ${message}` : `${manifestFile}, line ${line}: ${message}`,
});

const isWebAddress = (href: string) => /^[a-z][a-z0-9+.-]*:/i.test(href);

function versionOf(root: XmlElement): { version: ScormVersion; edition: Edition | null } | string {
  const metadata = childNamed(root, 'metadata');
  const schema = childNamed(metadata, 'schema')?.text ?? '';
  const schemaVersion = (childNamed(metadata, 'schemaversion')?.text ?? '').trim();
  if (/common cartridge/i.test(schema)) return 'it is an IMS Common Cartridge, not a SCORM package';
  if (schemaVersion === '1.2') return { version: '1.2', edition: null };
  if (/^cam 1\.3$/i.test(schemaVersion)) return { version: '2004', edition: '2nd' };
  if (/2004/.test(schemaVersion)) {
    const edition = /(2nd|3rd|4th)/i.exec(schemaVersion)?.[1]?.toLowerCase() as Edition | undefined;
    return { version: '2004', edition: edition ?? null };
  }
  if (schemaVersion) return `schemaversion "${schemaVersion.slice(0, 40)}" is not SCORM 1.2 or SCORM 2004`;
  // No schemaversion: the namespaces tell (ADL's 2004 content packaging, IMS simple sequencing).
  const namespaces = Object.values(root.attributes).join(' ');
  if (/adlcp_v1p3|imsss|adlseq|adlnav/i.test(namespaces)) return { version: '2004', edition: null };
  return { version: '1.2', edition: null };
}

/** Joins xml:base values and an href the way a browser resolves them, inside the package. */
function resolveInPackage(bases: string[], href: string): string | null {
  let path = '';
  for (const part of [...bases, href]) {
    if (!part) continue;
    path = part.startsWith('/')
      ? part
      : path.endsWith('/') || !path
        ? path + part
        : `${posix.dirname(path)}/${part}`;
  }
  let decoded: string;
  try {
    decoded = decodeURI(path);
  } catch {
    decoded = path;
  }
  const normalised = posix.normalize(decoded.replace(/^\/+/, ''));
  return normalised.startsWith('..') || normalised === '.' ? null : normalised;
}

/** ADL's rule for adding an item's parameters to its launch address (CAM, "parameters"). */
export function withParameters(href: string, parameters: string | undefined): string {
  const text = (parameters ?? '').replace(/^[?&]+/, '');
  if (!text) return href;
  if (text.startsWith('#')) return href.includes('#') ? href : href + text;
  return href + (href.includes('?') ? '&' : '?') + text;
}

const numberOrNull = (value: string | undefined, min: number, max: number) => {
  if (value === undefined || value.trim() === '') return null;
  const number = Number(value);
  return Number.isFinite(number) && number >= min && number <= max ? number : null;
};

function completionThresholdOf(item: XmlElement): number | null {
  const element = childNamed(item, 'completionThreshold');
  if (!element) return null;
  // 4th edition: an empty element with attributes; 3rd edition: the number as its text.
  if (attributeOf(element, 'minProgressMeasure') !== undefined || attributeOf(element, 'completedByMeasure'))
    return attributeOf(element, 'completedByMeasure') === 'true'
      ? numberOrNull(attributeOf(element, 'minProgressMeasure') ?? '1', 0, 1)
      : null;
  return numberOrNull(element.text, 0, 1);
}

function scaledPassingScoreOf(item: XmlElement): number | null {
  const primary = childNamed(childNamed(childNamed(item, 'sequencing'), 'objectives'), 'primaryObjective');
  if (!primary || attributeOf(primary, 'satisfiedByMeasure') !== 'true') return null;
  return numberOrNull(childNamed(primary, 'minNormalizedMeasure')?.text ?? '1', -1, 1);
}

function hiddenControlsOf(item: XmlElement): string[] {
  const navigation = childNamed(childNamed(item, 'presentation'), 'navigationInterface');
  return childrenNamed(navigation, 'hideLMSUI').map((element) => element.text);
}

function controlModeOf(organization: XmlElement, version: ScormVersion) {
  if (version === '1.2') return { choice: true, flow: true };
  const mode = childNamed(childNamed(organization, 'sequencing'), 'controlMode');
  // IMS simple sequencing's defaults: choice on, flow off.
  return {
    choice: attributeOf(mode, 'choice') !== 'false',
    flow: attributeOf(mode, 'flow') === 'true',
  };
}

export function parseManifest(xml: string): Parsed {
  const parsed = parseXml(xml);
  if (!parsed.ok) {
    const where = parsed.column === null ? '' : `, column ${parsed.column}`;
    return {
      ok: false,
      problems: [problem(parsed.line, 'badXml', `is not valid XML${where}: ${parsed.message}`)],
    };
  }
  const root = parsed.root;
  if (root.name !== 'manifest')
    return {
      ok: false,
      problems: [
        problem(root.line, 'unsupportedManifest', `the root element is <${root.name}>, not <manifest>`),
      ],
    };
  const version = versionOf(root);
  if (typeof version === 'string')
    return { ok: false, problems: [problem(root.line, 'unsupportedManifest', version)] };

  const problems: PackageProblem[] = [];
  const manifestBase = root.attributes['xml:base'] ?? '';
  const resourcesElement = childNamed(root, 'resources');
  const resources = new Map<string, Resource>();
  for (const element of childrenNamed(resourcesElement, 'resource')) {
    const id = attributeOf(element, 'identifier') ?? '';
    if (!id) problems.push(problem(element.line, 'invalidManifest', 'a <resource> has no identifier'));
    else resources.set(id, { element, id, base: element.attributes['xml:base'] ?? '' });
  }
  const resourcesBase = resourcesElement?.attributes['xml:base'] ?? '';

  const organizationsElement = childNamed(root, 'organizations');
  const organizations = childrenNamed(organizationsElement, 'organization');
  const defaultId = attributeOf(organizationsElement, 'default');
  const organization =
    organizations.find((o) => attributeOf(o, 'identifier') === defaultId) ?? organizations[0];
  if (!organization)
    return {
      ok: false,
      problems: [
        problem(
          organizationsElement?.line ?? root.line,
          'unsupportedManifest',
          'there is no <organization> with items to launch',
        ),
      ],
    };
  if (defaultId && attributeOf(organization, 'identifier') !== defaultId)
    problems.push(
      problem(
        organizationsElement?.line ?? null,
        'invalidManifest',
        `the default organization "${defaultId}" does not exist`,
      ),
    );

  const scos: Sco[] = [];
  const seen = new Set<string>();
  const readItem = (element: XmlElement): ManifestItem | null => {
    const id = attributeOf(element, 'identifier') ?? '';
    if (!id) {
      problems.push(problem(element.line, 'invalidManifest', 'an <item> has no identifier'));
      return null;
    }
    if (seen.has(id))
      problems.push(problem(element.line, 'invalidManifest', `the identifier "${id}" is used twice`));
    seen.add(id);
    const title = childNamed(element, 'title')?.text || id;
    const children = childrenNamed(element, 'item')
      .map(readItem)
      .filter((child): child is ManifestItem => child !== null);
    const reference = attributeOf(element, 'identifierref');
    let scoId: string | null = null;
    if (reference) {
      const resource = resources.get(reference);
      const href = resource ? attributeOf(resource.element, 'href') : undefined;
      if (!resource)
        problems.push(
          problem(
            element.line,
            'unknownResource',
            `item "${id}" points at resource "${reference}", which the manifest does not have`,
          ),
        );
      else if (!href)
        problems.push(
          problem(resource.element.line, 'invalidManifest', `resource "${reference}" has no href to launch`),
        );
      else {
        const launchPath = isWebAddress(href)
          ? href
          : resolveInPackage([manifestBase, resourcesBase, resource.base], href);
        if (launchPath === null)
          problems.push(
            problem(
              resource.element.line,
              'unsafePath',
              `resource "${reference}" points outside the package (${href})`,
            ),
          );
        else {
          const isSco = (attributeOf(resource.element, 'scormtype') ?? 'sco').toLowerCase() !== 'asset';
          scoId = id;
          scos.push({
            id,
            title,
            launch: withParameters(launchPath, attributeOf(element, 'parameters')),
            kind: isSco ? 'sco' : 'asset',
            masteryScore:
              version.version === '1.2'
                ? numberOrNull(childNamed(element, 'masteryscore')?.text, 0, 100)
                : null,
            scaledPassingScore: version.version === '2004' ? scaledPassingScoreOf(element) : null,
            completionThreshold: version.version === '2004' ? completionThresholdOf(element) : null,
            maxTimeAllowed:
              (version.version === '1.2'
                ? childNamed(element, 'maxtimeallowed')?.text
                : attributeOf(
                    childNamed(childNamed(element, 'sequencing'), 'limitConditions'),
                    'attemptAbsoluteDurationLimit',
                  )) || null,
            timeLimitAction: childNamed(element, 'timelimitaction')?.text || null,
            launchData: childNamed(element, 'datafromlms')?.text || null,
            hiddenControls: hiddenControlsOf(element),
          });
        }
      }
    }
    return { id, title, isVisible: attributeOf(element, 'isvisible') !== 'false', scoId, children };
  };
  const items = childrenNamed(organization, 'item')
    .map(readItem)
    .filter((item): item is ManifestItem => item !== null);
  if (!scos.length && !problems.length)
    problems.push(
      problem(
        organization.line,
        'unsupportedManifest',
        'no item launches anything (no identifierref to a resource)',
      ),
    );
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    manifest: {
      scormVersion: version.version,
      edition: version.edition,
      title: childNamed(organization, 'title')?.text || attributeOf(root, 'identifier') || 'SCORM',
      items,
      scos,
      navigation: controlModeOf(organization, version.version),
    },
  };
}

/**
 * Every file the manifest names inside the package: each launch address and every <file href> of
 * the resources (with their xml:base), so a package that lacks one is refused naming the line.
 */
export function referencedFiles(xml: string): ReferencedFile[] {
  const parsed = parseXml(xml);
  if (!parsed.ok) return [];
  const root = parsed.root;
  const resourcesElement = childNamed(root, 'resources');
  const bases = [root.attributes['xml:base'] ?? '', resourcesElement?.attributes['xml:base'] ?? ''];
  const files: ReferencedFile[] = [];
  for (const resource of childrenNamed(resourcesElement, 'resource')) {
    const id = attributeOf(resource, 'identifier') ?? '';
    const resourceBases = [...bases, resource.attributes['xml:base'] ?? ''];
    const add = (href: string | undefined, line: number, what: string) => {
      if (!href || isWebAddress(href)) return;
      const path = resolveInPackage(resourceBases, href.split(/[?#]/)[0] ?? '');
      if (path) files.push({ path, line, what });
    };
    add(attributeOf(resource, 'href'), resource.line, `resource "${id}" launches`);
    for (const file of childrenNamed(resource, 'file'))
      add(attributeOf(file, 'href'), file.line, `resource "${id}" lists`);
  }
  return files;
}

/** Problems for referenced files the package does not hold. */
export function missingFileProblems(
  files: ReferencedFile[],
  has: (path: string) => boolean,
): PackageProblem[] {
  return files
    .filter((file) => !has(file.path))
    .map((file) =>
      problem(file.line, 'missingFile', `${file.what} ${file.path}, which the zip does not contain`),
    );
}
