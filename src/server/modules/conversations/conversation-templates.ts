// The conversation templates Groeipad ships, in Dutch and English. A cycle copies its template, so a
// running cycle never changes when these texts do. Questions with `hasRating` get a 1–5 rating.

type Text = { nl: string; en: string };

import { managerQuestions } from './manager-questions.ts';

/** `managerText`: the manager's own wording of the question when he prepares (about the employee). */
export type TemplateQuestion = { id: string; text: Text; managerText?: Text; hasRating?: boolean };
export type ConversationTemplate = {
  key: string;
  name: Text;
  description: Text;
  sections: { id: string; title: Text; questions: TemplateQuestion[] }[];
  tips: { nl: string[]; en: string[] };
};

const shippedTemplates: ConversationTemplate[] = [
  {
    key: 'functioneringsgesprek',
    name: { nl: 'Functioneringsgesprek', en: 'Performance conversation' },
    description: {
      nl: 'Een gelijkwaardig gesprek over hoe het werk gaat, wat je nodig hebt en hoe jullie samenwerken.',
      en: 'A conversation between equals about how the work is going, what you need and how you work together.',
    },
    sections: [
      {
        id: 'work',
        title: { nl: 'Het werk', en: 'The work' },
        questions: [
          {
            id: 'going-well',
            text: {
              nl: 'Wat ging het afgelopen jaar goed in je werk?',
              en: 'What went well in your work this past year?',
            },
            hasRating: true,
          },
          {
            id: 'harder',
            text: {
              nl: 'Wat vond je lastig, en wat heb je daarvan geleerd?',
              en: 'What was hard, and what did you learn from it?',
            },
          },
          {
            id: 'energy',
            text: {
              nl: 'Waar krijg je energie van, en wat kost je energie?',
              en: 'What gives you energy, and what drains it?',
            },
          },
        ],
      },
      {
        id: 'collaboration',
        title: { nl: 'Samenwerking', en: 'Working together' },
        questions: [
          {
            id: 'team',
            text: {
              nl: 'Hoe gaat de samenwerking in het team?',
              en: 'How is the collaboration in the team?',
            },
            hasRating: true,
          },
          {
            id: 'manager',
            text: {
              nl: 'Wat heb je van je leidinggevende nodig om je werk goed te doen?',
              en: 'What do you need from your manager to do your work well?',
            },
          },
        ],
      },
      {
        id: 'ahead',
        title: { nl: 'Vooruitkijken', en: 'Looking ahead' },
        questions: [
          {
            id: 'next-year',
            text: { nl: 'Wat wil je komend jaar bereiken?', en: 'What do you want to achieve next year?' },
          },
          {
            id: 'support',
            text: {
              nl: 'Welke ondersteuning of scholing helpt je daarbij?',
              en: 'What support or training would help you?',
            },
          },
        ],
      },
    ],
    tips: {
      nl: [
        'Laat je medewerker eerst vertellen; luister meer dan je praat.',
        'Vraag door op voorbeelden: "Hoe ging dat precies?"',
        'Benoem wat goed gaat concreet, niet alleen wat beter kan.',
        'Spreek hooguit drie acties af, met een datum en wie wat doet.',
        'Kijk samen naar het ontwikkelplan en de antwoorden op eerdere leerafspraken.',
      ],
      en: [
        'Let your employee speak first; listen more than you talk.',
        'Ask for examples: "How exactly did that go?"',
        'Name what goes well specifically, not only what could be better.',
        'Agree on three actions at most, with a date and who does what.',
        'Look at the development plan and the answers to earlier learning agreements together.',
      ],
    },
  },
  {
    key: 'ontwikkelgesprek',
    name: { nl: 'Ontwikkelgesprek', en: 'Development conversation' },
    description: {
      nl: 'Een gesprek over je groei: waar je naartoe wilt, welke vaardigheden je wilt ontwikkelen en hoe.',
      en: 'A conversation about your growth: where you want to go, which skills you want to develop and how.',
    },
    sections: [
      {
        id: 'looking-back',
        title: { nl: 'Terugblik', en: 'Looking back' },
        questions: [
          {
            id: 'learned',
            text: { nl: 'Wat heb je het afgelopen jaar geleerd?', en: 'What did you learn this past year?' },
          },
          {
            id: 'plan-progress',
            text: {
              nl: 'Hoe staat het met de doelen uit je ontwikkelplan?',
              en: 'How are the goals in your development plan going?',
            },
            hasRating: true,
          },
        ],
      },
      {
        id: 'direction',
        title: { nl: 'Richting', en: 'Direction' },
        questions: [
          {
            id: 'ambition',
            text: { nl: 'Waar wil je over twee jaar staan?', en: 'Where do you want to be in two years?' },
          },
          {
            id: 'skills',
            text: {
              nl: 'Welke vaardigheden wil je verder ontwikkelen, en waarom?',
              en: 'Which skills do you want to develop further, and why?',
            },
          },
          {
            id: 'organisation',
            text: {
              nl: 'Hoe draagt jouw ontwikkeling bij aan de doelen van het team en de organisatie?',
              en: "How does your development contribute to the team's and the organisation's goals?",
            },
          },
        ],
      },
      {
        id: 'how',
        title: { nl: 'Aanpak', en: 'Approach' },
        questions: [
          {
            id: 'learning',
            text: {
              nl: 'Hoe leer je het liefst: een opleiding, meelopen, een mentor, een opdracht?',
              en: 'How do you like to learn: a course, shadowing, a mentor, an assignment?',
            },
          },
          {
            id: 'share',
            text: {
              nl: 'Wat kun jij anderen leren, als buddy of mentor?',
              en: 'What could you teach others, as a buddy or mentor?',
            },
          },
        ],
      },
    ],
    tips: {
      nl: [
        'Het is het gesprek van je medewerker: laat hen de richting kiezen.',
        'Verbind ambities aan de doelen van het team, zodat groei ook het werk helpt.',
        'Denk verder dan cursussen: meelopen, een project of een mentor werkt vaak beter.',
        'Kijk naar het ontwikkelbudget: wat is er nog, en wat past bij het doel?',
        'Leg afgesproken acties direct vast; ze komen in het ontwikkelplan.',
      ],
      en: [
        "It is your employee's conversation: let them choose the direction.",
        "Connect ambitions to the team's goals, so growth helps the work too.",
        'Think beyond courses: shadowing, a project or a mentor often work better.',
        'Look at the development budget: what is left, and what fits the goal?',
        'Record agreed actions straight away; they go into the development plan.',
      ],
    },
  },
];

export const conversationTemplates: ConversationTemplate[] = shippedTemplates.map((template) => ({
  ...template,
  sections: template.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) => {
      const managerText = managerQuestions[template.key]?.[question.id];
      return managerText ? { ...question, managerText } : question;
    }),
  })),
}));

export const templateByKey = (key: string) => conversationTemplates.find((template) => template.key === key);
