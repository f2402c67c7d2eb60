// The demo's quizzes, each asking about its own subject (nl and en side by side).
import type { Question } from '../../modules/catalogue/catalogue.schemas.ts';

type Both = [nl: string, en: string];
type Option = [text: Both, isCorrect: boolean, feedback?: Both];
type Draft =
  | { kind: 'single' | 'multiple'; prompt: Both; options: Option[] }
  | { kind: 'true_false'; prompt: Both; isTrue: boolean; feedback: Both }
  | { kind: 'short'; prompt: Both; accepted: string[]; feedback: Both };

const single = (prompt: Both, ...options: Option[]): Draft => ({ kind: 'single', prompt, options });
const multiple = (prompt: Both, ...options: Option[]): Draft => ({ kind: 'multiple', prompt, options });
const trueFalse = (prompt: Both, isTrue: boolean, feedback: Both): Draft => ({
  kind: 'true_false',
  prompt,
  isTrue,
  feedback,
});
const short = (prompt: Both, accepted: string[], feedback: Both): Draft => ({
  kind: 'short',
  prompt,
  accepted,
  feedback,
});

const drafts: Record<string, Draft[]> = {
  'care-hygiene-quiz': [
    single(
      [
        'Hoeveel momenten voor handhygiëne noemt de WHO?',
        'How many moments for hand hygiene does the WHO name?',
      ],
      [['Drie', 'Three'], false],
      [['Vijf', 'Five'], true, ['Juist: vijf momenten.', 'Right: five moments.']],
      [['Zeven', 'Seven'], false],
    ),
    multiple(
      ['Wanneer desinfecteer je je handen?', 'When do you disinfect your hands?'],
      [['Vóór contact met de cliënt', 'Before touching the client'], true],
      [['Na contact met lichaamsvloeistoffen', 'After contact with body fluids'], true],
      [
        ['Alleen als je handen zichtbaar vuil zijn', 'Only when your hands look dirty'],
        false,
        ['Nee: ook schone handen dragen bacteriën.', 'No: clean-looking hands carry bacteria too.'],
      ],
    ),
    trueFalse(
      [
        'Handalcohol werkt ook als je handen nog nat zijn van het wassen.',
        'Hand rub works even if your hands are still wet from washing.',
      ],
      false,
      [
        'Wrijf handalcohol op droge handen in, tot ze droog zijn (ongeveer 30 seconden).',
        'Rub it into dry hands until dry (about 30 seconds).',
      ],
    ),
    short(
      [
        'Wat draag je níet aan je handen of polsen tijdens de zorg?',
        'What do you not wear on your hands or wrists during care?',
      ],
      ['sieraden', 'ringen', 'horloge', 'jewellery', 'jewelry', 'rings', 'watch'],
      [
        'Geen sieraden, ringen of horloge: daaronder blijven bacteriën zitten.',
        'No jewellery, rings or watch: bacteria stay underneath.',
      ],
    ),
  ],
  'care-palliative-quiz': [
    single(
      [
        'Welke vraag helpt bepalen of het tijd is voor het gesprek over de laatste fase?',
        'Which question helps decide it is time to talk about the last phase?',
      ],
      [
        [
          'Zou het je verbazen als deze cliënt binnen een jaar overlijdt?',
          'Would you be surprised if this client died within a year?',
        ],
        true,
      ],
      [['Heeft de cliënt pijn?', 'Is the client in pain?'], false],
      [['Wil de familie het gesprek?', 'Does the family want the conversation?'], false],
    ),
    trueFalse(
      [
        'Afspraken over niet reanimeren deel je bij de overdracht.',
        'You share do-not-resuscitate agreements at handover.',
      ],
      true,
      ['Elke dienst moet ze kennen.', 'Every shift must know them.'],
    ),
    multiple(
      ['Wat vraag je in het gesprek?', 'What do you ask in the conversation?'],
      [['Wat de cliënt al weet en wil weten', 'What the client knows and wants to know'], true],
      [['Waar en met wie de cliënt wil zijn', 'Where and with whom the client wants to be'], true],
      [
        [
          'Welke medicijnen de cliënt wil stoppen, zonder arts',
          'Which drugs the client wants to stop, without a doctor',
        ],
        false,
      ],
    ),
  ],
  'self-privacy-quiz': [
    trueFalse(
      [
        'Een foto van een wond mag je via je eigen WhatsApp naar een collega sturen.',
        'You may send a photo of a wound to a colleague via your own WhatsApp.',
      ],
      false,
      [
        'Gebruik het ECD of de beveiligde app van De Linde.',
        'Use the electronic record or De Linde’s secure app.',
      ],
    ),
    single(
      [
        'Binnen hoeveel uur moet een datalek gemeld zijn?',
        'Within how many hours must a data breach be reported?',
      ],
      [['24', '24'], false],
      [
        ['72', '72'],
        true,
        [
          'Daarom meld je het meteen bij de privacyfunctionaris.',
          'So report it to the privacy officer at once.',
        ],
      ],
      [['168', '168'], false],
    ),
    multiple(
      ['Wat is een datalek?', 'What is a data breach?'],
      [['Een zorgplan gemaild naar de verkeerde persoon', 'A care plan e-mailed to the wrong person'], true],
      [['Een kwijtgeraakte werktelefoon', 'A lost work phone'], true],
      [
        ['Overdracht aan de collega van de volgende dienst', 'Handover to the colleague on the next shift'],
        false,
      ],
    ),
  ],
  'comm-quiz': [
    short(
      [
        'Hoe heet de methode voor een overdracht in vier stappen?',
        'What is the four-step handover method called?',
      ],
      ['SBAR'],
      [
        'SBAR: situatie, achtergrond, beoordeling, aanbeveling.',
        'SBAR: situation, background, assessment, recommendation.',
      ],
    ),
    single(
      ['Waar staat de B in SBAR voor?', 'What does the A in SBAR stand for?'],
      [
        ['Beoordeling (wat denk jij dat het probleem is)', 'Assessment (what you think the problem is)'],
        true,
      ],
      [['Behandeling', 'Action'], false],
      [['Bijzonderheden', 'Additional notes'], false],
    ),
    trueFalse(
      [
        'Laat de ontvanger de afspraken herhalen aan het eind van de overdracht.',
        'Let the receiver repeat the agreements at the end of the handover.',
      ],
      true,
      ['Zo weet je dat de boodschap is aangekomen.', 'That way you know the message got through.'],
    ),
  ],
  'lead-quiz': [
    single(
      ['Waar begin je feedback mee?', 'How do you start feedback?'],
      [['Met wat je concreet zag', 'With what you actually saw'], true],
      [
        ['Met je oordeel over de persoon', 'With your judgement of the person'],
        false,
        ['Feedback gaat over gedrag, niet over de persoon.', 'Feedback is about behaviour, not the person.'],
      ],
      [['Met een compliment, altijd', 'With a compliment, always'], false],
    ),
    trueFalse(
      [
        'In je eerste maand als leidinggevende verander je zoveel mogelijk tegelijk.',
        'In your first month as a manager you change as much as possible at once.',
      ],
      false,
      ['Eerst luisteren en vertrouwen opbouwen.', 'Listen and build trust first.'],
    ),
    multiple(
      ['Wat hoort bij een rooster dat het team mee maakt?', 'What belongs to a roster the team helps make?'],
      [['Vaste kaders voor bezetting en rusttijden', 'A fixed frame for staffing and rest times'], true],
      [['Samen gemaakte regels voor ruilen', 'Swap rules agreed together'], true],
      [
        ['Wie het eerst reageert, krijgt alle weekenden vrij', 'First to reply gets every weekend off'],
        false,
      ],
    ),
  ],
  'onb-quiz': [
    multiple(
      ['Wat zijn de kernwaarden van De Linde?', 'What are De Linde’s core values?'],
      [['Warm', 'Warm'], true],
      [['Vakkundig', 'Skilled'], true],
      [['Samen', 'Together'], true],
      [['Snel', 'Fast'], false, ['Nee, dat is geen kernwaarde.', 'No, that is not one of them.']],
    ),
    single(
      ['Wat doe je als eerste bij brand?', 'What do you do first in a fire?'],
      [['Alarmeren: melder indrukken en 112 bellen', 'Raise the alarm: call point and 112'], true],
      [['Zelf blussen, wat er ook gebeurt', 'Put it out yourself, whatever happens'], false],
      [['Je spullen pakken', 'Get your belongings'], false],
    ),
    trueFalse(
      [
        'Je buddy is in je eerste weken je vaste aanspreekpunt op de afdeling.',
        'Your buddy is your go-to person on the ward in your first weeks.',
      ],
      true,
      ['Vraag je buddy alles wat je wilt weten.', 'Ask your buddy anything.'],
    ),
  ],
};

