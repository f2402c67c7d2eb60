import type { Ctx } from '../core/context.ts';
import type { Db } from '../db/database.ts';
import type { Role } from '../modules/access/index.ts';
import { contentHeadlines } from '../modules/catalogue/index.ts';
import { answerFeedback, declineFeedback, requestFeedback } from '../modules/feedback/feedback.service.ts';
import { createCollection, recordOpen, saveProfile } from '../modules/knowledge/ambassadors.service.ts';
import { listSpaces } from '../modules/knowledge/knowledge.read.ts';
import {
  addComment,
  createPost,
  createSpace,
  markBestAnswer,
  react,
  save,
} from '../modules/knowledge/knowledge.service.ts';
import { answerQuestion, askTeam } from '../modules/knowledge/team-moment.ts';
import { demoActors } from './demo-actors.ts';

// The knowledge space of Zorggroep De Linde: topic spaces opened by two ambassadors (Sander, teamleider,
// and a wound-care nurse), tips, a question with answers and a best answer, "wat ik geleerd heb" from
// finished learning, feedback requests and a team moment. Through the same use cases as the API.

const baseUrl = 'https://groeipad.example';

export async function seedKnowledge(db: Db, organisationId: string) {
  const actors = demoActors(db, organisationId);
  const { tenant, byEmail } = actors;
  const as = (personId: string, roles: Role[] = ['employee']) => actors.actingAs(actors.as(personId, roles));
  const managerId = await byEmail('teamleider@delinde.demo');
  const employeeId = await byEmail('medewerker@delinde.demo');
  const sander = as(managerId, ['employee', 'ambassador']);
  const zoe = as(employeeId);
  const ld = as(await byEmail('leren@delinde.demo'), ['employee', 'ld_admin']);
  const team = await tenant
    .selectFrom('people')
    .select(['id', 'given_name'])
    .where('manager_id', '=', managerId)
    .where('id', '<>', employeeId)
    .orderBy('family_name')
    .limit(4)
    .execute();
  const [ayla, bram, fenna] = team.map((person) => as(person.id));
  // The second ambassador: a wound-care nurse elsewhere in the organisation.
  const nurse = await tenant
    .selectFrom('people')
    .select('id')
    .where('job_title', 'like', 'Wond%')
    .where('status', '=', 'active')
    .orderBy('employee_number')
    .executeTakeFirst();
  const woundAmbassadorId =
    nurse?.id ??
    (
      await tenant
        .selectFrom('people')
        .select('id')
        .where('manager_id', '<>', managerId)
        .where('id', '<>', employeeId)
        .orderBy('employee_number', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  await tenant
    .insertInto('person_roles', { person_id: woundAmbassadorId, role: 'ambassador' })
    .onConflict((oc) => oc.doNothing())
    .execute();
  const woundAmbassador = as(woundAmbassadorId, ['employee', 'ambassador']);
  if (!ayla || !bram || !fenna) return;

  const skill = async (name: string) =>
    (await tenant.selectFrom('skills').select('id').where('name_nl', '=', name).executeTakeFirst())?.id;
  const contentId = async (title: string) =>
    (
      await tenant
        .selectFrom('content_versions')
        .select('item_id')
        .where('title', '=', title)
        .executeTakeFirst()
    )?.item_id;
  const courseId = async (title: string) =>
    (await tenant.selectFrom('courses').select('id').where('title', '=', title).executeTakeFirst())?.id;
  // The organisation and unit spaces exist once anyone opens the knowledge space; the seed opens it now.
  const spaces = await listSpaces(zoe);
  const organisationSpace = spaces.find((space) => space.kind === 'organisation')!.id;
  const unit = await tenant
    .selectFrom('people')
    .select('org_unit_id')
    .where('id', '=', employeeId)
    .executeTakeFirstOrThrow();
  const unitSpace = spaces.find((space) => space.kind === 'unit' && space.orgUnitId === unit.org_unit_id)!.id;

  const wondzorg = await skill('Wondzorg');
  const dementiezorg = await skill('Dementiezorg');
  const woundSpace = await createSpace(woundAmbassador, {
    name: 'Wondzorg',
    description: 'Vragen, tips en bronnen over wondzorg en decubitus. Beheerd door de wondambassadeur.',
    skillId: wondzorg,
  });
  const dementiaSpace = await createSpace(sander, {
    name: 'Dementie en onbegrepen gedrag',
    description: 'Wat werkt bij onrust, wegloopgedrag en nachtelijk dwalen? Deel het hier.',
    skillId: dementiezorg,
  });

  const post = (ctx: Ctx, input: Parameters<typeof createPost>[1]) =>
    createPost(ctx, input, baseUrl).then((p) => p.id);
  const base = {
    bodyHtml: '',
    skillIds: [] as string[],
    itemIds: [] as string[],
    mentionIds: [] as string[],
  };

  // "Wat ik geleerd heb": Zoë finished the communication course.
  const communication = await courseId('Goed communiceren in de zorg');
  let learnedId: string | null = null;
  if (communication)
    learnedId = await post(zoe, {
      ...base,
      spaceId: unitSpace,
      kind: 'learned',
      title: 'LSD helpt echt bij lastige gesprekken met familie',
      bodyHtml:
        '<p>In de cursus oefenden we met <strong>Luisteren, Samenvatten, Doorvragen</strong>. Ik dacht dat ik dat al deed, maar ik vulde vaak zelf in wat de ander bedoelde.</p>',
      learned: { kind: 'course', id: communication },
      appliedText:
        'Bij het familiegesprek van mevrouw Jansen vatte ik eerst samen wat de dochter zorgen baarde. Het gesprek werd meteen rustiger.',
    });

  const falls = await contentId('Vallen voorkomen bij ouderen');
  const fallsTip = await post(bram, {
    ...base,
    spaceId: unitSpace,
    kind: 'tip',
    title: 'Valrisico? Kijk eerst naar de schoenen',
    bodyHtml:
      '<p>Na de module over valpreventie loop ik bij elke nieuwe cliënt de schoenen en sloffen na. Open sloffen zijn bij ons de nummer één oorzaak van bijna-vallen.</p><ul><li>Vraag familie om dichte schoenen mee te nemen</li><li>Noteer het in het zorgplan</li></ul>',
    itemIds: falls ? [falls] : [],
    skillIds: (await skill('Valpreventie')) ? [(await skill('Valpreventie'))!] : [],
  });

  const question = await post(zoe, {
    ...base,
    spaceId: woundSpace,
    kind: 'question',
    title: 'Welk verband bij een natte decubituswond op de stuit?',
    bodyHtml:
      '<p>Meneer De Boer heeft sinds gisteren een categorie 2 decubitus die flink vocht. Het schuimverband lekt binnen een dag door. Wat gebruiken jullie?</p>',
    skillIds: wondzorg ? [wondzorg] : [],
  });
  await addComment(
    ayla,
    question,
    {
      bodyHtml: '<p>Wij hadden dat ook. Vraag de huisarts of je een alginaat eronder mag gebruiken.</p>',
      mentionIds: [],
    },
    baseUrl,
  );
  const best = await addComment(
    woundAmbassador,
    question,
    {
      bodyHtml:
        '<p>Bij veel vocht: een <strong>superabsorber</strong> en de huid eromheen beschermen met een barrièrefilm. Wissel bij doorlekken, niet op vaste dagen. Bel me gerust als je twijfelt, dan kijk ik mee.</p>',
      mentionIds: [],
    },
    baseUrl,
  );
  await markBestAnswer(zoe, question, best);

  await post(woundAmbassador, {
    ...base,
    spaceId: woundSpace,
    kind: 'resource',
    title: 'Landelijke richtlijn decubitus (samenvatting)',
    bodyHtml:
      '<p>De korte versie van de richtlijn, met het stappenplan voor preventie. Handig om bij de overdracht te hebben.</p>',
    linkUrl: 'https://www.venvn.nl/richtlijnen/',
    skillIds: wondzorg ? [wondzorg] : [],
  });

  const dementia = await contentId('Omgaan met onbegrepen gedrag bij dementie');
  await post(sander, {
    ...base,
    spaceId: dementiaSpace,
    kind: 'tip',
    title: 'Onrust in de avond: eerst pijn uitsluiten',
    bodyHtml:
      '<p>Onrust na het avondeten is bij ons vaak pijn of een volle blaas, geen "gedrag". Gebruik de PACSLAC-lijst voordat je aan medicatie denkt.</p>',
    itemIds: dementia ? [dementia] : [],
    skillIds: dementiezorg ? [dementiezorg] : [],
  });

  const tip = await post(fenna, {
    ...base,
    spaceId: organisationSpace,
    kind: 'tip',
    title: 'Tien minuten leren tussen de rondes',
    bodyHtml:
      '<p>Ik zet elke dinsdag tien minuten in de agenda voor één korte module in Groeipad. Klein, maar na een maand merk je het.</p>',
  });
  await post(ld, {
    ...base,
    spaceId: organisationSpace,
    kind: 'question',
    title: 'Welke onderwerpen wil jij in de groeiweek?',
    bodyHtml: '<p>We stellen het programma van de groeiweek samen. Welke workshop zou jou echt helpen?</p>',
  });

  for (const [ctx, id, reaction] of [
    [sander, learnedId, 'insightful'],
    [ayla, learnedId, 'like'],
    [zoe, fallsTip, 'thanks'],
    [sander, fallsTip, 'like'],
    [bram, tip, 'like'],
    [zoe, tip, 'insightful'],
  ] as const)
    if (id) await react(ctx, id, { reaction, isOn: true });
  await save(zoe, fallsTip, true);

  // Feedback: Zoë asks about her handover and about wound care; one colleague answers and rates.
  const handover = await requestFeedback(
    zoe,
    {
      subjectKind: 'work',
      subjectLabel: 'De avondoverdracht van dinsdag',
      question: 'Was mijn overdracht volgens SBAR duidelijk genoeg? Wat miste je?',
      personIds: [team[0]!.id, team[1]!.id],
      isSharedWithManager: true,
    },
    baseUrl,
  );
  await answerFeedback(
    ayla,
    handover,
    {
      answer: 'Heel helder. Alleen de vochtbalans van meneer De Boer noemde je niet, die wil ik graag horen.',
    },
    baseUrl,
  );
  if (wondzorg) {
    const wound = await requestFeedback(
      zoe,
      {
        subjectKind: 'skill',
        subjectId: wondzorg,
        question: 'Je keek mee bij de wond van meneer De Boer. Hoe sta ik ervoor met wondzorg?',
        personIds: [woundAmbassadorId],
        isSharedWithManager: false,
      },
      baseUrl,
    );
    await answerFeedback(
      woundAmbassador,
      wound,
      {
        answer:
          'Je beoordeelt de wond goed en vraagt op tijd hulp. Volgende stap: zelf het verbandbeleid voorstellen.',
        skillLevel: 3,
      },
      baseUrl,
    );
  }
  const reflection = await requestFeedback(
    bram,
    {
      subjectKind: 'work',
      subjectLabel: 'Het familiegesprek met de zoon van mevrouw Jansen',
      question: 'Je was erbij: heb ik genoeg ruimte gegeven voor zijn zorgen?',
      personIds: [employeeId, managerId],
      isSharedWithManager: false,
    },
    baseUrl,
  );
  await declineFeedback(sander, reflection).catch(() => undefined);

  // The team moment: Sander asked his team before Thursday's meeting; two answered so far.
  const questionId = await askTeam(sander, {}, baseUrl);
  await answerQuestion(ayla, questionId, 'Dat een alginaat onder het schuimverband veel lekkage scheelt.');
  await answerQuestion(
    zoe,
    questionId,
    'Eerst samenvatten voordat ik uitleg geef: families worden er rustiger van.',
  );

  // Two ambassadors with a profile and a collection each; a few colleagues opened them (counts only).
  const postsIn = async (spaceId: string) =>
    (
      await tenant
        .selectFrom('knowledge_posts')
        .select('id')
        .where('space_id', '=', spaceId)
        .orderBy('created_at')
        .limit(3)
        .execute()
    ).map((row) => row.id);
  const present = (ids: (string | undefined)[]) => ids.filter((id): id is string => Boolean(id));
  const headlines = await contentHeadlines(tenant, present([falls, dementia]), 'nl');
  const published = (ids: (string | undefined)[]) =>
    present(ids).filter((id) => headlines.get(id)?.status === 'published');
  await saveProfile(ld, woundAmbassadorId, {
    headline: 'Wondverpleegkundige, ambassadeur wondzorg',
    helpsWith:
      'Twijfel over een wond, decubitus of het juiste verband? Stuur me een bericht of stel je vraag in de ruimte Wondzorg.',
    skillIds: present([wondzorg]),
  });
  await saveProfile(sander, managerId, {
    headline: 'Teamleider, ambassadeur dementiezorg',
    helpsWith: 'Omgaan met onrust en onbegrepen gedrag; ik denk graag mee over een aanpak voor één bewoner.',
    skillIds: present([dementiezorg]),
  });
  const woundCollection = await createCollection(woundAmbassador, {
    title: 'Starten met wondzorg',
    description: 'Wat ik nieuwe collega’s als eerste laat lezen en doen.',
    spaceId: woundSpace,
    entries: [
      ...published([falls]).map((id) => ({
        kind: 'item' as const,
        id,
        note: 'Vallen en decubitus gaan vaak samen.',
      })),
      ...(await postsIn(woundSpace)).map((id) => ({ kind: 'post' as const, id, note: '' })),
    ],
  });
  const dementiaCollection = await createCollection(sander, {
    title: 'Onrust in de avond',
    description: 'Wat bij ons op de afdeling werkt, van collega’s en uit de e-learning.',
    spaceId: dementiaSpace,
    entries: [
      ...published([dementia]).map((id) => ({ kind: 'item' as const, id, note: 'Begin hier: 20 minuten.' })),
      ...(await postsIn(dementiaSpace)).map((id) => ({ kind: 'post' as const, id, note: '' })),
    ],
  });
  for (const reader of [zoe, ayla, bram, fenna]) {
    await recordOpen(reader, { kind: 'collection', id: woundCollection, ownerId: woundAmbassadorId });
    await recordOpen(reader, { kind: 'collection', id: dementiaCollection, ownerId: managerId });
  }
}
