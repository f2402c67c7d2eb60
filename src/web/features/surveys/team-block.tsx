import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/page.tsx';
import { linkClass } from './parts.tsx';
import { learningZoneQuery } from './queries.ts';

/** On the manager's team page: where my teams stand in the last Learning Zone check, and a link to it. */
export function LearningZoneTeamBlock() {
  const { t } = useTranslation('surveys');
  const zone = useQuery(learningZoneQuery());
  const teams = zone.data?.teams.filter((team) => team.current) ?? [];
  return (
    <Card title={t('zone.title')} titleId="team-learning-zone">
      {teams.length ? (
        <ul className="mb-2 space-y-1 text-sm text-slate-800">
          {teams.map((team) => (
            <li key={team.unitId}>
              {t('zone.teamIn', { team: team.name, zone: t(`zone.quadrant.${team.current!.quadrant}`) })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="mb-2 text-sm text-slate-600">{t('zone.blockEmpty')}</p>
      )}
      <Link to="/surveys/learning-zone" className={linkClass}>
        {t('zone.open')}
      </Link>
    </Card>
  );
}
