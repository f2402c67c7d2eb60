import { z } from 'zod';
import { calendarDate } from '../../http/common.schemas.ts';
import { importProblemSchema } from '../imports/index.ts';

export const requestStates = [
  'pending_manager',
  'pending_hr',
  'approved',
  'declined',
  'cancelled',
  'completed',
] as const;

const cents = z.number().int().min(0).max(10_000_000_00);
const hours = z.number().int().min(0).max(10_000);
export const year = z.coerce.number().int().min(2000).max(2100);
const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const ledgerSchema = z
  .object({
    availableCents: z.number().int().describe('Amount for the year plus what was carried over'),
    pendingCents: z.number().int().describe('Requests still waiting for a decision'),
    committedCents: z.number().int().describe('Approved, not yet completed'),
    spentCents: z.number().int().describe('Completed, actual cost'),
    remainingCents: z.number().int().describe('available − committed − spent; pending not subtracted'),
    hours: z.number().int(),
    hoursUsed: z.number().int().describe('Hours of approved and completed requests'),
  })
  .meta({ id: 'BudgetLedger' });

export const budgetSchema = z
  .object({
    id: z.uuid(),
    person: personRef,
    year: z.number().int(),
    amountCents: z.number().int(),
    carriedOverCents: z.number().int(),
    source: z.enum(['rule', 'import', 'manual']),
    ledger: ledgerSchema,
  })
  .meta({ id: 'DevelopmentBudget' });

export const requestFileSchema = z
  .object({
    id: z.uuid(),
    purpose: z.enum(['quote', 'proof']),
    fileName: z.string(),
    sizeBytes: z.number().int(),
  })
  .meta({ id: 'BudgetRequestFile' });

export const budgetRequestSchema = z
  .object({
    id: z.uuid(),
    budgetId: z.uuid(),
    year: z.number().int(),
    person: personRef,
    goal: z.object({ id: z.uuid(), title: z.string() }).nullable(),
    actionId: z.uuid().nullable().describe("The plan's external-training action this request pays for"),
    provider: z.string(),
    title: z.string(),
    startsOn: calendarDate.nullable(),
    endsOn: calendarDate.nullable(),
    costCents: z.number().int(),
    hours: z.number().int(),
    motivation: z.string(),
    state: z.enum(requestStates),
    declineReason: z.string().nullable(),
    isOverBudgetOverride: z.boolean(),
    overrideReason: z.string().nullable(),
    spentCents: z.number().int().nullable(),
    managerDecidedAt: z.iso.datetime().nullable(),
    hrDecidedAt: z.iso.datetime().nullable(),
    createdAt: z.iso.datetime(),
    files: z.array(requestFileSchema),
    can: z.object({ approve: z.boolean(), decline: z.boolean(), cancel: z.boolean(), complete: z.boolean() }),
  })
  .meta({ id: 'BudgetRequest' });

export const policySchema = z
  .object({
    year: z.number().int(),
    amountCents: cents,
    hours: hours,
    isProRata: z.boolean().describe('Scale by contract hours against fullTimeHours'),
    fullTimeHours: z.number().min(1).max(60),
    carryOverMaxCents: cents.describe("At most this much of last year's remaining budget carries over"),
    requiresHrApproval: z.boolean().describe('Approval chain: manager, then HR (true) or manager only'),
  })
  .meta({ id: 'BudgetPolicy' });
export const policyBody = policySchema.omit({ year: true });
export const yearParams = z.object({ year });

export const myBudgetSchema = z.object({
  year: z.number().int(),
  budget: budgetSchema.nullable(),
  requests: z.array(budgetRequestSchema),
});

export const createRequestBody = z.object({
  year: year.optional(),
  goalId: z.uuid().nullable().optional().describe('The plan goal this serves'),
  actionId: z
    .uuid()
    .nullable()
    .optional()
    .describe(
      'The external-training action in my plan this pays for (its goal is taken when goalId is not sent)',
    ),
  provider: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(200),
  startsOn: calendarDate.nullable().optional(),
  endsOn: calendarDate.nullable().optional(),
  costCents: cents,
  hours: hours.default(0),
  motivation: z.string().trim().min(1).max(5000),
});
export type RequestInput = z.infer<typeof createRequestBody>;

export const approveBody = z.object({
  overBudgetReason: z
    .string()
    .trim()
    .min(1)
    .max(1000)
    .optional()
    .describe('HR only: approve beyond the remaining budget; logged'),
});
export const declineBody = z.object({ reason: z.string().trim().min(1).max(2000) });
export const completeBody = z.object({ spentCents: cents });

export const listBudgetsQuery = z.object({
  year: year.optional(),
  scope: z.enum(['team', 'organisation']).default('team'),
});
export const exportQuery = z.object({
  year: year.optional(),
  format: z.enum(['csv', 'xlsx']).default('csv'),
});
export const importBody = z.object({
  year,
  csv: z
    .string()
    .min(1)
    .max(2_000_000)
    .describe('Lines "e-mail;amount in euros;hours" (a header line is skipped)'),
});
export const allocateBody = z.object({ year });
export const fileParams = z.object({ id: z.uuid(), fileId: z.uuid() });
export const uploadBody = z
  .object({ file: z.string().meta({ format: 'binary' }).describe('A PDF or image, at most 10 MB') })
  .nullish();
export const uploadQuery = z.object({ purpose: z.enum(['quote', 'proof']).default('quote') });

export const importFileQuery = z.object({ year });

export const budgetImportPreviewSchema = z
  .object({
    rows: z.array(
      z.object({
        line: z.number().int().describe('Line in the file; the header is line 1'),
        person: personRef,
        amountCents: z.number().int(),
        hours: z.number().int(),
        currentAmountCents: z.number().int().nullable().describe("The person's budget for the year now"),
        currentHours: z.number().int().nullable(),
      }),
    ),
    errors: z.array(importProblemSchema).describe('Every problem (at most 1,000), by line and column'),
    errorCount: z.number().int(),
  })
  .meta({ id: 'BudgetImportPreview' });
