import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Card } from '../../components/page.tsx';
import { learningLink } from './learning-picker.tsx';

/** For the manager in a conversation: learning for the employee's plan goals and largest skill gaps. */
export function SuggestedLearningCard({ conversationId }: { conversationId: string }) {
  const { t } = useTranslation('development');
  const suggestions = useQuery({
    queryKey: ['development', 'conversation', conversationId, 'suggested-learning'],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/conversations/{id}/suggested-learning', {
          params: { path: { id: conversationId } },
        }),
      ),
  });
  return (
    <Card title={t('suggestedLearning.title')} titleId="conversation-suggested-learning">
      {suggestions.data?.length ? (
        <ul className="space-y-2 text-sm">
          {suggestions.data.map((entry) => (
            <li key={`${entry.type}:${entry.id}`}>
              <Link {...learningLink(entry)} className="font-medium text-teal-700 hover:underline">
                {entry.title}
              </Link>
              <p className="text-xs text-slate-500">
                {t(`learningPicker.formats.${entry.type}`)} · {t(`suggestedLearning.reasons.${entry.reason}`)}
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-slate-600">
          {suggestions.isPending ? t('suggestedLearning.loading') : t('suggestedLearning.none')}
        </p>
      )}
    </Card>
  );
}
