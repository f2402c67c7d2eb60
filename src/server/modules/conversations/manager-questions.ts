// The manager prepares the same conversation with his own questions: about the employee, not about
// himself. Keyed by template and question id, so answers of both sides still sit side by side.

type Text = { nl: string; en: string };

export const managerQuestions: Record<string, Record<string, Text>> = {
  functioneringsgesprek: {
    'going-well': {
      nl: 'Wat ging er het afgelopen jaar goed in het werk van je medewerker? Geef een voorbeeld.',
      en: 'What went well in your employee’s work this past year? Give an example.',
    },
    harder: {
      nl: 'Waar zag je je medewerker moeite mee hebben, en hoe ging hij of zij daarmee om?',
      en: 'Where did you see your employee struggle, and how did they deal with it?',
    },
    energy: {
      nl: 'Wanneer zag je je medewerker op zijn of haar best, en wanneer minder?',
      en: 'When did you see your employee at their best, and when less so?',
    },
    team: {
      nl: 'Hoe zie jij de rol van je medewerker in het team?',
      en: 'How do you see your employee’s part in the team?',
    },
    manager: {
      nl: 'Wat kun jij als leidinggevende anders doen om je medewerker te helpen?',
      en: 'What could you as a manager do differently to help your employee?',
    },
    'next-year': {
      nl: 'Wat hoop je dat je medewerker komend jaar bereikt?',
      en: 'What do you hope your employee achieves next year?',
    },
    support: {
      nl: 'Welke ondersteuning of scholing kun jij je medewerker bieden of regelen?',
      en: 'Which support or training can you offer or arrange for your employee?',
    },
  },
  ontwikkelgesprek: {
    learned: {
      nl: 'Wat zag je je medewerker het afgelopen jaar leren of toepassen?',
      en: 'What did you see your employee learn or apply this past year?',
    },
    'plan-progress': {
      nl: 'Hoe zie jij de voortgang op de doelen uit het ontwikkelplan?',
      en: 'How do you see the progress on the goals in the development plan?',
    },
    ambition: {
      nl: 'Welke groei zie jij voor je medewerker in de komende twee jaar?',
      en: 'What growth do you see for your employee in the next two years?',
    },
    skills: {
      nl: 'Welke vaardigheden zou je medewerker volgens jou verder kunnen ontwikkelen, en waarom?',
      en: 'Which skills could your employee develop further, in your view, and why?',
    },
    organisation: {
      nl: 'Hoe kan de ontwikkeling van je medewerker bijdragen aan de doelen van het team?',
      en: 'How can your employee’s development serve the team’s goals?',
    },
    learning: {
      nl: 'Welke manier van leren past volgens jou bij je medewerker, en wat kun jij daarvoor regelen?',
      en: 'Which way of learning suits your employee, in your view, and what can you arrange for it?',
    },
    share: {
      nl: 'Wat zou je medewerker anderen kunnen leren, als buddy of mentor?',
      en: 'What could your employee teach others, as a buddy or mentor?',
    },
  },
};
