import type { Question } from './talent.schemas.ts';

/**
 * The manager criteria of seed 000 §3 ("Investeer in je management"), the default form of a round.
 * HR may reword them or add their own per round; the round keeps its copy.
 */
export const defaultQuestions: Question[] = [
  {
    id: 'mission',
    textNl: 'Hoe draagt deze persoon de missie en visie uit?',
    textEn: 'How does this person carry the mission and vision?',
    figures: 'none',
  },
  {
    id: 'develops-people',
    textNl: 'Weet deze persoon zijn of haar mensen te motiveren en te ontwikkelen?',
    textEn: 'Does this person know how to motivate and develop their people?',
    figures: 'team',
  },
  {
    id: 'own-development',
    textNl: 'Hoe werkt deze persoon aan de eigen ontwikkeling?',
    textEn: 'How does this person work on their own development?',
    figures: 'own',
  },
];
