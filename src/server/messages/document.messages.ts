import type { Message } from './messages.ts';

// Texts inside generated files: the certificate PDF, the calendar invitation and reminder phrases.

export const certificateMessages = {
  heading: { nl: () => 'CERTIFICAAT', en: () => 'CERTIFICATE' },
  documentTitle: {
    nl: (v: { title: string }) => `Certificaat: ${v.title}`,
    en: (v: { title: string }) => `Certificate: ${v.title}`,
  },
  certifies: { nl: () => 'Hierbij verklaart', en: () => 'This certifies that' },
  that: { nl: () => 'dat', en: () => 'has awarded' },
  completed: { nl: () => 'met succes heeft afgerond:', en: () => 'for successfully completing:' },
  issuedOn: {
    nl: (v: { date: string }) => `Uitgereikt op ${v.date}`,
    en: (v: { date: string }) => `Issued on ${v.date}`,
  },
  verifyAt: { nl: () => 'Controleer dit certificaat op:', en: () => 'Verify this certificate at:' },
} satisfies Record<string, Message<never>>;

export const calendarMessages = {
  meetingSummary: {
    nl: (v: { cycle: string; employee: string; manager: string }) =>
      `${v.cycle}: ${v.employee} & ${v.manager}`,
    en: (v: { cycle: string; employee: string; manager: string }) =>
      `${v.cycle}: ${v.employee} & ${v.manager}`,
  },
  meetingDescription: {
    nl: (v: { url: string }) => `Bereid je voor in Groeipad: ${v.url}`,
    en: (v: { url: string }) => `Prepare in Groeipad: ${v.url}`,
  },
  fileName: { nl: () => 'gesprek.ics', en: () => 'conversation.ics' },
  preparationDue: {
    nl: () => 'bereid je gesprek voor en deel je voorbereiding',
    en: () => 'prepare your conversation and share your preparation',
  },
  signOffDue: {
    nl: () => 'rond je gesprek af en onderteken het',
    en: () => 'finish and sign your conversation',
  },
} satisfies Record<string, Message<never>>;
