import { z } from 'zod';
import type { Criteria } from '../catalogue/index.ts';
import type { TemplateBody } from './queries.ts';

export const kinds = ['buddy', 'task', 'check_in', 'learning'] as const;
export const owners = ['newcomer', 'buddy', 'manager'] as const;

// The API's templateInput as the fields hold it: empty texts and no item are '' until sent.
const stepSchema = z.object({
  kind: z.enum(kinds),
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  dayOffset: z.number().int().min(0).max(365),
  owner: z.enum(owners),
  contentId: z.string(),
});
export const templateFormSchema = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().trim().max(2000),
  criteria: z.custom<Criteria | null>(),
  isActive: z.boolean(),
  steps: z.array(stepSchema).min(1).max(60),
});
export type TemplateValues = z.input<typeof templateFormSchema>;
export type StepValues = TemplateValues['steps'][number];

export const toStepValues = (step: TemplateBody['steps'][number]): StepValues => ({
  ...step,
  description: step.description ?? '',
  contentId: step.contentId ?? '',
});

/** What the API takes; only a learning step keeps its item. */
export const toBody = (values: z.output<typeof templateFormSchema>): TemplateBody => ({
  ...values,
  description: values.description || null,
  criteria: values.criteria as TemplateBody['criteria'],
  steps: values.steps.map((step) => ({
    ...step,
    description: step.description || null,
    contentId: step.kind === 'learning' ? step.contentId || null : null,
  })),
});
