import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { ZipDropZone } from './drop-zone.tsx';
import { PackageProblems } from './package-problems.tsx';
import { PackageSummary } from './package-summary.tsx';
import { uploadPackage } from './scorm-api.ts';

/** The catalogue's "new item" screen for SCORM: drop the zip, see what was found, go on to the item. */
export function ScormUploadPage() {
  const { t } = useTranslation('scorm');
  const [fileName, setFileName] = useState<string | null>(null);
  const upload = useMutation({ mutationFn: uploadPackage });
  const pack = upload.data;
  return (
    <>
      <PageHeader
        eyebrow={
          <Link to="/admin/catalogue" className="hover:underline">
            {t('upload.backToCatalogue')}
          </Link>
        }
        title={t('upload.title')}
        description={t('upload.intro')}
      />
      <div className="space-y-6">
        <Card>
          <ZipDropZone
            label={t('upload.choose')}
            isBusy={upload.isPending}
            busyText={t('upload.busy', { fileName })}
            onFile={(file) => {
              setFileName(file.name);
              upload.mutate(file);
            }}
          />
          <div className="mt-3" aria-live="assertive">
            <PackageProblems error={upload.error} fileName={fileName} />
          </div>
        </Card>
        {pack && (
          <Card title={t('upload.found')} titleId="scorm-found">
            <p role="status" className="mb-4 text-sm text-emerald-800">
              {t('upload.added', { title: pack.title })}
            </p>
            <PackageSummary pack={pack} />
            <div className="mt-4 flex flex-wrap gap-2">
              <ButtonLink to="/admin/catalogue/items/$id" params={{ id: pack.contentId }}>
                {t('upload.openItem')}
              </ButtonLink>
            </div>
          </Card>
        )}
      </div>
    </>
  );
}
