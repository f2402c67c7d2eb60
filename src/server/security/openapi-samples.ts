import { randomUUID } from 'node:crypto';

// Builds requests from the app's own OpenAPI document, for the generated input sweep.

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  default?: unknown;
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
};

type Parameter = {
  in: 'path' | 'query' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema: JsonSchema;
};
type Operation = {
  security?: unknown[];
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
};
export type OpenApiDocument = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

export type SweepOperation = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  isPublic: boolean;
  pathParams: Parameter[];
  queryParams: Parameter[];
  jsonBody: JsonSchema | null;
  isMultipart: boolean;
};

export function operationsOf(document: OpenApiDocument): SweepOperation[] {
  return Object.entries(document.paths).flatMap(([path, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const parameters = operation.parameters ?? [];
      const content = operation.requestBody?.content ?? {};
      return {
        method: method.toUpperCase() as SweepOperation['method'],
        path,
        isPublic: Array.isArray(operation.security) && operation.security.length === 0,
        pathParams: parameters.filter((p) => p.in === 'path'),
        queryParams: parameters.filter((p) => p.in === 'query'),
        jsonBody: content['application/json']?.schema ?? null,
        isMultipart: Boolean(content['multipart/form-data']),
      };
    }),
  );
}

/** Chooses a real id for a field by its name (personId, skillId, …); null for "any uuid". */
export type IdPicker = (fieldName: string) => string | null;

const patternCandidates = ['2026', 'sweep', 'sweep-token-123456', 'abc'];

/** A value that satisfies the schema as far as the sweep needs: every property filled in, one item per list. */
export function sampleOf(
  schema: JsonSchema,
  document: OpenApiDocument,
  pickId: IdPicker,
  name = '',
  depth = 0,
): unknown {
  if (depth > 12) return null;
  if (schema.$ref) {
    const key = schema.$ref.replace('#/components/schemas/', '');
    return sampleOf(document.components?.schemas?.[key] ?? {}, document, pickId, name, depth + 1);
  }
  const options = schema.anyOf ?? schema.oneOf;
  if (options) {
    const chosen = options.find((option) => option.type !== 'null') ?? options[0]!;
    return sampleOf(chosen, document, pickId, name, depth + 1);
  }
  if (schema.allOf) return sampleOf(Object.assign({}, ...schema.allOf), document, pickId, name, depth + 1);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'string':
      return stringSample(schema, pickId, name);
    case 'integer':
    case 'number': {
      const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 1);
      const wanted = typeof schema.default === 'number' ? schema.default : low;
      return Math.min(Math.max(wanted, low), schema.maximum ?? Number.POSITIVE_INFINITY);
    }
    case 'boolean':
      return false;
    case 'array': {
      const count = Math.max(schema.minItems ?? 0, 1);
      return Array.from({ length: count }, () =>
        sampleOf(schema.items ?? {}, document, pickId, singular(name), depth + 1),
      );
    }
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {}))
        value[key] = sampleOf(property, document, pickId, key, depth + 1);
      if (typeof schema.additionalProperties === 'object' && !schema.properties)
        value.sweep = sampleOf(schema.additionalProperties, document, pickId, 'sweep', depth + 1);
      return value;
    }
    default:
      return schema.properties
        ? sampleOf({ ...schema, type: 'object' }, document, pickId, name, depth)
        : 'sweep';
  }
}

const singular = (name: string) => name.replace(/Ids$/, 'Id').replace(/s$/, '');

function stringSample(schema: JsonSchema, pickId: IdPicker, name: string): string {
  switch (schema.format) {
    case 'uuid':
      return pickId(name) ?? randomUUID();
    case 'date':
      return '2026-06-15';
    case 'date-time':
      return '2026-06-15T10:00:00+02:00';
    case 'email':
      return 'sweep@example.org';
    case 'uri':
      return 'https://example.org/sweep';
  }
  const length = (value: string) =>
    value.length >= (schema.minLength ?? 0) && value.length <= (schema.maxLength ?? Number.POSITIVE_INFINITY);
  if (schema.pattern) {
    const pattern = new RegExp(schema.pattern, 'u');
    const fitting = patternCandidates.find((candidate) => pattern.test(candidate) && length(candidate));
    if (fitting) return fitting;
  }
  const text = 'Sweep';
  return text.padEnd(schema.minLength ?? 0, 'x').slice(0, schema.maxLength ?? text.length);
}

export type Path = (string | number)[];

/** Every place in a value that holds a string, as a path from the top. */
export function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((entry, index) => stringPaths(entry, [...path, index]));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, entry]) => stringPaths(entry, [...path, key]));
  return [];
}

/** A copy of the value with the string at the path changed. */
export function withStringAt(value: unknown, path: Path, change: (text: string) => string): unknown {
  const copy = structuredClone(value);
  if (path.length === 0) return change(value as string);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  parent[last] = change(parent[last] as string);
  return copy;
}

/** The field name the API gives for a body path: skills.0.skillId. */
export const fieldName = (path: Path) => path.join('.');
