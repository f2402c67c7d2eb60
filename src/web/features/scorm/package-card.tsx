import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ButtonLink } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { ZipDropZone } from './drop-zone.tsx';
import { PackageProblems } from './package-problems.tsx';
import { PackageSummary } from './package-summary.tsx';
import {
  type AttemptRule,
  type ScormPackage,
  usePackage,
  useSaveAttemptRule,
  useUploadVersion,
} from './scorm-api.ts';

const attemptRules: AttemptRule[] = ['resume', 'new_after_completion', 'limited'];

/** The package part of a SCORM item's editor: what it holds, its versions, the attempt rule, the report. */
export function ScormPackageCard({ contentId }: { contentId: string }) {
  const { t } = useTranslation('scorm');
  const pack = usePackage(contentId);
  if (pack.isPending) return <Loading />;
  if (pack.isError) return <QueryError error={pack.error} />;
  return (
    <>
      <Card
        title={t('card.title')}
        titleId="scorm-package"
        actions={
          <ButtonLink variant="secondary" to="/admin/catalogue/scorm/$id/report" params={{ id: contentId }}>
            {t('card.report')}
          </ButtonLink>
        }
      >
        {!pack.data.isPlayable && (
          <p className="mb-3 rounded-md bg-amber-50 p-3 text-sm text-amber-900">{t('card.notPlayable')}</p>
        )}
        <PackageSummary pack={pack.data} />
      </Card>
      <AttemptRuleCard pack={pack.data} />
      <VersionsCard pack={pack.data} />
    </>
  );
}

const ruleSchema = z
  .object({
    attemptRule: z.enum(['resume', 'new_after_completion', 'limited']),
    maxAttempts: z.number().int().min(1).max(100).nullable(),
  })
  .refine((values) => values.attemptRule !== 'limited' || values.maxAttempts !== null, {
    path: ['maxAttempts'],
    message: 'required',
  });

function AttemptRuleCard({ pack }: { pack: ScormPackage }) {
  const { t } = useTranslation('scorm');
  const save = useSaveAttemptRule(pack.contentId);
  const [isSaved, setSaved] = useState(false);
  const form = useZodForm(ruleSchema, {
    defaultValues: { attemptRule: pack.attemptRule, maxAttempts: pack.maxAttempts },
  });
  const rule = useWatch({ control: form.control, name: 'attemptRule' });
  return (
    <Card title={t('rule.title')} titleId="scorm-rule">
      <Form
        form={form}
        aria-label={t('rule.title')}
        onSubmit={async (values) => {
          setSaved(false);
          await save.mutateAsync({
            attemptRule: values.attemptRule,
            maxAttempts: values.attemptRule === 'limited' ? values.maxAttempts : null,
          });
          setSaved(true);
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField name="attemptRule" label={t('rule.label')} hint={t(`rule.hints.${rule}`)}>
            {attemptRules.map((option) => (
              <option key={option} value={option}>
                {t(`rule.options.${option}`)}
              </option>
            ))}
          </SelectField>
          {rule === 'limited' && (
            <TextField name="maxAttempts" label={t('rule.maxAttempts')} type="number" min={1} max={100} />
          )}
        </div>
        <FormError />
        <div className="flex items-center gap-3">
          <SubmitButton>{t('rule.save')}</SubmitButton>
          <span role="status" className="text-sm text-emerald-800">
            {isSaved ? t('rule.saved') : ''}
          </span>
        </div>
      </Form>
    </Card>
  );
}

const versionSchema = z.object({ midway: z.enum(['keep', 'restart'], 'required') });

function VersionsCard({ pack }: { pack: ScormPackage }) {
  const { t } = useTranslation('scorm');
  const format = useFormat();
  const upload = useUploadVersion(pack.contentId);
  const [file, setFile] = useState<File | null>(null);
  const [uploaded, setUploaded] = useState<number | null>(null);
  const form = useZodForm(versionSchema, { defaultValues: { midway: undefined } });
  type Version = ScormPackage['versions'][number];
  return (
    <Card title={t('versions.title')} titleId="scorm-versions">
      <DataTable<Version>
        label={t('versions.title')}
        rows={[...pack.versions].reverse()}
        rowKey={(version) => version.number}
        emptyTitle={t('versions.none')}
        columns={[
          { id: 'number', header: t('versions.number'), cell: (version) => version.number },
          { id: 'file', header: t('versions.file'), cell: (version) => version.originalName },
          {
            id: 'uploaded',
            header: t('versions.uploaded'),
            cell: (version) => format.dateTime(version.uploadedAt),
            className: 'hidden sm:table-cell',
          },
          {
            id: 'midway',
            header: t('versions.midway'),
            cell: (version) => (version.midwayRule ? t(`versions.midwayRule.${version.midwayRule}`) : '—'),
          },
        ]}
      />
      <Form
        form={form}
        className="mt-5 space-y-4"
        aria-label={t('versions.upload')}
        onSubmit={async ({ midway }) => {
          if (!file) return;
          setUploaded(null);
          const saved = await upload.mutateAsync({ file, midway });
          setUploaded(saved.version.number);
          setFile(null);
        }}
      >
        <h3 className="text-sm font-semibold text-slate-900">{t('versions.upload')}</h3>
        <SelectField name="midway" label={t('versions.midwayQuestion')} hint={t('versions.midwayHint')}>
          <option value="">{t('versions.choose')}</option>
          <option value="keep">{t('versions.midwayRule.keep')}</option>
          <option value="restart">{t('versions.midwayRule.restart')}</option>
        </SelectField>
        <ZipDropZone
          label={t('upload.choose')}
          isBusy={upload.isPending}
          busyText={t('upload.busy', { fileName: file?.name ?? '' })}
          onFile={setFile}
        />
        {file && !upload.isPending && (
          <p className="text-sm text-slate-700">{t('versions.chosen', { fileName: file.name })}</p>
        )}
        {/* The package's problems, each with its file and line (in place of the form's own region). */}
        <PackageProblems error={upload.error} fileName={file?.name ?? null} />
        <SubmitButton isDisabled={!file}>{t('versions.submit')}</SubmitButton>
        <p role="status" className="text-sm text-emerald-800">
          {uploaded !== null ? t('versions.uploadedAs', { number: uploaded }) : ''}
        </p>
      </Form>
    </Card>
  );
}
