import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/page.tsx';
import { useRatingRequests } from './skills-api.ts';

/** On the home page: the rating requests waiting for me. */
export function SkillTasksCard() {
  const { t } = useTranslation('skills');
  const incoming = useRatingRequests('incoming');
  if (!incoming.data || incoming.data.length === 0) return null;
  return (
    <Card
      title={t('home.title')}
      titleId="home-skill-tasks"
      actions={
        <Link to="/skills/requests" className="text-sm font-medium text-teal-700 hover:underline">
          {t('home.open')}
        </Link>
      }
    >
      <ul className="space-y-1 text-sm">
        {incoming.data.map((request) => (
          <li key={request.id}>
            {t('home.request', { name: request.person.displayName, count: request.skills.length })}
          </li>
        ))}
      </ul>
    </Card>
  );
}
