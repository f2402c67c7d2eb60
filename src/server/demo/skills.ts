import { addDays, calendarDateOf } from '../core/calendar.ts';
import type { Trx } from '../db/database.ts';
import { forOrganisation } from '../db/tenant.ts';
import { applyStarterSet } from '../modules/skills/index.ts';

// Demo data for Zorggroep De Linde: the starter framework, 15 role profiles, three career paths,
// ratings from every source, a few mentors, an open rating request and a single point of failure.

type Profile = [role: string, en: string, skills: [skill: string, target: number][]];

const care: [string, number][] = [
  ['Persoonlijke verzorging', 3],
  ['Rapporteren', 3],
  ['Infectiepreventie', 3],
  ['Gesprekken met cliënten', 3],
];
const profiles: Profile[] = [
  [
    'Helpende Zorg & Welzijn',
    'Care assistant',
    [
      ['Persoonlijke verzorging', 2],
      ['Huishoudelijke ondersteuning', 3],
      ['Rapporteren', 2],
      ['Activiteitenbegeleiding', 2],
    ],
  ],
  [
    'Verzorgende IG',
    'Certified carer',
    [...care, ['Medicatie toedienen', 3], ['Wondzorg', 2], ['Dementiezorg', 3], ['Valpreventie', 3]],
  ],
  [
    'Verpleegkundige',
    'Nurse',
    [
      ...care,
      ['Medicatie toedienen', 4],
      ['Wondzorg', 3],
      ['Klinisch redeneren', 3],
      ['Voorbehouden handelingen', 3],
      ['Zorgplan opstellen', 3],
      ['Overdracht geven', 3],
    ],
  ],
  [
    'Senior verpleegkundige',
    'Senior nurse',
    [
      ['Klinisch redeneren', 4],
      ['Wondzorg', 4],
      ['Medicatiebewaking', 4],
      ['Werkbegeleiding', 3],
      ["Coachen van collega's", 3],
      ['Kwaliteitsverbetering', 3],
      ['Interprofessioneel samenwerken', 4],
    ],
  ],
  [
    'Wijkverpleegkundige',
    'District nurse',
    [
      ['Wijkgerichte zorg', 4],
      ['Klinisch redeneren', 4],
      ['Zorgplan opstellen', 4],
      ['Positieve gezondheid', 3],
      ['Omgaan met naasten', 3],
      ['Zorgtechnologie', 3],
    ],
  ],
  [
    'Teamleider',
    'Team leader',
    [
      ['Leidinggeven aan een team', 4],
      ["Coachen van collega's", 4],
      ['Roosterplanning', 3],
      ['Verzuimbegeleiding', 3],
      ['Feedback geven en ontvangen', 4],
      ['Budgetbeheer', 2],
      ['Verandermanagement', 3],
      ['Kwaliteitsverbetering', 3],
    ],
  ],
  [
    'Activiteitenbegeleider',
    'Activity coordinator',
    [
      ['Activiteitenbegeleiding', 4],
      ['Dementiezorg', 3],
      ['Omgaan met onbegrepen gedrag', 3],
      ['Gesprekken met cliënten', 3],
    ],
  ],
  [
    'Praktijkopleider',
    'Practice educator',
    [
      ['Werkbegeleiding', 4],
      ["Coachen van collega's", 4],
      ['Feedback geven en ontvangen', 4],
      ['Voorbehouden handelingen', 4],
    ],
  ],
  [
    'Regiomanager',
    'Regional manager',
    [
      ['Leidinggeven aan een team', 5],
      ['Budgetbeheer', 4],
      ['Capaciteitsplanning', 4],
      ['Verandermanagement', 4],
      ['Beleid vertalen naar de praktijk', 4],
    ],
  ],
  [
    'HR-adviseur',
    'HR adviser',
    [
      ['Verzuimbegeleiding', 4],
      ['Gesprekken met cliënten', 3],
      ['Privacy en beroepsgeheim', 4],
      ['Beleid vertalen naar de praktijk', 3],
    ],
  ],
  [
    'L&D-adviseur',
    'L&D adviser',
    [
      ["Coachen van collega's", 4],
      ['Projectmatig werken', 3],
      ['Digitale basisvaardigheden', 4],
      ['Verandermanagement', 3],
    ],
  ],
  [
    'Kwaliteitsadviseur',
    'Quality adviser',
    [
      ['Kwaliteitsverbetering', 5],
      ['Incidenten melden', 4],
      ['Werken volgens protocollen', 4],
      ['Projectmatig werken', 3],
    ],
  ],
  [
    'Controller',
    'Controller',
    [
      ['Budgetbeheer', 5],
      ['Capaciteitsplanning', 3],
      ['Projectmatig werken', 3],
    ],
  ],
  [
    'ICT-beheerder',
    'IT administrator',
    [
      ['Veilig omgaan met informatie', 5],
      ['Elektronisch cliëntdossier', 4],
      ['Zorgtechnologie', 3],
      ['Digitale basisvaardigheden', 5],
    ],
  ],
  [
    'Facilitair medewerker',
    'Facilities officer',
    [
      ['Veilig omgaan met informatie', 2],
      ['Infectiepreventie', 3],
      ['Samenwerken in een team', 3],
    ],
  ],
];

