// The demo catalogue of Zorggroep De Linde: Dutch healthcare learning, most items in Dutch and English.
// Kinds: a article, v video, p podcast, d document, l link, q quiz, o on-the-job assignment.

export type DemoItem = {
  key: string;
  kind: 'article' | 'video' | 'audio' | 'document' | 'link' | 'quiz' | 'assignment';
  minutes: number;
  topics: string[];
  nl: [title: string, summary: string];
  en?: [title: string, summary: string];
  url?: string;
};

const item = (
  key: string,
  kind: DemoItem['kind'],
  minutes: number,
  topics: string[],
  nl: DemoItem['nl'],
  en?: DemoItem['en'],
  url?: string,
): DemoItem => ({ key, kind, minutes, topics, nl, en, url });

export const demoItems: DemoItem[] = [
  // Leiderschap
  item(
    'lead-first-100',
    'article',
    6,
    ['Leiderschap'],
    [
      'Je eerste 100 dagen als leidinggevende',
      'Wat je in de eerste maanden wel en niet moet doen als nieuwe teamleider in de zorg.',
    ],
    [
      'Your first 100 days as a manager',
      'What to do, and not do, in your first months as a new team lead in care.',
    ],
  ),
  item(
    'lead-feedback',
    'article',
    5,
    ['Leiderschap', 'Communicatie'],
    [
      'Feedback geven die landt',
      'Concreet, op tijd en gericht op gedrag: zo geef je feedback waar je collega iets mee kan.',
    ],
    ['Feedback that lands', 'Specific, timely and about behaviour: feedback your colleague can use.'],
  ),
  item(
    'lead-podcast',
    'audio',
    12,
    ['Leiderschap'],
    [
      'Podcast: van collega naar leidinggevende',
      'Drie teamleiders vertellen hoe het is om leiding te geven aan je oud-collega’s.',
    ],
    ['Podcast: from colleague to manager', 'Three team leads on managing your former colleagues.'],
  ),
  item(
    'lead-video-conversation',
    'video',
    8,
    ['Leiderschap', 'Gesprekken'],
    [
      'Video: het lastige gesprek',
      'Een teamleider voert een gesprek over verzuim. Kijk mee en let op de stilte.',
    ],
    ['Video: the difficult conversation', 'A team lead talks about absence. Watch and notice the silences.'],
  ),
  item(
    'lead-roster',
    'article',
    7,
    ['Leiderschap', 'Roosteren'],
    ['Roosteren met het team', 'Zelfroosteren in de wijk: afspraken, valkuilen en hoe je het eerlijk houdt.'],
    ['Rostering with your team', 'Self-rostering in community care: agreements, pitfalls and fairness.'],
  ),
  item(
    'lead-quiz',
    'quiz',
    5,
    ['Leiderschap'],
    ['Toets: leidinggeven in de zorg', 'Tien minuten, vijf vragen. Je hebt 80% nodig.'],
    ['Quiz: leading in care', 'Five questions. You need 80%.'],
  ),
  item(
    'lead-assignment',
    'assignment',
    30,
    ['Leiderschap', 'Gesprekken'],
    [
      'Praktijkopdracht: voer een ontwikkelgesprek',
      'Voer een ontwikkelgesprek met een teamlid en schrijf op wat je hebt geleerd.',
    ],
    [
      'On-the-job: hold a development conversation',
      'Hold a development conversation with a team member and reflect.',
    ],
  ),
  item(
    'lead-external',
    'link',
    45,
    ['Leiderschap'],
    [
      'Webinar Situationeel leidinggeven (extern)',
      'Gratis webinar van een zorgopleider over situationeel leidinggeven.',
    ],
    ['Webinar Situational leadership (external)', 'Free webinar on situational leadership.'],
    'https://www.example.org/webinars/situationeel-leidinggeven',
  ),
  item(
    'lead-guide',
    'document',
    10,
    ['Leiderschap'],
    ['Handreiking verzuimgesprek (PDF)', 'De stappen van het verzuimgesprek bij De Linde, op één A4.'],
    [
      'Guide to the absence conversation (PDF)',
      'The steps of the absence conversation at De Linde, on one page.',
    ],
  ),
  // Onboarding
  item(
    'onb-welcome',
    'video',
    6,
    ['Onboarding'],
    ['Welkom bij De Linde', 'De bestuurder heet je welkom en vertelt waar we voor staan.'],
    ['Welcome to De Linde', 'Our director welcomes you and tells what we stand for.'],
  ),
  item(
    'onb-values',
    'article',
    4,
    ['Onboarding', 'Kernwaarden'],
    [
      'Onze kernwaarden: warm, vakkundig, samen',
      'Wat betekenen onze kernwaarden op een gewone dinsdag op de afdeling?',
    ],
    ['Our core values: warm, skilled, together', 'What our values mean on an ordinary Tuesday on the ward.'],
  ),
  item(
    'onb-systems',
    'article',
    8,
    ['Onboarding', 'Digitale vaardigheden'],
    [
      'Je eerste dag: inloggen, rooster en ECD',
      'Zo kom je in het elektronisch cliëntdossier, het rooster en je mail.',
    ],
    [
      'Your first day: sign-in, roster and care record',
      'How to reach the electronic care record, the roster and your mail.',
    ],
  ),
  item(
    'onb-safety',
    'article',
    5,
    ['Onboarding', 'Veiligheid'],
    [
      'Veilig werken: BHV en calamiteiten',
      'Wat doe je bij brand, een val of agressie? De afspraken op een rij.',
    ],
    ['Working safely: emergencies', 'What to do in case of fire, a fall or aggression.'],
  ),
  item(
    'onb-quiz',
    'quiz',
    5,
    ['Onboarding'],
    ['Check: ken je De Linde?', 'Vijf vragen over je eerste week.'],
    ['Check: do you know De Linde?', 'Five questions about your first week.'],
  ),
  item(
    'onb-buddy',
    'assignment',
    20,
    ['Onboarding'],
    [
      'Praktijkopdracht: een dienst met je buddy',
      'Loop een dienst mee met je buddy en noteer drie dingen die je opvielen.',
    ],
    [
      'On-the-job: a shift with your buddy',
      'Shadow your buddy for a shift and note three things you noticed.',
    ],
  ),
  item(
    'onb-podcast',
    'audio',
    10,
    ['Onboarding'],
    ['Podcast: zo werkt de wijk', 'Een wijkverpleegkundige over een dag in de thuiszorg.'],
    ['Podcast: how community care works', 'A district nurse on a day in home care.'],
  ),
  // Zorginhoudelijk
  item(
    'care-hygiene',
    'video',
    4,
    ['Hygiëne', 'Veiligheid'],
    ['Handhygiëne in vijf momenten', 'Wanneer en hoe je je handen desinfecteert, in vier minuten.'],
    ['Hand hygiene in five moments', 'When and how to disinfect your hands, in four minutes.'],
  ),
  item(
    'care-hygiene-quiz',
    'quiz',
    4,
    ['Hygiëne'],
    ['Toets handhygiëne', 'Vier vragen over de vijf momenten.'],
    ['Hand hygiene quiz', 'Four questions about the five moments.'],
  ),
  item(
    'care-medication',
    'article',
    9,
    ['Medicatieveiligheid', 'Veiligheid'],
    ['Medicatie veilig toedienen', 'De vijf juisten en hoe je een fout meldt zonder schuld.'],
    ['Giving medication safely', 'The five rights and how to report an error without blame.'],
  ),
  item(
    'care-medication-pdf',
    'document',
    6,
    ['Medicatieveiligheid'],
    ['Protocol medicatieverstrekking (PDF)', 'Het protocol van De Linde, versie 2026.'],
    ['Medication protocol (PDF)', 'De Linde’s protocol, 2026 version.'],
  ),
  item(
    'care-dementia',
    'article',
    8,
    ['Dementie', 'Communicatie'],
    ['Omgaan met onbegrepen gedrag bij dementie', 'Kijk achter het gedrag: pijn, angst of prikkels?'],
    [
      'Responding to distressed behaviour in dementia',
      'Look behind the behaviour: pain, fear or overstimulation?',
    ],
  ),
  item(
    'care-dementia-podcast',
    'audio',
    15,
    ['Dementie'],
    ['Podcast: mantelzorgers aan het woord', 'Twee mantelzorgers over wat zorgverleners voor hen betekenen.'],
    ['Podcast: family carers speak', 'Two family carers on what care staff mean to them.'],
  ),
  item(
    'care-falls',
    'article',
    6,
    ['Valpreventie', 'Veiligheid'],
    ['Vallen voorkomen bij ouderen', 'Risico’s herkennen en samen met de cliënt maatregelen kiezen.'],
    ['Preventing falls in older people', 'Spotting risks and choosing measures with the client.'],
  ),
  item(
    'care-falls-video',
    'video',
    5,
    ['Valpreventie'],
    ['Video: een valrisico-check thuis', 'Een ergotherapeut loopt door een woning en wijst de risico’s aan.'],
    ['Video: a fall-risk check at home', 'An occupational therapist walks through a home.'],
  ),
  item(
    'wound-assess',
    'article',
    8,
    ['Wondzorg'],
    [
      'Wonden beoordelen met het TIME-model',
      'Weefsel, infectie, vocht en wondranden: zo beschrijf je een wond zodat een collega verder kan.',
    ],
    [
      'Assessing wounds with the TIME model',
      'Tissue, infection, moisture and edges: describing a wound so a colleague can carry on.',
    ],
  ),
  item(
    'wound-pressure',
    'article',
    6,
    ['Wondzorg'],
    [
      'Decubitus voorkomen en herkennen',
      'Risico inschatten, wisselhouding en de eerste tekenen op tijd zien.',
    ],
    [
      'Preventing and spotting pressure ulcers',
      'Assessing risk, repositioning and seeing the first signs in time.',
    ],
  ),
  item(
    'care-wound',
    'link',
    60,
    ['Wondzorg'],
    ['E-learning wondzorg (extern)', 'Accreditatie-waardige e-learning van een externe aanbieder.'],
    undefined,
    'https://www.example.org/e-learning/wondzorg',
  ),
  item(
    'care-palliative',
    'article',
    10,
    ['Palliatieve zorg'],
    ['Palliatieve zorg: het gesprek over de laatste fase', 'Hoe je wensen bespreekt met cliënt en naasten.'],
    ['Palliative care: talking about the last phase', 'Discussing wishes with clients and families.'],
  ),
  item(
    'care-palliative-quiz',
    'quiz',
    5,
    ['Palliatieve zorg'],
    ['Toets palliatieve zorg', 'Vijf vragen over symptoombestrijding en gesprekken.'],
    undefined,
  ),
  item(
    'care-reporting',
    'article',
    5,
    ['Rapporteren', 'Digitale vaardigheden'],
    ['Rapporteren volgens SOAP', 'Kort en bruikbaar rapporteren in het ECD.'],
    ['Reporting with SOAP', 'Short, useful notes in the care record.'],
  ),
  // Persoonlijke ontwikkeling en werkplezier
  item(
    'self-stress',
    'audio',
    9,
    ['Vitaliteit'],
    ['Podcast: ontspannen na een zware dienst', 'Een korte oefening om je dienst af te sluiten.'],
    ['Podcast: unwinding after a hard shift', 'A short exercise to close your shift.'],
  ),
  item(
    'self-resilience',
    'article',
    6,
    ['Vitaliteit'],
    ['Veerkracht in de zorg', 'Wat helpt je om met plezier te blijven werken?'],
    ['Resilience in care', 'What keeps you enjoying your work?'],
  ),
  item(
    'self-digital',
    'video',
    7,
    ['Digitale vaardigheden'],
    ['Video: beeldbellen met cliënten', 'Zo start je een beeldgesprek en wat doe je als het haperts.'],
    ['Video: video calls with clients', 'How to start a video call and what to do when it stutters.'],
  ),
  item(
    'self-privacy',
    'article',
    5,
    ['Privacy', 'Digitale vaardigheden'],
    ['Privacy: wat mag je delen?', 'AVG in de praktijk: foto’s, appgroepen en overdracht.'],
    ['Privacy: what may you share?', 'GDPR in practice: photos, group chats and handovers.'],
  ),
  item(
    'self-privacy-quiz',
    'quiz',
    4,
    ['Privacy'],
    ['Toets privacy in de zorg', 'Vier vragen over delen en bewaren.'],
    ['Privacy in care quiz', 'Four questions about sharing and storing.'],
  ),
  item(
    'self-coaching',
    'link',
    30,
    ['Persoonlijke ontwikkeling'],
    ['Loopbaanscan (extern)', 'Ontdek waar je energie van krijgt met de gratis loopbaanscan.'],
    ['Career scan (external)', 'Find what gives you energy with a free career scan.'],
    'https://www.example.org/loopbaanscan',
  ),
  item(
    'self-pop',
    'article',
    5,
    ['Persoonlijke ontwikkeling', 'Gesprekken'],
    ['Je ontwikkelgesprek voorbereiden', 'Drie vragen om vooraf voor jezelf te beantwoorden.'],
    ['Preparing your development conversation', 'Three questions to answer for yourself first.'],
  ),
  item(
    'self-intervision',
    'assignment',
    45,
    ['Persoonlijke ontwikkeling', 'Communicatie'],
    [
      'Praktijkopdracht: intervisie met collega’s',
      'Breng een casus in bij intervisie en beschrijf wat je ervan meeneemt.',
    ],
    ['On-the-job: peer consultation', 'Bring a case to peer consultation and describe what you take away.'],
  ),
  item(
    'comm-clients',
    'article',
    6,
    ['Communicatie'],
    ['Samen beslissen met de cliënt', 'De drie gespreksstappen van samen beslissen.'],
    ['Shared decision-making with clients', 'The three steps of shared decision-making.'],
  ),
  item(
    'comm-language',
    'video',
    6,
    ['Communicatie', 'Diversiteit'],
    ['Video: zorg bij een taalbarrière', 'Tolken, pictogrammen en eenvoudige taal.'],
    ['Video: care across a language barrier', 'Interpreters, pictograms and plain language.'],
  ),
  item(
    'comm-team',
    'article',
    5,
    ['Communicatie', 'Samenwerken'],
    ['Een goede overdracht', 'Met SBAR breng je in één minuut over wat er speelt.'],
    ['A good handover', 'With SBAR you hand over what matters in one minute.'],
  ),
  item(
    'comm-quiz',
    'quiz',
    4,
    ['Communicatie'],
    ['Toets SBAR-overdracht', 'Vier vragen over een goede overdracht.'],
    ['SBAR handover quiz', 'Four questions on a good handover.'],
  ),
  item(
    'ethics-dilemma',
    'article',
    7,
    ['Ethiek'],
    ['Moreel beraad: een dilemma bespreken', 'Hoe een moreel beraad verloopt en wanneer je het aanvraagt.'],
    ['Moral case deliberation', 'How it works and when to ask for one.'],
  ),
];

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
