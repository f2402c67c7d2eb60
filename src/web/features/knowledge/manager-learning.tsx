import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { CheckboxField, Form, FormError, SubmitButton, useZodForm } from '../../components/form/index.ts';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { PostCard } from './components.tsx';

// Managers as role models: the choice to show my learning to my team, and my manager's learning.

const keys = {
  openness: ['knowledge', 'openness'] as const,
  manager: ['knowledge', 'manager-learning'] as const,
};
const opennessSchema = z.object({ isOpenToTeam: z.boolean() });

/** For a manager: show (or not) my own finished learning and "wat ik geleerd heb" to my team. */
export function LearningOpennessCard() {
  const { t } = useTranslation('knowledge');
  const queryClient = useQueryClient();
  const openness = useQuery({
    queryKey: keys.openness,
    queryFn: () => unwrap(api.GET('/api/v1/team-moment/openness')),
  });
  const save = useMutation({
    mutationFn: (body: { isOpenToTeam: boolean }) =>
      unwrap(api.PUT('/api/v1/team-moment/openness', { body })),
    onSuccess: (data) => queryClient.setQueryData(keys.openness, data),
  });
  return (
    <Card title={t('openness.title')} titleId="team-openness">
      {openness.isPending ? (
        <Loading />
      ) : openness.isError ? (
        <QueryError error={openness.error} />
      ) : (
        <OpennessForm
          isOpenToTeam={openness.data.isOpenToTeam}
          onSubmit={(values) => save.mutateAsync(values)}
          status={openness.data.isOpenToTeam ? t('openness.on') : t('openness.off')}
        />
      )}
    </Card>
  );
}

function OpennessForm({
  isOpenToTeam,
  onSubmit,
  status,
}: {
  isOpenToTeam: boolean;
  onSubmit: (values: { isOpenToTeam: boolean }) => Promise<unknown>;
  status: string;
}) {
  const { t } = useTranslation('knowledge');
  const form = useZodForm(opennessSchema, { defaultValues: { isOpenToTeam } });
  return (
    <Form form={form} aria-label={t('openness.title')} onSubmit={onSubmit}>
      <p className="text-sm text-slate-600">{t('openness.intro')}</p>
      <CheckboxField name="isOpenToTeam" label={t('openness.label')} />
      <p className="text-sm font-medium" role="status">
        {status}
      </p>
      <FormError />
      <SubmitButton variant="secondary">{t('openness.save')}</SubmitButton>
    </Form>
  );
}

/** What my manager learned lately, when they chose to show it. */
export function ManagerLearningCard() {
  const { t } = useTranslation('knowledge');
  const format = useFormat();
  const learning = useQuery({
    queryKey: keys.manager,
    queryFn: () => unwrap(api.GET('/api/v1/team-moment/manager-learning')),
  });
  if (learning.isPending) return <Loading />;
  if (learning.isError) return <QueryError error={learning.error} />;
  const { manager, isOpen, completions, posts } = learning.data;
  if (!manager || !isOpen) return null;
  return (
    <Card title={t('managerLearning.title', { name: manager.name })} titleId="manager-learning">
      {completions.length === 0 && posts.length === 0 ? (
        <p className="text-sm text-slate-600">{t('managerLearning.empty')}</p>
      ) : (
        <div className="space-y-3">
          {completions.length > 0 && (
            <ul className="space-y-1 text-sm">
              {completions.map((completion) => (
                <li key={`${completion.kind}:${completion.id}`}>
                  {t('managerLearning.finished', {
                    title: completion.title,
                    date: format.date(completion.completedAt),
                  })}
                </li>
              ))}
            </ul>
          )}
          {posts.length > 0 && (
            <ul className="space-y-3">
              {posts.map((post) => (
                <PostCard key={post.id} post={post} />
              ))}
            </ul>
          )}
        </div>
      )}
    </Card>
  );
}
