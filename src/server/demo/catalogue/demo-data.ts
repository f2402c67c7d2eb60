// The demo catalogue of Zorggroep De Linde: Dutch healthcare learning, most items in Dutch and English.
// Kinds: a article, v video, p podcast, d document, l link, q quiz, o on-the-job assignment.
// Items live by theme in demo-items-*.ts; this file bundles them with the courses and paths.
import type { DemoItem } from './demo-item.ts';
import { careItems } from './demo-items-care.ts';
import { workItems } from './demo-items-work.ts';

export type { DemoItem };
export const demoItems: DemoItem[] = [...workItems, ...careItems];

export type DemoCourse = {
  key: string;
  nl: [string, string];
  topics: string[];
  sections: [string, string[]][];
};
export const demoCourses: DemoCourse[] = [
  {
    key: 'leadership',
    nl: [
      'Leiderschap voor nieuwe leidinggevenden',
      'Je eerste maanden als leidinggevende in de zorg: gesprekken, feedback en roosters.',
    ],
    topics: ['Leiderschap'],
    sections: [
      ['De start', ['lead-first-100', 'lead-podcast', 'lead-feedback']],
      ['Lastige gesprekken', ['lead-video-conversation', 'lead-guide', 'lead-assignment']],
      ['Afronding', ['lead-quiz']],
    ],
  },
  {
    key: 'onboarding',
    nl: ['Welkom bij De Linde', 'Alles voor je eerste weken: wie we zijn, hoe je werkt en veilig werkt.'],
    topics: ['Onboarding'],
    sections: [
      ['Kennismaken', ['onb-welcome', 'onb-values', 'onb-podcast']],
      ['Aan de slag', ['onb-systems', 'onb-safety', 'onb-buddy', 'onb-quiz']],
    ],
  },
  {
    key: 'safety',
    nl: [
      'Veilig werken: hygiëne en medicatie',
      'De basis van veilige zorg, verplicht voor iedereen in de zorg.',
    ],
    topics: ['Veiligheid'],
    sections: [
      ['Hygiëne', ['care-hygiene', 'care-hygiene-quiz']],
      ['Medicatie', ['care-medication', 'care-medication-pdf']],
    ],
  },
  {
    key: 'dementia',
    nl: ['Zorg voor mensen met dementie', 'Onbegrepen gedrag, mantelzorgers en vallen voorkomen.'],
    topics: ['Dementie'],
    sections: [
      ['Begrijpen', ['care-dementia', 'care-dementia-podcast']],
      ['Voorkomen', ['care-falls', 'care-falls-video']],
    ],
  },
  {
    key: 'communication',
    nl: [
      'Goed communiceren in de zorg',
      'Samen beslissen, overdragen met SBAR en zorg over een taalbarrière heen.',
    ],
    topics: ['Communicatie'],
    sections: [
      ['Met cliënten', ['comm-clients', 'comm-language']],
      ['In het team', ['comm-team', 'comm-quiz']],
    ],
  },
  {
    key: 'wound',
    nl: [
      'Wondzorg in de praktijk',
      'Wonden beoordelen, decubitus voorkomen en verdiepen met een erkende e-learning.',
    ],
    topics: ['Wondzorg'],
    sections: [
      ['Beoordelen', ['wound-assess', 'wound-pressure']],
      ['Verdiepen', ['care-wound']],
    ],
  },
];

export const demoPaths = [
  {
    key: 'leadership-path',
    title: 'Leiderschap voor nieuwe leidinggevenden',
    summary:
      'Het leerpad voor iedereen die net leidinggevende is: de cursus, een webinar en een praktijkopdracht.',
    steps: [
      ['course', 'leadership', 60],
      ['content', 'lead-external', 90],
      ['content', 'lead-roster', 90],
    ] as const,
  },
  {
    key: 'onboarding-path',
    title: 'Je eerste maand bij De Linde',
    summary: 'Onboarding voor nieuwe collega’s: welkom, veilig werken en je eerste dienst.',
    steps: [
      ['course', 'onboarding', 14],
      ['course', 'safety', 30],
    ] as const,
  },
  {
    key: 'dementia-path',
    title: 'Specialiseren in dementiezorg',
    summary: 'Voor verzorgenden die zich willen verdiepen in dementie en palliatieve zorg.',
    steps: [
      ['course', 'dementia', null],
      ['content', 'care-palliative', null],
      ['content', 'care-palliative-quiz', null],
    ] as const,
  },
];
