// The demo's articles and on-the-job assignments, each with its own substance (nl, and en where the
// item has an English version). Written for the demo's care organisation; general practice, not protocol.

type Block = string | string[];
/** A short article: a lead, then sections of a heading and paragraphs or a list (an array). */
const page = (lead: string, ...sections: [heading: string, ...blocks: Block[]][]) =>
  [
    `<p><strong>${lead}</strong></p>`,
    ...sections.map(
      ([heading, ...blocks]) =>
        `<h2>${heading}</h2>${blocks
          .map((block) =>
            Array.isArray(block)
              ? `<ul>${block.map((line) => `<li>${line}</li>`).join('')}</ul>`
              : `<p>${block}</p>`,
          )
          .join('')}`,
    ),
  ].join('');

export const articleBodies: Record<string, { nl: string; en?: string }> = {
  'care-medication': {
    nl: page(
      'Bijna elke medicatiefout is te voorkomen met een vaste volgorde en een tweede paar ogen.',
      [
        'De vijf juisten',
        'Controleer vóór het toedienen altijd: de juiste cliënt, het juiste middel, de juiste dosis, het juiste tijdstip en de juiste toedieningsweg. Vergelijk met de toedienlijst, niet met je geheugen.',
      ],
      [
        'Dubbele controle',
        'Bij risicovolle middelen (insuline, opiaten, antistolling) controleert een tweede bevoegde collega de dosis en de berekening, zelfstandig en vóór het toedienen.',
      ],
      [
        'Een fout melden',
        [
          'Zorg eerst voor de cliënt: controleer vitale functies en bel zo nodig de arts.',
          'Meld de fout of bijna-fout in het MIC-systeem, dezelfde dienst nog.',
          'Beschrijf wat er gebeurde, niet wie het deed: we leren van het systeem.',
        ],
      ],
    ),
    en: page(
      'Almost every medication error can be prevented with a fixed routine and a second pair of eyes.',
      [
        'The five rights',
        'Before giving medication always check: the right client, the right drug, the right dose, the right time and the right route. Compare with the administration chart, not your memory.',
      ],
      [
        'Double check',
        'For high-risk drugs (insulin, opioids, anticoagulants) a second qualified colleague checks the dose and calculation independently, before administration.',
      ],
      [
        'Reporting an error',
        [
          'Look after the client first: check vital signs and call the doctor if needed.',
          'Report the error or near miss in the incident system during the same shift.',
          'Describe what happened, not who did it: we learn from the system.',
        ],
      ],
    ),
  },
  'care-dementia': {
    nl: page(
      'Gedrag dat we niet begrijpen is vaak een boodschap: iemand heeft pijn, is bang of krijgt te veel prikkels.',
      [
        'Kijk achter het gedrag',
        'Noteer wanneer het gedrag optreedt, wat eraan voorafging en wat hielp. Na een week zie je vaak een patroon: rond de avondzorg, bij een drukke huiskamer, na het eten.',
      ],
      [
        'Wat je kunt doen',
        [
          'Sluit aan bij de beleving: ga niet in discussie over wat "echt" is.',
          'Benader rustig van voren, op ooghoogte, en zeg wat je gaat doen.',
          'Haal prikkels weg: radio uit, deur dicht, één persoon tegelijk.',
          'Check pijn met een observatieschaal, ook als iemand zegt dat er niets is.',
        ],
      ],
      [
        'Samen met familie',
        'Familie kent de levensgeschiedenis. Een oud beroep of een vast ritueel (koffie om tien uur) geeft houvast en gespreksstof.',
      ],
    ),
    en: page(
      'Behaviour we do not understand is often a message: the person is in pain, afraid or overstimulated.',
      [
        'Look behind the behaviour',
        'Write down when it happens, what came before and what helped. After a week a pattern often shows: around evening care, in a busy living room, after meals.',
      ],
      [
        'What you can do',
        [
          'Meet the person in their reality: do not argue about what is "real".',
          'Approach calmly from the front, at eye level, and say what you are going to do.',
          'Remove stimuli: radio off, door closed, one person at a time.',
          'Check for pain with an observation scale, even if the person says nothing is wrong.',
        ],
      ],
      [
        'With the family',
        'Family know the life story. A former job or a fixed ritual (coffee at ten) gives structure and something to talk about.',
      ],
    ),
  },
  'care-falls': {
    nl: page(
      'Een op de drie thuiswonende 65-plussers valt minstens één keer per jaar. Veel valpartijen zijn te voorkomen.',
      [
        'Risico herkennen',
        [
          'Eerder gevallen in het afgelopen jaar?',
          'Moeite met lopen of opstaan uit een stoel?',
          'Bang om te vallen?',
        ],
        'Is één antwoord ja, doe dan een valrisico-check en bespreek die met de cliënt en de wijkverpleegkundige.',
      ],
      [
        'Thuis aanpassen',
        'Losse kleden weg, goede verlichting naar de badkamer, een beugel bij het toilet en stevige, dichte schoenen. Kijk ook naar medicatie die duizelig maakt.',
      ],
      [
        'Na een val',
        'Help niet meteen overeind. Controleer eerst op pijn en letsel, en rapporteer de val, ook als er niets aan de hand lijkt.',
      ],
    ),
    en: page(
      'One in three people over 65 living at home falls at least once a year. Many falls can be prevented.',
      [
        'Recognising risk',
        ['Fallen in the past year?', 'Difficulty walking or getting up from a chair?', 'Afraid of falling?'],
        'If one answer is yes, do a fall risk check and discuss it with the client and the district nurse.',
      ],
      [
        'Adapting the home',
        'Remove loose rugs, light the way to the bathroom, fit a grab rail by the toilet and wear sturdy closed shoes. Also review medication that causes dizziness.',
      ],
      [
        'After a fall',
        'Do not help the person up straight away. Check for pain and injury first, and report the fall even if nothing seems wrong.',
      ],
    ),
  },
  'wound-assess': {
    nl: page(
      'Het TIME-model helpt je een wond steeds op dezelfde manier te beoordelen, zodat collega’s je verslag kunnen vergelijken.',
      [
        'T, I, M en E',
        [
          '<strong>Tissue</strong>: welk weefsel zie je: granulatie (rood), beslag (geel) of necrose (zwart)?',
          '<strong>Infection</strong>: roodheid, warmte, zwelling, geur of toenemende pijn?',
          '<strong>Moisture</strong>: is de wond te droog of te nat, en hoe is de huid eromheen?',
          '<strong>Edge</strong>: groeien de wondranden naar binnen of staan ze stil?',
        ],
      ],
      [
        'Vastleggen',
        'Meet lengte, breedte en diepte, maak een foto volgens het fotoprotocol en noteer het verband. Evalueer elke week: wordt de wond niet kleiner, overleg dan met de wondverpleegkundige.',
      ],
    ),
    en: page(
      'The TIME model helps you assess a wound the same way every time, so colleagues can compare your notes.',
      [
        'T, I, M and E',
        [
          '<strong>Tissue</strong>: what tissue do you see: granulation (red), slough (yellow) or necrosis (black)?',
          '<strong>Infection</strong>: redness, warmth, swelling, odour or increasing pain?',
          '<strong>Moisture</strong>: is the wound too dry or too wet, and how is the surrounding skin?',
          '<strong>Edge</strong>: are the edges growing inwards or standing still?',
        ],
      ],
      [
        'Recording',
        'Measure length, width and depth, take a photo following the photo protocol and note the dressing. Review weekly: if the wound is not getting smaller, consult the wound nurse.',
      ],
    ),
  },
  'wound-pressure': {
    nl: page(
      'Decubitus ontstaat door druk en schuifkrachten, vaak binnen enkele uren. Voorkomen begint bij elke wisselhouding.',
      [
        'Herkennen',
        'Druk met je vinger op een rode plek op stuit, hielen of heupen. Wordt de huid niet wit (niet-wegdrukbare roodheid), dan is er al decubitus categorie 1.',
      ],
      [
        'Voorkomen',
        [
          'Wissel de houding volgens het schema, ook ’s nachts.',
          'Gebruik een drukverdelende matras en leg de hielen vrij.',
          'Houd de huid droog en verzorgd, en let op voeding en vocht.',
        ],
      ],
      [
        'Rapporteren',
        'Noteer plek, categorie en maatregelen, en informeer de wondverpleegkundige bij categorie 2 of hoger.',
      ],
    ),
    en: page(
      'Pressure ulcers come from pressure and shear, often within hours. Prevention starts with every change of position.',
      [
        'Recognising',
        'Press a red spot on the sacrum, heels or hips with your finger. If the skin does not blanch (non-blanchable redness), there is already a category 1 pressure ulcer.',
      ],
      [
        'Preventing',
        [
          'Reposition according to the schedule, at night as well.',
          'Use a pressure-redistributing mattress and offload the heels.',
          'Keep the skin dry and cared for, and watch food and fluid intake.',
        ],
      ],
      [
        'Reporting',
        'Record the site, category and measures, and inform the wound nurse from category 2 upwards.',
      ],
    ),
  },
  'care-palliative': {
    nl: page(
      'Het gesprek over de laatste levensfase gaat over wat iemand nog wil en wat niet, lang voordat het zover is.',
      [
        'Wanneer beginnen',
        'De "surprise question" helpt: zou het je verbazen als deze cliënt binnen een jaar overlijdt? Is het antwoord nee, dan is het tijd voor het gesprek.',
      ],
      [
        'Het gesprek voeren',
        [
          'Vraag wat de cliënt al weet en wil weten.',
          'Vraag naar wensen: waar wil iemand zijn, wie moet erbij zijn, wat is belangrijk?',
          'Leg afspraken vast, zoals niet reanimeren of niet meer naar het ziekenhuis.',
        ],
      ],
      [
        'Samen',
        'Betrek de huisarts en de naasten, en deel de afspraken bij de overdracht zodat elke dienst ze kent.',
      ],
    ),
    en: page(
      'The conversation about the last phase of life is about what someone still wants and does not want, long before it comes to that.',
      [
        'When to start',
        'The "surprise question" helps: would you be surprised if this client died within a year? If not, it is time for the conversation.',
      ],
      [
        'Having the conversation',
        [
          'Ask what the client knows and wants to know.',
          'Ask about wishes: where do they want to be, who should be there, what matters?',
          'Record agreements, such as do not resuscitate or no more hospital admissions.',
        ],
      ],
      [
        'Together',
        'Involve the GP and the family, and share the agreements at handover so every shift knows them.',
      ],
    ),
  },
  'care-reporting': {
    nl: page(
      'SOAP geeft je rapportage een vaste volgorde, zodat de volgende dienst in één keer leest wat er speelt.',
      [
        'S, O, A en P',
        [
          '<strong>Subjectief</strong>: wat zegt de cliënt? ("Ik heb slecht geslapen.")',
          '<strong>Objectief</strong>: wat zie of meet je? (temperatuur, gewicht, gedrag)',
          '<strong>Analyse</strong>: wat betekent dit, vergeleken met eerder?',
          '<strong>Plan</strong>: wat ga je doen en wanneer evalueer je?',
        ],
      ],
      [
        'Tips',
        'Schrijf feiten, geen oordelen ("weigert zorg" wordt "wil vanochtend niet gewassen worden, zegt moe te zijn"). Rapporteer op de doelen uit het zorgplan.',
      ],
    ),
    en: page(
      'SOAP gives your notes a fixed order, so the next shift reads at once what is going on.',
      [
        'S, O, A and P',
        [
          '<strong>Subjective</strong>: what does the client say? ("I slept badly.")',
          '<strong>Objective</strong>: what do you see or measure? (temperature, weight, behaviour)',
          '<strong>Assessment</strong>: what does it mean, compared with before?',
          '<strong>Plan</strong>: what will you do and when will you review?',
        ],
      ],
      [
        'Tips',
        'Write facts, not judgements ("refuses care" becomes "does not want to be washed this morning, says they are tired"). Report against the goals in the care plan.',
      ],
    ),
  },
  'self-resilience': {
    nl: page(
      'Veerkracht is geen eigenschap die je hebt of niet: het is wat je doet om te herstellen na een zware dienst.',
      [
        'Herstel plannen',
        [
          'Een korte pauze weg van de afdeling werkt beter dan doorwerken.',
          'Sluit je dienst bewust af: wat ging goed, wat laat je hier?',
          'Slaap, beweging en contact met anderen zijn de basis.',
        ],
      ],
      [
        'Steun zoeken',
        'Na een ingrijpende gebeurtenis kun je het peer-supportteam bellen. Praten met een collega die het kent helpt vaak meer dan doorzetten.',
      ],
    ),
    en: page(
      'Resilience is not a trait you have or lack: it is what you do to recover after a hard shift.',
      [
        'Planning recovery',
        [
          'A short break away from the ward works better than working through.',
          'Close your shift on purpose: what went well, what do you leave here?',
          'Sleep, exercise and contact with others are the basis.',
        ],
      ],
      [
        'Finding support',
        'After a distressing event you can call the peer support team. Talking to a colleague who knows it often helps more than pushing on.',
      ],
    ),
  },
  'self-privacy': {
    nl: page(
      'Cliëntgegevens deel je alleen met wie ze nodig heeft voor de zorg, en alleen via de systemen van De Linde.',
      [
        'Wel en niet',
        [
          'Wel: overdragen aan de collega die de zorg overneemt, in het ECD.',
          'Niet: foto’s van cliënten op je eigen telefoon of in een groepsapp.',
          'Niet: over cliënten praten in de lift, de kantine of op sociale media.',
        ],
      ],
      [
        'Iets misgegaan?',
        'Een mail naar de verkeerde persoon of een kwijtgeraakte telefoon is een datalek. Meld het direct bij de privacyfunctionaris: binnen 72 uur moet het gemeld zijn.',
      ],
    ),
    en: page(
      'Share client data only with those who need it for care, and only through De Linde’s systems.',
      [
        'Do and do not',
        [
          'Do: hand over to the colleague who takes over care, in the electronic record.',
          'Do not: photos of clients on your own phone or in a group chat.',
          'Do not: talk about clients in the lift, the canteen or on social media.',
        ],
      ],
      [
        'Something went wrong?',
        'An e-mail to the wrong person or a lost phone is a data breach. Report it to the privacy officer at once: it must be reported within 72 hours.',
      ],
    ),
  },
  'self-pop': {
    nl: page(
      'Een goed ontwikkelgesprek bereid je voor: jij weet het best wat je wilt leren.',
      [
        'Drie vragen vooraf',
        [
          'Waar ben ik het afgelopen jaar trots op?',
          'Wat kost me energie, wat geeft me energie?',
          'Wat wil ik over een jaar kunnen?',
        ],
      ],
      [
        'Van wens naar doel',
        'Maak je wens concreet: niet "beter worden in wondzorg" maar "zelfstandig complexe wonden beoordelen, voor 1 december". Koppel er leren aan: een training, meelopen, een buddy.',
      ],
      ['Na het gesprek', 'Zet de afspraken in je ontwikkelplan en deel het met je leidinggevende.'],
    ),
    en: page(
      'You prepare a good development conversation: you know best what you want to learn.',
      [
        'Three questions beforehand',
        [
          'What am I proud of this past year?',
          'What drains my energy, what gives me energy?',
          'What do I want to be able to do a year from now?',
        ],
      ],
      [
        'From wish to goal',
        'Make your wish concrete: not "get better at wound care" but "assess complex wounds on my own by 1 December". Link learning to it: a course, shadowing, a buddy.',
      ],
      [
        'After the conversation',
        'Put the agreements in your development plan and share it with your manager.',
      ],
    ),
  },
  'self-intervision': {
    nl: page(
      'Intervisie: met drie tot vijf collega’s bespreek je een situatie uit je werk, zonder leidinggevende erbij.',
      [
        'De opdracht',
        [
          'Kies een situatie waar je mee zat en schrijf hem in vijf zinnen op.',
          'Laat je collega’s eerst alleen vragen stellen, geen adviezen.',
          'Kies daarna één advies dat je deze maand uitprobeert.',
        ],
      ],
      [
        'Inleveren',
        'Schrijf in je reflectie wat je hebt geleerd en wat je anders gaat doen. Je leidinggevende bevestigt de opdracht.',
      ],
    ),
    en: page(
      'Peer review: with three to five colleagues you discuss a situation from your work, without a manager present.',
      [
        'The assignment',
        [
          'Choose a situation that bothered you and write it down in five sentences.',
          'Let your colleagues only ask questions first, no advice.',
          'Then choose one piece of advice to try this month.',
        ],
      ],
      [
        'Submitting',
        'Write in your reflection what you learned and what you will do differently. Your manager confirms the assignment.',
      ],
    ),
  },
  'comm-clients': {
    nl: page(
      'Samen beslissen betekent dat de cliënt meebeslist over zijn zorg, met jouw kennis en zijn wensen op tafel.',
      [
        'Vier stappen',
        [
          'Vertel dat er een keuze is en dat de mening van de cliënt telt.',
          'Leg de mogelijkheden uit, met voor- en nadelen.',
          'Vraag wat belangrijk is voor de cliënt.',
          'Beslis samen, en spreek af wanneer je het evalueert.',
        ],
      ],
      [
        'Let op',
        'Gebruik eenvoudige woorden en check of je begrepen bent: "Kunt u in uw eigen woorden zeggen wat we afspreken?"',
      ],
    ),
    en: page(
      'Shared decision-making means the client decides about their care with you, with your knowledge and their wishes on the table.',
      [
        'Four steps',
        [
          'Say there is a choice and that the client’s view counts.',
          'Explain the options, with pros and cons.',
          'Ask what matters to the client.',
          'Decide together, and agree when you will review.',
        ],
      ],
      [
        'Mind',
        'Use plain words and check you were understood: "Could you say in your own words what we agreed?"',
      ],
    ),
  },
  'comm-team': {
    nl: page(
      'Bij een overdracht gaat informatie verloren als ieder het op zijn eigen manier doet. SBAR geeft een vaste volgorde.',
      [
        'SBAR',
        [
          '<strong>Situatie</strong>: wat is er nu aan de hand?',
          '<strong>Achtergrond</strong>: wat is relevant uit de voorgeschiedenis?',
          '<strong>Beoordeling</strong>: wat denk jij dat het probleem is?',
          '<strong>Aanbeveling</strong>: wat moet er gebeuren, en door wie?',
        ],
      ],
      [
        'Rustig overdragen',
        'Draag over op een vaste plek, zonder onderbrekingen, en laat de ontvanger de afspraken herhalen.',
      ],
    ),
    en: page(
      'At handover, information gets lost when everyone does it their own way. SBAR gives a fixed order.',
      [
        'SBAR',
        [
          '<strong>Situation</strong>: what is going on now?',
          '<strong>Background</strong>: what is relevant from the history?',
          '<strong>Assessment</strong>: what do you think the problem is?',
          '<strong>Recommendation</strong>: what needs to happen, and by whom?',
        ],
      ],
      [
        'A calm handover',
        'Hand over in a fixed place, without interruptions, and let the receiver repeat the agreements.',
      ],
    ),
  },
  'ethics-dilemma': {
    nl: page(
      'Bij een moreel dilemma zijn er goede redenen voor meerdere keuzes. Moreel beraad helpt het samen te doordenken.',
      [
        'Zo verloopt het',
        [
          'Formuleer het dilemma: "Moet ik A doen, met als gevolg X, of B, met als gevolg Y?"',
          'Verzamel feiten en de perspectieven van cliënt, familie en team.',
          'Benoem de waarden die op het spel staan, zoals autonomie en veiligheid.',
          'Kies en onderbouw: wat doen we, en wat doen we om de schade te beperken?',
        ],
      ],
      [
        'Aanvragen',
        'Een gespreksleider moreel beraad kun je aanvragen via het kwaliteitsteam; een beraad duurt ongeveer een uur.',
      ],
    ),
    en: page(
      'In a moral dilemma there are good reasons for more than one choice. Moral case deliberation helps you think it through together.',
      [
        'How it works',
        [
          'State the dilemma: "Should I do A, leading to X, or B, leading to Y?"',
          'Gather facts and the views of client, family and team.',
          'Name the values at stake, such as autonomy and safety.',
          'Choose and explain: what do we do, and how do we limit the harm?',
        ],
      ],
      [
        'Requesting one',
        'You can request a facilitator through the quality team; a deliberation takes about an hour.',
      ],
    ),
  },
  'lead-first-100': {
    nl: page(
      'Je eerste honderd dagen als leidinggevende gaan vooral over luisteren en vertrouwen opbouwen.',
      [
        'De eerste maand',
        'Voer met iedereen een kennismakingsgesprek: wat gaat goed, wat kan beter, wat heb je van mij nodig? Verander nog weinig.',
      ],
      [
        'Maand twee en drie',
        [
          'Kies met het team twee verbeterpunten.',
          'Maak afspraken over overleg en bereikbaarheid.',
          'Zoek een collega-leidinggevende als maatje.',
        ],
      ],
      [
        'Valkuil',
        'Blijf niet meedraaien als extra handen op de vloer: je team heeft je nodig als leidinggevende.',
      ],
    ),
    en: page(
      'Your first hundred days as a manager are mostly about listening and building trust.',
      [
        'The first month',
        'Have a getting-to-know-you conversation with everyone: what goes well, what could be better, what do you need from me? Change little yet.',
      ],
      [
        'Months two and three',
        [
          'Choose two improvements with the team.',
          'Agree on meetings and availability.',
          'Find a fellow manager as a buddy.',
        ],
      ],
      ['Pitfall', 'Do not keep working as extra hands on the floor: your team needs you as its manager.'],
    ),
  },
  'lead-feedback': {
    nl: page(
      'Feedback landt als hij concreet is, over gedrag gaat en op tijd komt.',
      [
        'Het model',
        [
          'Beschrijf wat je zag: "Vanochtend begon je de overdracht tien minuten later."',
          'Vertel het effect: "Daardoor liep de ochtendzorg uit."',
          'Vraag de ander: "Hoe zag jij dat?"',
          'Spreek samen iets af.',
        ],
      ],
      [
        'Ook positief',
        'Benoem wat goed gaat net zo concreet. Dat maakt het makkelijker om ook het lastige te bespreken.',
      ],
    ),
    en: page(
      'Feedback lands when it is concrete, about behaviour and on time.',
      [
        'The model',
        [
          'Describe what you saw: "This morning you started the handover ten minutes late."',
          'Say the effect: "So morning care ran over."',
          'Ask the other person: "How did you see it?"',
          'Agree something together.',
        ],
      ],
      ['Positive too', 'Name what goes well just as concretely. It makes the harder conversations easier.'],
    ),
  },
  'lead-roster': {
    nl: page(
      'Een rooster dat het team mee maakt, wordt beter nageleefd en geeft minder ruil en verzuim.',
      [
        'Zo pak je het aan',
        [
          'Leg de kaders vast: bezetting per dienst, wettelijke rusttijden, budget.',
          'Laat medewerkers binnen die kaders hun wensen invullen.',
          'Maak de regels voor ruilen en onbereikbare diensten samen.',
        ],
      ],
      [
        'Eerlijk verdelen',
        'Houd bij wie weekenden en feestdagen werkt, en maak dat zichtbaar voor het team.',
      ],
    ),
    en: page(
      'A roster the team helps make is followed better and brings fewer swaps and less absence.',
      [
        'How to go about it',
        [
          'Set the frame: staffing per shift, legal rest times, budget.',
          'Let staff enter their wishes within that frame.',
          'Agree the rules for swaps and unpopular shifts together.',
        ],
      ],
      ['Fair shares', 'Keep track of who works weekends and holidays, and make it visible to the team.'],
    ),
  },
  'lead-assignment': {
    nl: page(
      'Voer met één medewerker een ontwikkelgesprek met de gespreksvoorbereiding van Groeipad.',
      [
        'De opdracht',
        [
          'Lees de voorbereiding van je medewerker vooraf.',
          'Laat de medewerker het meeste praten; vraag door op één doel.',
          'Spreek samen af welk leren bij dat doel hoort en zet het in het plan.',
        ],
      ],
      ['Reflectie', 'Beschrijf wat je medewerker verraste en wat je de volgende keer anders doet.'],
    ),
    en: page(
      'Hold a development conversation with one team member using Groeipad’s preparation.',
      [
        'The assignment',
        [
          'Read your team member’s preparation beforehand.',
          'Let them do most of the talking; go deeper on one goal.',
          'Agree which learning goes with that goal and put it in the plan.',
        ],
      ],
      ['Reflection', 'Describe what surprised your team member and what you will do differently next time.'],
    ),
  },
  'onb-values': {
    nl: page(
      'Drie waarden zeggen hoe we bij De Linde werken: warm, vakkundig en samen.',
      [
        'Warm',
        'We kennen de mensen voor wie we zorgen: hun naam, hun geschiedenis, wat ze belangrijk vinden.',
      ],
      [
        'Vakkundig',
        'We werken volgens afspraken en blijven leren, en we zeggen het als iets niet goed gaat.',
      ],
      [
        'Samen',
        'Met de cliënt, de familie en elkaar. Niemand hoeft het alleen te doen: vraag hulp en bied hulp aan.',
      ],
    ),
    en: page(
      'Three values say how we work at De Linde: warm, skilled and together.',
      ['Warm', 'We know the people we care for: their name, their story, what matters to them.'],
      ['Skilled', 'We follow agreed practice and keep learning, and we speak up when something goes wrong.'],
      [
        'Together',
        'With the client, the family and each other. Nobody has to do it alone: ask for help and offer it.',
      ],
    ),
  },
  'onb-systems': {
    nl: page(
      'Op je eerste dag zet je je accounts klaar, zodat je daarna meteen kunt meewerken.',
      [
        'Checklist',
        [
          'Log in op je werkplek en kies een nieuw wachtwoord.',
          'Installeer de rooster-app en controleer je eerste diensten.',
          'Open het ECD en lees het zorgplan van twee cliënten van je afdeling.',
          'Zet je pasje aan bij de receptie.',
        ],
      ],
      [
        'Hulp nodig?',
        'De servicedesk is elke dag van 7 tot 23 uur bereikbaar. Je buddy laat je de rest zien.',
      ],
    ),
    en: page(
      'On your first day you set up your accounts, so you can join in straight away.',
      [
        'Checklist',
        [
          'Sign in at your workstation and choose a new password.',
          'Install the roster app and check your first shifts.',
          'Open the electronic record and read the care plans of two clients on your ward.',
          'Have your badge activated at reception.',
        ],
      ],
      [
        'Need help?',
        'The service desk is open every day from 7 am to 11 pm. Your buddy will show you the rest.',
      ],
    ),
  },
  'onb-safety': {
    nl: page(
      'Weet in je eerste week waar de nooduitgangen zijn en wat je doet bij brand of een calamiteit.',
      [
        'Bij brand',
        [
          'Alarmeer: druk de melder in en bel 112.',
          'Breng cliënten in veiligheid, eerst wie het dichtst bij gevaar is.',
          'Sluit deuren en volg de BHV’er.',
        ],
      ],
      [
        'Ken je afdeling',
        'Loop met je buddy langs de nooduitgangen, blusmiddelen en de verzamelplaats, en zoek op wie vandaag BHV heeft.',
      ],
    ),
    en: page(
      'In your first week, know where the emergency exits are and what to do in a fire or emergency.',
      [
        'In a fire',
        [
          'Raise the alarm: press the call point and dial 112.',
          'Bring clients to safety, those closest to danger first.',
          'Close doors and follow the emergency responder.',
        ],
      ],
      [
        'Know your ward',
        'Walk past the exits, extinguishers and assembly point with your buddy, and find out who is on emergency duty today.',
      ],
    ),
  },
  'onb-buddy': {
    nl: page(
      'Loop in je eerste weken een hele dienst mee met je buddy.',
      [
        'De opdracht',
        [
          'Bereid drie vragen voor over hoe het werk hier gaat.',
          'Kijk mee bij de overdracht en de ochtendzorg.',
          'Bespreek na de dienst wat je opviel.',
        ],
      ],
      [
        'Reflectie',
        'Schrijf op wat je hebt geleerd en wat je nog wilt oefenen. Je leidinggevende bevestigt de opdracht.',
      ],
    ),
    en: page(
      'In your first weeks, work a whole shift alongside your buddy.',
      [
        'The assignment',
        [
          'Prepare three questions about how the work goes here.',
          'Watch the handover and morning care.',
          'Discuss what struck you after the shift.',
        ],
      ],
      [
        'Reflection',
        'Write down what you learned and what you still want to practise. Your manager confirms the assignment.',
      ],
    ),
  },
};
