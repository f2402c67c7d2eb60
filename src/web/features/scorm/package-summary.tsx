import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { useFormat } from '../../components/format.ts';
import { DescriptionList } from '../../components/page.tsx';
import type { ScormPackage } from './scorm-api.ts';

type Sco = ScormPackage['scos'][number];

/** The pass mark as the package states it: 1.2 on the raw score (0–100), 2004 on the scaled one (-1–1). */
export function masteryOf(sco: Sco): number | null {
  if (sco.masteryScore !== null) return sco.masteryScore;
  if (sco.scaledPassingScore !== null) return Math.round(sco.scaledPassingScore * 100);
  return null;
}

/** What Groeipad found in the package: title, version, the SCOs in their order and their pass marks. */
export function PackageSummary({ pack }: { pack: ScormPackage }) {
  const { t } = useTranslation('scorm');
  const format = useFormat();
  const version = pack.edition
    ? t('summary.versionEdition', { version: pack.scormVersion, edition: pack.edition })
    : `SCORM ${pack.scormVersion}`;
  return (
    <div className="space-y-4">
      <DescriptionList
        items={[
          { term: t('summary.title'), value: pack.title },
          { term: t('summary.scormVersion'), value: version },
          {
            term: t('summary.files'),
            value: t('summary.filesValue', {
              count: pack.version.fileCount,
              size: format.number(Math.max(1, Math.round(pack.version.unpackedBytes / 1024))),
            }),
          },
          {
            term: t('summary.navigation'),
            value: pack.navigation.choice ? t('summary.navChoice') : t('summary.navFlow'),
          },
          {
            term: t('summary.versionNumber'),
            value: t('summary.versionOf', {
              number: pack.version.number,
              date: format.dateTime(pack.version.uploadedAt),
            }),
          },
        ]}
      />
      <DataTable<Sco>
        label={t('summary.scos')}
        isCaptionShown
        rows={pack.scos}
        rowKey={(sco) => sco.id}
        emptyTitle={t('summary.noScos')}
        columns={[
          {
            id: 'order',
            header: '#',
            cell: (sco) => pack.scos.indexOf(sco) + 1,
            className: 'w-10 tabular-nums',
          },
          { id: 'title', header: t('summary.scoTitle'), cell: (sco) => sco.title },
          {
            id: 'kind',
            header: t('summary.kind'),
            cell: (sco) => t(`summary.kinds.${sco.kind}`),
            className: 'hidden sm:table-cell',
          },
          {
            id: 'mastery',
            header: t('summary.mastery'),
            cell: (sco) => {
              const mastery = masteryOf(sco);
              return mastery === null ? t('summary.noMastery') : format.percent(mastery);
            },
          },
        ]}
      />
    </div>
  );
}