/** The quiz's questions in one language; an item without its own questions gets none (not made up). */
export function demoQuizQuestions(key: string, language: 'nl' | 'en'): Question[] {
  const at = language === 'nl' ? 0 : 1;
  return (drafts[key] ?? []).map((draft, index): Question => {
    const id = `q${index + 1}`;
    const prompt = draft.prompt[at];
    if (draft.kind === 'short')
      return {
        id,
        kind: 'short',
        prompt,
        options: [],
        acceptedAnswers: draft.accepted,
        feedbackIncorrect: draft.feedback[at],
      };
    if (draft.kind === 'true_false')
      return {
        id,
        kind: 'true_false',
        prompt,
        options: [
          {
            id: 'true',
            text: at ? 'True' : 'Waar',
            isCorrect: draft.isTrue,
            ...(draft.isTrue ? {} : { feedback: draft.feedback[at] }),
          },
          {
            id: 'false',
            text: at ? 'False' : 'Onwaar',
            isCorrect: !draft.isTrue,
            ...(draft.isTrue ? { feedback: draft.feedback[at] } : {}),
          },
        ],
        acceptedAnswers: [],
      };
    return {
      id,
      kind: draft.kind,
      prompt,
      options: draft.options.map(([text, isCorrect, feedback], option) => ({
        id: String.fromCharCode(97 + option),
        text: text[at],
        isCorrect,
        ...(feedback ? { feedback: feedback[at] } : {}),
      })),
      acceptedAnswers: [],
    };
  });
}

export const demoQuizKeys = Object.keys(drafts);
