/**
 * The finishing touches on the OpenAPI document, made centrally so that no module has to remember
 * them (and generated clients get the same names whoever adds a route): an `operationId` derived from
 * method and path, a 2xx answer on every operation, and no component that nothing refers to.
 */
type Json = Record<string, unknown>;
type Operation = { operationId?: string; responses?: Record<string, unknown> };
type Document = { paths?: Record<string, Record<string, Operation>>; components?: Record<string, Json> };

const methods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const apiPrefix = /^\/api\/v\d+/;

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const words = (segment: string) => segment.split(/[^A-Za-z0-9]+/).filter(Boolean);

/**
 * `GET /api/v1/plans/{id}/goals` → `getPlansByIdGoals`: stable (a function of the route only),
 * camelCase, and unique because method and path are.
 */
export function operationIdOf(method: string, path: string): string {
  const parts = path
    .replace(apiPrefix, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      const parameter = /^\{(.+)\}$/.exec(segment);
      return parameter ? ['by', ...words(parameter[1]!)] : words(segment);
    });
  return [method.toLowerCase(), ...parts.map(capitalise)].join('');
}

/**
 * The zod transform points into shared recursive definitions as `…/__shared#/$defs/x`, a second
 * fragment that linters cannot follow; written as one JSON pointer it means the same.
 */
function normaliseRefs(value: unknown) {
  if (Array.isArray(value)) for (const item of value) normaliseRefs(item);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.indexOf('#', 1) > 0)
        (value as Json)[key] = inner.replace(/(?<=.)#\//, '/');
      else normaliseRefs(inner);
    }
}

/** Shared recursive definitions become components of their own, which linters and generators can name. */
function hoistSharedDefinitions(document: Document) {
  const schemas = document.components?.schemas as Record<string, Json> | undefined;
  const shared = schemas?.__shared as { $defs?: Record<string, Json> } | undefined;
  if (!schemas || !shared) return;
  const nameOf = (def: string) => `Shared${capitalise(def)}`;
  for (const [def, schema] of Object.entries(shared.$defs ?? {})) schemas[nameOf(def)] = schema;
  delete schemas.__shared;
  const rewrite = (value: unknown) => {
    if (Array.isArray(value)) for (const item of value) rewrite(item);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        const match =
          key === '$ref' &&
          typeof inner === 'string' &&
          /^#\/components\/schemas\/__shared\/\$defs\/(.+)$/.exec(inner);
        if (match) (value as Json)[key] = `#/components/schemas/${nameOf(match[1]!)}`;
        else rewrite(inner);
      }
  };
  rewrite(document);
}

/** Every `$ref` string anywhere inside `value`. */
function collectRefs(value: unknown, into: Set<string>) {
  if (Array.isArray(value)) for (const item of value) collectRefs(item, into);
  else if (value && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string') into.add(inner);
      else collectRefs(inner, into);
    }
}

/** Resolves a local JSON pointer such as `#/components/schemas/X/$defs/y`. */
function resolvePointer(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const raw of pointer.slice(2).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    node = node && typeof node === 'object' ? (node as Json)[key] : undefined;
  }
  return node;
}

/** Drops components (and `$defs` inside them) that no operation reaches, directly or through others. */
function pruneComponents(document: Document) {
  const schemas = document.components?.schemas as Record<string, Json> | undefined;
  if (!schemas) return;
  const reached = new Set<string>();
  const pending: string[] = [];
  const visit = (value: unknown) => {
    const found = new Set<string>();
    collectRefs(value, found);
    for (const ref of found)
      if (!reached.has(ref)) {
        reached.add(ref);
        pending.push(ref);
      }
  };
  visit(document.paths);
  while (pending.length) visit(resolvePointer(document, pending.pop()!));
  const prefix = '#/components/schemas/';
  const used = [...reached].filter((ref) => ref.startsWith(prefix)).map((ref) => ref.slice(prefix.length));
  for (const [name, schema] of Object.entries(schemas)) {
    const isWhole = used.includes(name);
    const defs = schema.$defs as Json | undefined;
    if (!isWhole && defs) {
      for (const def of Object.keys(defs)) if (!used.includes(`${name}/$defs/${def}`)) delete defs[def];
      if (Object.keys(defs).length) continue;
    }
    if (!isWhole) delete schemas[name];
  }
}

/** Applied to the whole document after the zod transform (`transformObject` in app.ts). */
export function finishOpenapiDocument<T>(document: T): T {
  const doc = document as Document;
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const [method, operation] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      operation.operationId ??= operationIdOf(method, path);
      operation.responses ??= {};
      const responses = operation.responses;
      // Routes that answer with a file or a redirect describe only their errors.
      if (!Object.keys(responses).some((status) => /^(2\d\d|2XX|default)$/.test(status)))
        responses['200'] = { description: 'The file or page asked for.' };
    }
  normaliseRefs(doc);
  hoistSharedDefinitions(doc);
  pruneComponents(doc);
  return document;
}
