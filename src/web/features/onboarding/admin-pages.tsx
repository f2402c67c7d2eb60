import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { Badge } from '../../components/badge.tsx';
import { ButtonLink } from '../../components/button.tsx';
import {
  Form,
  FormError,
  SelectField,
  SubmitButton,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { PersonPickerField } from '../../components/form/person-picker-field.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, NoAccess, QueryError } from '../../components/states.tsx';
import { JourneyProgress } from './journey-steps.tsx';
import { journeysQuery, templatesQuery, useAssign } from './queries.ts';
import { useCanManage } from './template-editor.tsx';

export { TemplateEditorPage } from './template-editor.tsx';

/** L&D and HR: the templates, giving someone a journey by hand, and every journey under way. */
export function OnboardingAdminPage() {
  const { t } = useTranslation('onboarding');
  const canManage = useCanManage();
  const templates = useQuery({ ...templatesQuery(), enabled: canManage });
  const journeys = useQuery({ ...journeysQuery(), enabled: canManage });
  if (!canManage) return <NoAccess />;
  if (templates.isPending || journeys.isPending) return <Loading />;
  if (templates.isError) return <QueryError error={templates.error} />;
  if (journeys.isError) return <QueryError error={journeys.error} />;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t('admin.title')}
        description={t('admin.intro')}
        actions={<ButtonLink to="/admin/onboarding/templates/new">{t('admin.newTemplate')}</ButtonLink>}
      />
      <Card title={t('admin.templates')} titleId="onboarding-templates">
        {templates.data.length === 0 ? (
          <EmptyState title={t('admin.noTemplates')} />
        ) : (
          <ul className="divide-y divide-slate-100">
            {templates.data.map((template) => (
              <li key={template.id} className="flex flex-wrap items-center gap-3 py-3 text-sm">
                <Link
                  to="/admin/onboarding/templates/$id"
                  params={{ id: template.id }}
                  className="font-medium text-teal-700 underline"
                >
                  {template.name}
                </Link>
                <span className="text-slate-600">
                  {t('admin.counts', { steps: template.steps, journeys: template.journeys })}
                </span>
                {template.hasRule && (
                  <Badge tone={template.isActive ? 'green' : 'neutral'}>
                    {template.isActive ? t('admin.ruleOn') : t('admin.ruleOff')}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <AssignCard templates={templates.data} />
      <Card title={t('admin.journeys')} titleId="onboarding-journeys">
        {journeys.data.length === 0 ? (
          <EmptyState title={t('admin.noJourneys')} />
        ) : (
          <ul className="grid gap-3 md:grid-cols-2">
            {journeys.data.map((journey) => (
              <li key={journey.id} className="rounded-lg border border-slate-200 p-3">
                <Link
                  to="/onboarding/journeys/$id"
                  params={{ id: journey.id }}
                  className="font-medium text-teal-700 underline"
                >
                  {journey.person.displayName}
                </Link>
                <p className="mb-2 text-sm text-slate-600">
                  {journey.templateName} ·{' '}
                  {journey.buddy
                    ? t('admin.withBuddy', { name: journey.buddy.displayName })
                    : t('journey.noBuddy')}
                </p>
                <JourneyProgress journey={journey} />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

// The API's assignInput: whom, which template; a buddy and a start date are optional ('' = none).
const assignSchema = z.object({
  personId: z.string().min(1),
  templateId: z.string().min(1),
  buddyId: z.string(),
  startDate: z.string(),
});

function AssignCard({ templates }: { templates: { id: string; name: string }[] }) {
  const { t } = useTranslation('onboarding');
  const navigate = useNavigate();
  const assign = useAssign();
  const form = useZodForm(assignSchema, {
    defaultValues: { personId: '', templateId: '', buddyId: '', startDate: '' },
  });
  const [personId, templateId] = form.watch(['personId', 'templateId']);
  return (
    <Card title={t('assign.title')} titleId="onboarding-assign">
      <Form
        form={form}
        className="grid gap-4 sm:grid-cols-2"
        onSubmit={async (values) => {
          const journey = await assign.mutateAsync({
            personId: values.personId,
            templateId: values.templateId,
            buddyId: values.buddyId || null,
            startDate: values.startDate || null,
          });
          await navigate({ to: '/onboarding/journeys/$id', params: { id: journey.id } });
        }}
      >
        <p className="text-sm text-slate-600 sm:col-span-2">{t('assign.help')}</p>
        <PersonPickerField name="personId" label={t('assign.person')} />
        <SelectField name="templateId" label={t('assign.template')}>
          <option value="" />
          {templates.map((template) => (
            <option key={template.id} value={template.id}>
              {template.name}
            </option>
          ))}
        </SelectField>
        <PersonPickerField name="buddyId" label={t('assign.buddy')} excludeId={personId || undefined} />
        <TextField
          name="startDate"
          label={t('assign.startDate')}
          hint={t('assign.startDateHint')}
          type="date"
        />
        <div className="sm:col-span-2">
          <FormError />
          <SubmitButton isDisabled={!personId || !templateId}>{t('assign.submit')}</SubmitButton>
        </div>
      </Form>
    </Card>
  );
}
