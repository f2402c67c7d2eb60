import { useTranslation } from 'react-i18next';
import {
  CartesianGrid,
  LabelList,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { LearningZone } from './queries.ts';

/** A scale is "high" from 5.0: the quadrant lines. */
export const highFrom = 5;
const areas = [
  { zone: 'anxiety', x1: 1, x2: highFrom, y1: highFrom, y2: 7, fill: '#fef3c7' },
  { zone: 'learning', x1: highFrom, x2: 7, y1: highFrom, y2: 7, fill: '#ccfbf1' },
  { zone: 'apathy', x1: 1, x2: highFrom, y1: 1, y2: highFrom, fill: '#f1f5f9' },
  { zone: 'comfort', x1: highFrom, x2: 7, y1: 1, y2: highFrom, fill: '#e0f2fe' },
] as const;

/** The 2×2: psychological safety across, accountability up; a faint point and a line from the round before. */
export function ZoneChart({ teams }: { teams: LearningZone['teams'] }) {
  const { t } = useTranslation('surveys');
  const shown = teams.filter((team) => team.current);
  const current = shown.map((team) => ({
    name: team.name,
    x: team.current!.safety,
    y: team.current!.accountability,
  }));
  const previous = shown
    .filter((team) => team.previous)
    .map((team) => ({ name: team.name, x: team.previous!.safety, y: team.previous!.accountability }));
  const summary = shown
    .map((team) => `${team.name}: ${t(`zone.quadrant.${team.current!.quadrant}`)}`)
    .join('; ');
  return (
    <figure role="img" aria-label={t('zone.chartLabel', { summary })} className="h-96 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, bottom: 32, left: 8 }}>
          {areas.map((area) => (
            <ReferenceArea
              key={area.zone}
              x1={area.x1}
              x2={area.x2}
              y1={area.y1}
              y2={area.y2}
              fill={area.fill}
              fillOpacity={0.8}
              label={{
                value: t(`zone.quadrant.${area.zone}`),
                position: 'insideTopLeft',
                fill: '#334155',
                fontSize: 13,
              }}
            />
          ))}
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[1, 7]}
            ticks={[1, 2, 3, 4, 5, 6, 7]}
            name={t('zone.safety')}
            label={{ value: t('zone.safety'), position: 'bottom', offset: 10 }}
          />
          <YAxis
            type="number"
            dataKey="y"
            domain={[1, 7]}
            ticks={[1, 2, 3, 4, 5, 6, 7]}
            name={t('zone.accountability')}
            label={{ value: t('zone.accountability'), angle: -90, position: 'insideLeft' }}
          />
          <ReferenceLine x={highFrom} stroke="#475569" />
          <ReferenceLine y={highFrom} stroke="#475569" />
          {shown
            .filter((team) => team.previous)
            .map((team) => (
              <ReferenceLine
                key={`trend-${team.unitId}`}
                segment={[
                  { x: team.previous!.safety, y: team.previous!.accountability },
                  { x: team.current!.safety, y: team.current!.accountability },
                ]}
                stroke="#64748b"
                strokeDasharray="4 3"
              />
            ))}
          <Tooltip
            cursor={{ strokeDasharray: '3 3' }}
            formatter={(value) => (typeof value === 'number' ? value.toFixed(1) : value)}
          />
          <Scatter name={t('zone.previousRound')} data={previous} fill="#cbd5e1" stroke="#64748b" />
          <Scatter name={t('zone.currentRound')} data={current} fill="#0f766e">
            <LabelList dataKey="name" position="top" fill="#0f172a" fontSize={12} />
          </Scatter>
        </ScatterChart>
      </ResponsiveContainer>
    </figure>
  );
}
