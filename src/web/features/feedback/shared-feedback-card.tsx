import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Card } from '../../components/page.tsx';

/** In a conversation's preparation: the feedback the employee asked of colleagues and shared. */
export function SharedFeedbackCard({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('feedback');
  const shared = useQuery({
    queryKey: ['feedback', 'conversation', conversationId],
    queryFn: () =>
      unwrap(api.GET('/api/v1/conversations/{id}/feedback', { params: { path: { id: conversationId } } })),
  });
  return (
    <Card title={t('conversation.title')} titleId="conversation-feedback">
      {shared.data?.length ? (
        <ul className="space-y-3 text-sm">
          {shared.data.map((request) => (
            <li key={request.id}>
              <Link
                to="/feedback/$id"
                params={{ id: request.id }}
                className="font-medium text-teal-700 hover:underline"
              >
                {request.subject.label}
              </Link>
              <ul className="mt-1 space-y-1">
                {request.answers
                  .filter((answer) => answer.answer)
                  .map((answer) => (
                    <li key={answer.person.id}>
                      <span className="font-medium">{answer.person.name}:</span> {answer.answer}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">
          {shared.isPending ? t('conversation.loading') : t('conversation.none')}
        </p>
      )}
    </Card>
  );
}
