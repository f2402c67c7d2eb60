import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, ButtonLink } from '../../components/button.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { ExportCard } from './export-card.tsx';
import type { ColumnMapping, ImportSummary, ImportUpload } from './imports-api.ts';
import { MappingStep } from './mapping-step.tsx';
import { PreviewStep } from './preview-step.tsx';
import { SummaryList } from './summary-list.tsx';
import { UploadStep } from './upload-step.tsx';

const steps = ['upload', 'map', 'preview', 'result'] as const;
type Step = (typeof steps)[number];

/** HR import in four steps (upload, map columns, check, import) and the export beside it. */
export function ImportWizardPage() {
  const { t } = useTranslation('imports');
  const [step, setStep] = useState<Step>('upload');
  const [upload, setUpload] = useState<ImportUpload | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [deactivateMissing, setDeactivateMissing] = useState(false);
  const [result, setResult] = useState<ImportSummary | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<Step>(step);

  // Move focus to the new step's heading so keyboard and screen-reader users land where the work is.
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  const restart = () => {
    setUpload(null);
    setMapping({});
    setDeactivateMissing(false);
    setResult(null);
    setStep('upload');
  };
  const current = steps.indexOf(step);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section
          aria-labelledby="import-step-title"
          className="min-w-0 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6"
        >
          <ol aria-label={t('steps.label')} className="mb-6 flex flex-wrap gap-x-4 gap-y-2 text-sm">
            {steps.map((name, index) => (
              <li
                key={name}
                aria-current={index === current ? 'step' : undefined}
                className={`flex items-center gap-2 ${
                  index === current
                    ? 'font-semibold text-teal-800'
                    : index < current
                      ? 'text-slate-700'
                      : 'text-slate-500'
                }`}
              >
                <span
                  aria-hidden="true"
                  className={`flex size-6 items-center justify-center rounded-full text-xs ${
                    index === current
                      ? 'bg-teal-700 text-white'
                      : index < current
                        ? 'bg-teal-100 text-teal-800'
                        : 'bg-slate-100 text-slate-600'
                  }`}
                >
                  {index + 1}
                </span>
                {t(`steps.${name}`)}
              </li>
            ))}
          </ol>
          <h2
            id="import-step-title"
            ref={headingRef}
            tabIndex={-1}
            className="mb-1 text-lg font-semibold text-slate-900 focus:outline-none"
          >
            <span className="sr-only">
              {t('steps.position', { current: current + 1, total: steps.length })}{' '}
            </span>
            {t(`${step}.title`)}
          </h2>
          <p className="mb-5 text-sm text-slate-600">{t(`${step}.intro`)}</p>

          {step === 'upload' && (
            <UploadStep
              onUploaded={(uploaded) => {
                setUpload(uploaded);
                setMapping(uploaded.suggestedMapping);
                setStep('map');
              }}
            />
          )}
          {step === 'map' && upload && (
            <MappingStep
              upload={upload}
              mapping={mapping}
              onChange={setMapping}
              onBack={restart}
              onNext={() => setStep('preview')}
            />
          )}
          {step === 'preview' && upload && (
            <PreviewStep
              upload={upload}
              mapping={mapping}
              deactivateMissing={deactivateMissing}
              onDeactivateMissingChange={setDeactivateMissing}
              onBack={() => setStep('map')}
              onImported={(summary) => {
                setResult(summary);
                setStep('result');
              }}
            />
          )}
          {step === 'result' && result && (
            <div className="space-y-6">
              <p
                role="status"
                aria-live="polite"
                className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900"
              >
                {t('result.done', { fileName: upload?.fileName })}
              </p>
              <SummaryList summary={result} isPreview={false} />
              <div className="flex flex-col gap-2 sm:flex-row">
                <ButtonLink to="/people">{t('actions.toPeople')}</ButtonLink>
                <Button variant="secondary" onClick={restart}>
                  {t('actions.again')}
                </Button>
              </div>
            </div>
          )}
        </section>
        <aside>
          <Card title={t('export.title')} titleId="import-export-title">
            <ExportCard />
          </Card>
        </aside>
      </div>
    </>
  );
}
