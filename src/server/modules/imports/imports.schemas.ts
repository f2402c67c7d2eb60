import { z } from 'zod';
import { problemSchema } from '../../http/common.schemas.ts';
import { importFields } from './imports.fields.ts';

const header = z.string().min(1).max(200).nullable().optional();

export const columnMappingSchema = z
  .object(
    Object.fromEntries(importFields.map((field) => [field, header])) as Record<
      (typeof importFields)[number],
      typeof header
    >,
  )
  .strict()
  .describe(
    'Field → the header of the file column it comes from. A field left out is not imported (kept as is); ' +
      'a mapped but empty cell clears the value. Needs email and givenName + familyName (or fullName).',
  )
  .meta({ id: 'ImportColumnMapping' });

export const importFieldSchema = z.enum(importFields).meta({ id: 'ImportField' });

export const columnHintSchema = z
  .object({
    column: z.string().describe('Header of the column'),
    looksLike: z
      .enum(['manager', 'unit', 'date'])
      .nullable()
      .describe(
        'What the column looks like a reference to, by its header or its values; null: none of these',
      ),
  })
  .meta({ id: 'ImportColumnHint' });

export const uploadSchema = z
  .object({
    uploadId: z.uuid(),
    fileName: z.string(),
    kind: z.enum(['csv', 'xlsx']),
    encoding: z.string().describe('utf-8, windows-1252, utf-16le or xlsx'),
    separator: z.enum([';', ',', '\t']).nullable(),
    headers: z.array(z.string()),
    sampleRows: z
      .array(z.object({ line: z.number().int(), cells: z.array(z.string()) }))
      .describe('The first five data lines'),
    rowCount: z.number().int(),
    suggestedMapping: columnMappingSchema,
    isMappingRemembered: z.boolean().describe('The suggestion starts from the mapping used last time'),
    columnHints: z
      .array(columnHintSchema)
      .describe('Every column with what it looks like, so a client can warn when one is left unmapped'),
  })
  .meta({ id: 'ImportUpload' });

export const importProblemSchema = z
  .object({
    line: z
      .number()
      .int()
      .nullable()
      .describe('Line in the file; the header is line 1. Null: the whole file'),
    column: z.string().nullable().describe('Header of the column'),
    field: z.string().describe('Import field, or "file" / "mapping"'),
    message: z.string().describe('In English'),
    code: z
      .string()
      .describe(
        'Stable kind of problem: required, invalid_email, invalid_date, duplicate, unknown_manager, manager_loop, …',
      ),
    params: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .optional()
      .describe('What the message names: value, line, chain, max…'),
  })
  .meta({ id: 'ImportProblem' });

export const importBody = z.object({
  mapping: columnMappingSchema,
  deactivateMissing: z
    .boolean()
    .default(false)
    .describe('Mark everyone who is not in the file as left (never the person importing)'),
});

export const importSummarySchema = z
  .object({
    create: z.number().int(),
    update: z.number().int(),
    unchanged: z.number().int(),
    deactivate: z.number().int(),
    unitsCreated: z.number().int(),
    unitsUpdated: z.number().int(),
  })
  .meta({ id: 'ImportSummary' });

export const previewSchema = z
  .object({
    ok: z.boolean(),
    errors: z.array(importProblemSchema).describe('Every problem (at most 1,000), by line'),
    errorCount: z.number().int(),
    summary: importSummarySchema,
    changes: z
      .array(
        z.object({
          line: z.number().int().nullable(),
          action: z.enum(['create', 'update', 'deactivate']),
          name: z.string(),
          email: z.string(),
          fields: z.array(z.string()).describe('Changed columns, for updates'),
        }),
      )
      .describe('The first 50 changes'),
    unmappedColumns: z
      .array(columnHintSchema)
      .describe(
        'Columns of the file this mapping does not import. Those that look like a manager, unit or date ' +
          'reference are worth a second look: their data is left out.',
      ),
  })
  .meta({ id: 'ImportPreview' });

export const applySchema = z.object({ summary: importSummarySchema }).meta({ id: 'ImportResult' });

/** problem+json whose errors name line and column: what an import answers with 400. */
export const importProblemResponse = problemSchema
  .extend({
    errors: z.array(importProblemSchema.partial({ line: true, column: true, code: true })).optional(),
  })
  .meta({ id: 'ImportRejectedProblem' });

// Documents the multipart body; @fastify/multipart reads it as a stream, so there is nothing to validate here.
export const uploadBody = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('The CSV or XLSX file') })
  .nullish();

export const uploadParams = z.object({ id: z.uuid() });

export const exportQuery = z.object({
  format: z.enum(['csv', 'xlsx']).default('csv'),
  status: z.enum(['current', 'all']).default('current').describe('current leaves out people who have left'),
  language: z.enum(['nl', 'en']).optional().describe('Column headers; defaults to your language'),
});
