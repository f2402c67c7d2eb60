import type { TenantDb } from '../../db/tenant.ts';

export type ScaleLevel = {
  level: number;
  label: { nl: string; en: string };
  descriptor: { nl: string; en: string };
};

/** The default five levels, each saying in plain words what someone at that level does. */
export const defaultScale: ScaleLevel[] = [
  {
    level: 1,
    label: { nl: 'Beginner', en: 'Beginner' },
    descriptor: {
      nl: 'Je kent de basis en doet het onder begeleiding.',
      en: 'You know the basics and do it with guidance.',
    },
  },
  {
    level: 2,
    label: { nl: 'Gevorderde beginner', en: 'Advanced beginner' },
    descriptor: {
      nl: 'Je doet eenvoudige situaties zelfstandig en vraagt hulp bij uitzonderingen.',
      en: 'You handle simple situations on your own and ask for help with exceptions.',
    },
  },
  {
    level: 3,
    label: { nl: 'Bekwaam', en: 'Competent' },
    descriptor: {
      nl: 'Je doet het zelfstandig, ook in lastige situaties, en weet wanneer je moet opschalen.',
      en: 'You do it on your own, also in difficult situations, and know when to escalate.',
    },
  },
  {
    level: 4,
    label: { nl: 'Ervaren', en: 'Proficient' },
    descriptor: {
      nl: 'Collega’s vragen jou om raad; je kunt anderen begeleiden en het werk verbeteren.',
      en: 'Colleagues come to you for advice; you can guide others and improve how the work is done.',
    },
  },
  {
    level: 5,
    label: { nl: 'Expert', en: 'Expert' },
    descriptor: {
      nl: 'Je bent het aanspreekpunt in de organisatie, leidt anderen op en zet de standaard.',
      en: 'You are the go-to person in the organisation, train others and set the standard.',
    },
  },
];

export async function scaleOf(tenant: TenantDb): Promise<ScaleLevel[]> {
  const rows = await tenant.selectFrom('skill_scale_levels').selectAll().orderBy('level').execute();
  if (rows.length === 0) return defaultScale;
  return rows.map((row) => ({
    level: row.level,
    label: { nl: row.label_nl, en: row.label_en },
    descriptor: { nl: row.descriptor_nl, en: row.descriptor_en },
  }));
}

export async function maxLevelOf(tenant: TenantDb): Promise<number> {
  const scale = await scaleOf(tenant);
  return scale[scale.length - 1]!.level;
}
