import { z } from 'zod';
import { budgetRequestSchema } from '../budgets/index.ts';
import { approvalRequestSchema } from '../events/index.ts';
import { agreementSchema } from '../learning-agreements/index.ts';
import { planSummarySchema } from '../plans/index.ts';
import { ratingRequestSchema } from '../skills/index.ts';

const count = z.number().int().min(0);

export const approvalsSchema = z
  .object({
    budgets: z.array(budgetRequestSchema).describe('Budget requests waiting at my step'),
    plans: z.array(planSummarySchema).describe("My reports' plans shared with me, to agree"),
    agreements: z.array(agreementSchema).describe("My reports' learning agreements waiting for my agreement"),
    assignments: z
      .array(
        z.object({
          contentId: z.uuid(),
          title: z.string(),
          reflection: z.string(),
          submittedAt: z.iso.datetime(),
          person: z.object({ id: z.uuid(), displayName: z.string() }),
        }),
      )
      .describe("My reports' on-the-job assignments to confirm"),
    ratings: z.array(ratingRequestSchema).describe('Open rating requests sent to me'),
    workshops: z
      .array(approvalRequestSchema)
      .describe("My reports' sign-ups for workshops that cost budget, waiting for my approval"),
    counts: z.object({
      budgets: count,
      plans: count,
      agreements: count,
      assignments: count,
      ratings: count,
      workshops: count,
    }),
    total: count,
  })
  .meta({ id: 'Approvals' });
