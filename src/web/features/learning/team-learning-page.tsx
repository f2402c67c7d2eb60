import { useTranslation } from 'react-i18next';
import { Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { useConfirmAssignment, useTeamLearning } from './learning-api.ts';
import { EnrolmentList } from './my-learning-page.tsx';

export function TeamLearningPage() {
  const { t } = useTranslation('learning');
  const team = useTeamLearning();
  const confirm = useConfirmAssignment();
  if (team.isPending) return <Loading />;
  if (team.isError) return <QueryError error={team.error} />;
  const overdue = team.data.reduce((sum, member) => sum + member.overdue, 0);
  return (
    <>
      <PageHeader title={t('team.title')} description={t('team.summary', { count: overdue })} />
      {team.data.length === 0 ? (
        <EmptyState title={t('team.empty')} />
      ) : (
        <div className="space-y-4">
          {team.data.map((member) => (
            <Card
              key={member.personId}
              title={member.displayName}
              titleId={`member-${member.personId}`}
              actions={
                member.overdue > 0 && <Badge tone="red">{t('team.overdue', { count: member.overdue })}</Badge>
              }
            >
              {member.pendingConfirmations.map((pending) => (
                <div key={pending.contentId} className="mb-3 rounded-md bg-amber-50 p-3 text-sm">
                  <p className="font-medium">{t('team.toConfirm', { title: pending.title })}</p>
                  <p className="mt-1 whitespace-pre-line text-slate-700">{pending.reflection}</p>
                  <Button
                    className="mt-2"
                    isBusy={confirm.isPending}
                    onClick={() =>
                      confirm.mutate({ contentId: pending.contentId, personId: member.personId })
                    }
                  >
                    {t('team.confirm')}
                  </Button>
                </div>
              ))}
              <EnrolmentList enrolments={member.enrolments} empty={t('team.nothing')} />
            </Card>
          ))}
        </div>
      )}
    </>
  );
}