// Three career paths drawn from these steps (a role can lead to several).
const steps: [string, string][] = [
  ['Helpende Zorg & Welzijn', 'Verzorgende IG'],
  ['Verzorgende IG', 'Verpleegkundige'],
  ['Verpleegkundige', 'Senior verpleegkundige'],
  ['Senior verpleegkundige', 'Teamleider'],
  ['Verpleegkundige', 'Wijkverpleegkundige'],
  ['Wijkverpleegkundige', 'Teamleider'],
  ['Teamleider', 'Regiomanager'],
  ['Verzorgende IG', 'Praktijkopleider'],
  ['Praktijkopleider', 'L&D-adviseur'],
  ['Senior verpleegkundige', 'Kwaliteitsadviseur'],
];

const isoDaysAgo = (days: number) => addDays(calendarDateOf(new Date()), -days);

export async function seedSkills(trx: Trx, organisationId: string, random: () => number) {
  const tenant = forOrganisation(trx, organisationId);
  await applyStarterSet(tenant);
  const skills = await tenant.selectFrom('skills').select(['id', 'name_nl']).execute();
  const skillId = new Map(skills.map((s) => [s.name_nl, s.id]));
  const roles = await tenant
    .insertInto(
      'job_roles',
      profiles.map(([nl, en]) => ({ name_nl: nl, name_en: en })),
    )
    .returning(['id', 'name_nl'])
    .execute();
  const roleId = new Map(roles.map((r) => [r.name_nl, r.id]));
  await tenant
    .insertInto(
      'job_role_skills',
      profiles.flatMap(([role, , list]) =>
        list.map(([skill, target]) => ({
          job_role_id: roleId.get(role)!,
          skill_id: skillId.get(skill)!,
          target_level: target,
        })),
      ),
    )
    .execute();
  await tenant
    .insertInto(
      'career_steps',
      steps.map(([from, to]) => ({ from_role_id: roleId.get(from)!, to_role_id: roleId.get(to)! })),
    )
    .execute();

  const people = await tenant
    .selectFrom('people')
    .select(['id', 'email', 'job_title', 'manager_id', 'org_unit_id'])
    .where('status', '<>', 'left')
    .orderBy('employee_number')
    .execute();
  const holders = people.filter((p) => p.job_title && roleId.has(p.job_title));
  await tenant
    .insertInto(
      'person_job_roles',
      holders.map((p) => ({ person_id: p.id, job_role_id: roleId.get(p.job_title!)! })),
    )
    .execute();

  const profileOf = new Map(profiles.map(([role, , list]) => [role, list]));
  const ratings: {
    person_id: string;
    skill_id: string;
    source: 'self' | 'manager' | 'peer' | 'evidence';
    level: number;
    rater_id: string | null;
    evidence_kind: 'learning_completed' | 'assessment_passed' | null;
    rated_on: string;
  }[] = [];
  const mentors: {
    person_id: string;
    skill_id: string;
    willing_to_mentor: boolean;
    wants_to_grow: boolean;
  }[] = [];
  const employee = people.find((p) => p.email === 'medewerker@delinde.demo');
  for (const person of holders) {
    // The demo employee rates herself in the e2e journey and on stage; she starts with a clean map.
    if (person.id === employee?.id) continue;
    for (const [skill, target] of profileOf.get(person.job_title!)!) {
      const id = skillId.get(skill)!;
      // Most people sit around their target; some fall a level or two short (the gaps to show).
      const roll = random();
      const level = Math.max(
        1,
        Math.min(5, target + (roll < 0.25 ? -2 : roll < 0.55 ? -1 : roll < 0.9 ? 0 : 1)),
      );
      if (random() < 0.75)
        ratings.push({
          person_id: person.id,
          skill_id: id,
          source: 'self',
          level: Math.min(5, level + (random() < 0.3 ? 1 : 0)),
          rater_id: person.id,
          evidence_kind: null,
          rated_on: isoDaysAgo(Math.floor(random() * 300)),
        });
      if (person.manager_id && random() < 0.6)
        ratings.push({
          person_id: person.id,
          skill_id: id,
          source: 'manager',
          level,
          rater_id: person.manager_id,
          evidence_kind: null,
          rated_on: isoDaysAgo(Math.floor(random() * 500)),
        });
      if (random() < 0.15) {
        const colleague = holders[Math.floor(random() * holders.length)]!;
        if (colleague.id !== person.id)
          ratings.push({
            person_id: person.id,
            skill_id: id,
            source: 'peer',
            level,
            rater_id: colleague.id,
            evidence_kind: null,
            rated_on: isoDaysAgo(Math.floor(random() * 200)),
          });
      }
      if (random() < 0.1)
        ratings.push({
          person_id: person.id,
          skill_id: id,
          source: 'evidence',
          level: Math.max(1, level - 1),
          rater_id: null,
          evidence_kind: random() < 0.5 ? 'learning_completed' : 'assessment_passed',
          rated_on: isoDaysAgo(Math.floor(random() * 400)),
        });
      if (level >= 4 && random() < 0.4)
        mentors.push({ person_id: person.id, skill_id: id, willing_to_mentor: true, wants_to_grow: false });
    }
  }
  // Single points of failure on the team leader's ward: one colleague carries stoma care, one diabetes care.
  const manager = people.find((p) => p.email === 'teamleider@delinde.demo');
  const ward = holders.filter((p) => p.manager_id === manager?.id && p.id !== employee?.id);
  for (const [index, skill] of ['Stomazorg', 'Diabeteszorg'].entries()) {
    const expert = ward[index * 2];
    if (expert)
      ratings.push({
        person_id: expert.id,
        skill_id: skillId.get(skill)!,
        source: 'manager',
        level: 4,
        rater_id: manager!.id,
        evidence_kind: null,
        rated_on: isoDaysAgo(60),
      });
  }
  // Named mentors: for each of these skills, two holders of a role that needs it, validated at level 4–5.
  const mentorSkills = [
    "Coachen van collega's",
    'Wondzorg',
    'Dementiezorg',
    'Roosterplanning',
    'Klinisch redeneren',
  ];
  for (const skill of mentorSkills) {
    const candidates = holders.filter(
      (p) =>
        p.manager_id &&
        p.id !== employee?.id &&
        profileOf.get(p.job_title!)!.some(([name]) => name === skill),
    );
    for (const mentor of [candidates[1], candidates[candidates.length - 2]]) {
      if (!mentor || mentors.some((m) => m.person_id === mentor.id && m.skill_id === skillId.get(skill)))
        continue;
      ratings.push({
        person_id: mentor.id,
        skill_id: skillId.get(skill)!,
        source: 'manager',
        level: 4 + Math.floor(random() * 2),
        rater_id: mentor.manager_id,
        evidence_kind: null,
        rated_on: isoDaysAgo(30),
      });
      mentors.push({
        person_id: mentor.id,
        skill_id: skillId.get(skill)!,
        willing_to_mentor: true,
        wants_to_grow: false,
      });
    }
  }
  if (ratings.length) await tenant.insertInto('skill_ratings', ratings).execute();
  if (mentors.length) await tenant.insertInto('person_skills', mentors).execute();

  // A waiting task on the team leader's home page: a colleague asks for a rating.
  const asker = ward[1];
  if (manager && asker)
    await tenant
      .insertInto('rating_requests', {
        person_id: asker.id,
        rater_id: manager.id,
        skill_ids: profileOf
          .get(asker.job_title!)!
          .slice(0, 3)
          .map(([skill]) => skillId.get(skill)!),
        message: 'Zou je voor mijn jaargesprek naar deze vaardigheden willen kijken?',
      })
      .execute();
}
