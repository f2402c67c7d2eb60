import { useTranslation } from 'react-i18next';
import { DropZone } from '../../components/drop-zone.tsx';

/** Drop a .zip here or choose one; hands the file over, says when it is busy. */
export function ZipDropZone({
  onFile,
  isBusy,
  busyText,
  label,
}: {
  onFile: (file: File) => void;
  isBusy: boolean;
  busyText: string;
  label: string;
}) {
  const { t } = useTranslation('scorm');
  return (
    <DropZone
      label={label}
      dropText={t('upload.drop')}
      hint={t('upload.hint')}
      accept=".zip,application/zip,application/x-zip-compressed"
      isBusy={isBusy}
      busyText={busyText}
      onFile={onFile}
    />
  );
}
