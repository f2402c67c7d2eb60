import { z } from 'zod';
import { calendarDate, dateTime } from '../../http/common.schemas.ts';

const text = z.object({ nl: z.string(), en: z.string() });
const personRef = z.object({ id: z.uuid(), displayName: z.string() });

export const templateSchema = z
  .object({
    key: z.string(),
    name: text,
    description: text,
    sections: z.array(
      z.object({
        id: z.string(),
        title: text,
        questions: z.array(
          z.object({
            id: z.string(),
            text: text,
            managerText: text.optional().describe("The manager's own question when he prepares"),
            hasRating: z.boolean().optional(),
          }),
        ),
      }),
    ),
    tips: z.object({ nl: z.array(z.string()), en: z.array(z.string()) }),
  })
  .meta({ id: 'ConversationTemplate' });

export const organisationTemplateSchema = templateSchema
  .extend({
    isCustomised: z.boolean().describe('HR changed the shipped wording for this organisation'),
    updatedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'OrganisationConversationTemplate' });

const wording = (max: number) =>
  z.object({ nl: z.string().trim().min(1).max(max), en: z.string().trim().min(1).max(max) });
// Question ids are the keys preparation answers are stored under; new items may leave them out.
const itemId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'lower-case letters, digits and dashes')
  .optional();
export const templateBody = z.object({
  name: wording(120),
  description: z.object({ nl: z.string().trim().max(1000), en: z.string().trim().max(1000) }),
  sections: z
    .array(
      z.object({
        id: itemId,
        title: wording(200),
        questions: z
          .array(
            z.object({
              id: itemId,
              text: wording(500),
              managerText: wording(500).optional().describe("The manager's own wording, when it differs"),
              hasRating: z.boolean().default(false),
            }),
          )
          .min(1)
          .max(30),
      }),
    )
    .min(1)
    .max(20)
    .describe('In order: add, rename, reorder and remove by sending the whole list'),
});
export const templateParams = z.object({ key: z.string().min(1).max(60) });

export const cycleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    templateKey: z.string(),
    startsOn: calendarDate,
    endsOn: calendarDate,
    preparationDue: calendarDate,
    signOffDue: calendarDate,
    unitIds: z.array(z.uuid()),
    jobTitles: z.array(z.string()),
    state: z.enum(['open', 'closed']),
    conversations: z.number().int(),
    signed: z.number().int(),
  })
  .meta({ id: 'ConversationCycle' });

export const createCycleBody = z.object({
  name: z.string().trim().min(1).max(200),
  templateKey: z.string().min(1),
  startsOn: calendarDate,
  endsOn: calendarDate,
  preparationDue: calendarDate,
  signOffDue: calendarDate,
  unitIds: z
    .array(z.uuid())
    .max(500)
    .default([])
    .describe('Units (with their subunits); empty: everyone with a manager'),
  jobTitles: z
    .array(z.string().trim().min(1).max(200))
    .max(100)
    .default([])
    .describe('Only people with one of these job titles (case-insensitive); empty: every job'),
});

export const boardSchema = z
  .object({
    cycle: cycleSchema,
    units: z.array(
      z.object({
        unit: z.object({ id: z.uuid(), name: z.string() }).nullable(),
        total: z.number().int(),
        prepared: z.number().int().describe('Both sides shared their preparation'),
        held: z.number().int(),
        signed: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'ConversationCycleBoard' });

export const preparationSchema = z.object({
  answers: z.record(z.string(), z.string()).nullable().describe('null: the other side has not shared yet'),
  sharedAt: z.iso.datetime().nullable(),
});

export const conversationSchema = z
  .object({
    id: z.uuid(),
    cycle: z.object({
      id: z.uuid(),
      name: z.string(),
      preparationDue: calendarDate,
      signOffDue: calendarDate,
    }),
    template: templateSchema,
    employee: personRef,
    manager: personRef,
    mySide: z.enum(['employee', 'manager']),
    myPreparation: preparationSchema,
    otherPreparation: preparationSchema,
    meetingAt: z.iso.datetime().nullable(),
    heldAt: z.iso.datetime().nullable(),
    sharedNotes: z.string(),
    ratings: z.record(z.string(), z.number().int()),
    actions: z.array(z.object({ id: z.uuid(), title: z.string(), planActionId: z.uuid().nullable() })),
    employeeSignedAt: z.iso.datetime().nullable(),
    managerSignedAt: z.iso.datetime().nullable(),
    isLocked: z.boolean(),
    reopenRequestedBy: z.array(z.enum(['employee', 'manager'])),
    followups: z
      .array(
        z.object({
          title: z.string(),
          day: z.number().int(),
          answer: z.string(),
          answeredAt: z.iso.datetime(),
        }),
      )
      .describe("Answers to the employee's learning-agreement follow-ups"),
  })
  .meta({ id: 'Conversation' });

export const conversationSummarySchema = z
  .object({
    id: z.uuid(),
    cycle: z.object({
      id: z.uuid(),
      name: z.string(),
      preparationDue: calendarDate,
      signOffDue: calendarDate,
    }),
    employee: personRef,
    manager: personRef,
    mySide: z.enum(['employee', 'manager']),
    isMyPreparationShared: z.boolean(),
    meetingAt: z.iso.datetime().nullable(),
    isSignedByMe: z.boolean(),
    isLocked: z.boolean(),
  })
  .meta({ id: 'ConversationSummary' });

export const preparationBody = z.object({
  answers: z.record(z.string().max(100), z.string().max(10_000)),
});
export const meetingBody = z.object({ meetingAt: dateTime });
export const updateConversationBody = z.object({
  sharedNotes: z.string().max(50_000).optional(),
  ratings: z.record(z.string().max(100), z.number().int().min(1).max(5)).optional().describe('Manager only'),
  isHeld: z.boolean().optional().describe('The meeting took place'),
});
export const actionBody = z.object({ title: z.string().trim().min(1).max(200) });
export const actionParams = z.object({ id: z.uuid(), actionId: z.uuid() });
