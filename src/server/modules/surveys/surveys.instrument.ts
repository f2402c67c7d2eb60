// The Learning Zone check (OpenUp's model: psychological safety × accountability). Our own wording,
// inspired by Edmondson's team psychological-safety items; 7-point agreement scale; some items are
// worded in reverse and scored 8 − answer. Scoring and the quadrant rule: docs/SURVEYS.md.

export type Dimension = 'safety' | 'accountability';
export type Quadrant = 'comfort' | 'learning' | 'apathy' | 'anxiety';

export const learningZoneItems: readonly {
  dimension: Dimension;
  isReversed: boolean;
  nl: string;
  en: string;
}[] = [
  {
    dimension: 'safety',
    isReversed: false,
    nl: 'In ons team kun je een fout toegeven zonder dat het je later wordt nagedragen.',
    en: 'In our team you can admit a mistake without it being held against you later.',
  },
  {
    dimension: 'safety',
    isReversed: true,
    nl: 'Wie in ons team een probleem aankaart, wordt al snel als lastig gezien.',
    en: 'Whoever raises a problem in our team is soon seen as difficult.',
  },
  {
    dimension: 'safety',
    isReversed: false,
    nl: 'Ik kan collega’s in ons team gerust om hulp vragen.',
    en: 'I can ask colleagues in our team for help without hesitation.',
  },
  {
    dimension: 'safety',
    isReversed: true,
    nl: 'In ons team wordt iemand weleens buitengesloten omdat hij of zij anders is.',
    en: 'In our team someone is sometimes left out for being different.',
  },
  {
    dimension: 'safety',
    isReversed: false,
    nl: 'Een nieuw idee of een andere aanpak uitproberen voelt in ons team veilig.',
    en: 'Trying out a new idea or a different approach feels safe in our team.',
  },
  {
    dimension: 'accountability',
    isReversed: false,
    nl: 'We spreken elkaar aan als afspraken niet worden nagekomen.',
    en: 'We call each other out when agreements are not kept.',
  },
  {
    dimension: 'accountability',
    isReversed: false,
    nl: 'De lat ligt hoog: we verwachten goed werk van elkaar.',
    en: 'The bar is high: we expect good work from each other.',
  },
  {
    dimension: 'accountability',
    isReversed: false,
    nl: 'Het is me duidelijk wat er van mij verwacht wordt.',
    en: 'It is clear to me what is expected of me.',
  },
  {
    dimension: 'accountability',
    isReversed: true,
    nl: 'Als iemand steken laat vallen, gebeurt er meestal niets.',
    en: 'When someone drops the ball, usually nothing happens.',
  },
  {
    dimension: 'accountability',
    isReversed: false,
    nl: 'We bespreken regelmatig hoe we ons werk beter kunnen doen.',
    en: 'We regularly discuss how we can do our work better.',
  },
];

export const learningZoneTitle = { nl: 'Leerzone-check', en: 'Learning Zone check' };
export const learningZoneIntro = {
  nl: 'Tien korte stellingen over hoe het voelt in je team. Je antwoorden zijn anoniem: niemand kan zien wat jij antwoordde, en een team ziet alleen een uitkomst als genoeg collega’s meededen.',
  en: 'Ten short statements about how it feels in your team. Your answers are anonymous: nobody can see what you answered, and a team only sees a result when enough colleagues took part.',
};

/** A score of 5.0 or more on the 1–7 scale (on average "somewhat agree" or stronger) counts as high. */
export const highFrom = 5;

export const scoreOf = (answer: number, isReversed: boolean) => (isReversed ? 8 - answer : answer);

export function quadrantOf(safety: number, accountability: number): Quadrant {
  const isSafe = safety >= highFrom;
  const isAccountable = accountability >= highFrom;
  if (isSafe && isAccountable) return 'learning';
  if (isSafe) return 'comfort';
  if (isAccountable) return 'anxiety';
  return 'apathy';
}

export const roundTo = (value: number, decimals = 2) => Math.round(value * 10 ** decimals) / 10 ** decimals;
