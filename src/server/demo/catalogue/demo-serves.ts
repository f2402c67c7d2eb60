import type { LearningSubjectKind } from '../../db/schema.ts';
import type { TenantDb } from '../../db/tenant.ts';

/** What the demo learning serves: skills (Dutch name), values, competencies and organisation goals (by name). */
type Serves = { skills?: string[]; values?: string[]; competencies?: string[]; goals?: string[] };

const gezond = 'Gezond en met plezier aan het werk';
const ecd = 'Iedereen werkt vaardig met het nieuwe ECD';
const leren = 'Elke collega leert in werktijd';

export const demoItemServes: Record<string, Serves> = {
  'lead-first-100': { skills: ['Leidinggeven aan een team'] },
  'lead-feedback': { skills: ['Feedback geven en ontvangen'], competencies: ['Leervermogen'] },
  'lead-podcast': { skills: ["Coachen van collega's"] },
  'lead-video-conversation': { skills: ['Verzuimbegeleiding'], goals: [gezond] },
  'lead-roster': { skills: ['Roosterplanning'] },
  'lead-assignment': { skills: ["Coachen van collega's", 'Feedback geven en ontvangen'] },
  'lead-guide': { skills: ['Leidinggeven aan een team', 'Verandermanagement'] },
  'onb-values': { values: ['Aandacht', 'Vakmanschap', 'Samen', 'Moed'] },
  'onb-systems': { skills: ['Elektronisch cliëntdossier'], goals: [ecd] },
  'onb-safety': { skills: ['Werken volgens protocollen'], competencies: ['Verantwoordelijkheid nemen'] },
  'care-hygiene': { skills: ['Infectiepreventie'] },
  'care-hygiene-quiz': { skills: ['Infectiepreventie'] },
  'care-medication': { skills: ['Medicatie toedienen'] },
  'care-medication-pdf': { skills: ['Medicatie toedienen', 'Medicatiebewaking'] },
  'care-dementia': { skills: ['Dementiezorg', 'Omgaan met onbegrepen gedrag'] },
  'care-dementia-podcast': { skills: ['Dementiezorg'] },
  'care-falls': { skills: ['Valpreventie'], competencies: ['Signaleren'] },
  'care-falls-video': { skills: ['Valpreventie'] },
  'care-wound': { skills: ['Wondzorg'] },
  'care-palliative': { skills: ['Palliatieve zorg'] },
  'care-palliative-quiz': { skills: ['Palliatieve zorg'] },
  'care-reporting': { skills: ['Rapporteren'], competencies: ['Signaleren'], goals: [ecd] },
  'self-stress': { skills: ['Omgaan met werkdruk'], goals: [gezond] },
  'self-resilience': { skills: ['Omgaan met werkdruk'], goals: [gezond] },
  'self-digital': { skills: ['Digitale basisvaardigheden'], competencies: ['Digitale vaardigheid'] },
  'self-privacy': { skills: ['Privacy en beroepsgeheim'] },
  'self-privacy-quiz': { skills: ['Privacy en beroepsgeheim'] },
  'self-coaching': { skills: ["Coachen van collega's"] },
  'self-pop': { skills: ['Zelfreflectie'], goals: [leren] },
  'self-intervision': { skills: ['Zelfreflectie'], competencies: ['Leervermogen'] },
  'comm-clients': {
    skills: ['Gesprekken met cliënten'],
    values: ['Aandacht'],
    competencies: ['Klantgerichtheid'],
  },
  'comm-language': { skills: ['Interculturele communicatie'] },
  'comm-team': { skills: ['Samenwerken in een team'], competencies: ['Samenwerken'] },
  'ethics-dilemma': { skills: ['Ethisch handelen'], values: ['Moed'] },
  'wound-assess': { skills: ['Wondzorg'] },
  'wound-pressure': { skills: ['Wondzorg'] },
};

export const demoCourseServes: Record<string, Serves> = {
  leadership: {
    skills: [
      'Leidinggeven aan een team',
      'Feedback geven en ontvangen',
      "Coachen van collega's",
      'Roosterplanning',
    ],
  },
  onboarding: { values: ['Aandacht', 'Vakmanschap', 'Samen', 'Moed'], goals: [leren] },
  safety: {
    skills: ['Infectiepreventie', 'Medicatie toedienen'],
    competencies: ['Verantwoordelijkheid nemen'],
  },
  dementia: { skills: ['Dementiezorg', 'Valpreventie'] },
  communication: { skills: ['Gesprekken met cliënten'], competencies: ['Klantgerichtheid'] },
  wound: { skills: ['Wondzorg'] },
};

export const demoPathServes: Record<string, Serves> = {
  'leadership-path': { skills: ['Leidinggeven aan een team', 'Verzuimbegeleiding', 'Verandermanagement'] },
  'onboarding-path': { values: ['Samen'], competencies: ['Samenwerken'] },
  'dementia-path': { skills: ['Dementiezorg', 'Omgaan met onbegrepen gedrag'] },
};

/**
 * Tags the demo catalogue with the demo framework's skills, core values and competencies and organisation
 * goals (seeded before the catalogue), looked up by name; names that are not there are skipped.
 */
export async function tagDemoLearning(
  tenant: TenantDb,
  subjects: { kind: LearningSubjectKind; ids: Map<string, string>; serves: Record<string, Serves> }[],
) {
  const byName = async (table: 'core_values' | 'core_competencies') =>
    new Map((await tenant.selectFrom(table).select(['id', 'name']).execute()).map((r) => [r.name, r.id]));
  const skills = new Map(
    (await tenant.selectFrom('skills').select(['id', 'name_nl']).execute()).map((r) => [r.name_nl, r.id]),
  );
  const values = await byName('core_values');
  const competencies = await byName('core_competencies');
  const goals = new Map(
    (await tenant.selectFrom('organisation_goals').select(['id', 'title']).execute()).map((r) => [
      r.title,
      r.id,
    ]),
  );
  const rows: {
    subject_kind: LearningSubjectKind;
    subject_id: string;
    target_kind: 'skill' | 'value' | 'competency' | 'goal';
    target_id: string;
    label: null;
  }[] = [];
  for (const { kind, ids, serves } of subjects)
    for (const [key, wanted] of Object.entries(serves)) {
      const subjectId = ids.get(key);
      if (!subjectId) continue;
      const add = (
        targetKind: (typeof rows)[number]['target_kind'],
        names: string[] = [],
        lookup: Map<string, string>,
      ) => {
        for (const name of names) {
          const targetId = lookup.get(name);
          if (targetId)
            rows.push({
              subject_kind: kind,
              subject_id: subjectId,
              target_kind: targetKind,
              target_id: targetId,
              label: null,
            });
        }
      };
      add('skill', wanted.skills, skills);
      add('value', wanted.values, values);
      add('competency', wanted.competencies, competencies);
      add('goal', wanted.goals, goals);
    }
  if (rows.length) await tenant.insertInto('learning_links', rows).execute();
}
