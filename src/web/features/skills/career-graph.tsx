import { useTranslation } from 'react-i18next';
import { type JobRole, useLocalName } from './skills-api.ts';

const nodeWidth = 150;
const nodeHeight = 44;
const columnGap = 44;
const rowGap = 18;

/** Columns by the longest path into each role, so every step points to the right. */
export function layoutCareerGraph(roles: JobRole[]) {
  const linked = new Set(roles.flatMap((r) => (r.leadsTo.length ? [r.id, ...r.leadsTo] : [])));
  const shown = roles.filter((r) => linked.has(r.id));
  const depth = new Map<string, number>(shown.map((r) => [r.id, 0]));
  // Relax edges |V| times (a cycle stops growing at the bound; career graphs are small).
  for (let round = 0; round < shown.length; round++) {
    let changed = false;
    for (const role of shown)
      for (const next of role.leadsTo) {
        const candidate = Math.min((depth.get(role.id) ?? 0) + 1, shown.length);
        if (depth.has(next) && candidate > depth.get(next)!) {
          depth.set(next, candidate);
          changed = true;
        }
      }
    if (!changed) break;
  }
  const columns = new Map<number, JobRole[]>();
  for (const role of shown) {
    const column = depth.get(role.id)!;
    columns.set(column, [...(columns.get(column) ?? []), role]);
  }
  const position = new Map<string, { x: number; y: number }>();
  for (const [column, list] of columns) {
    list.forEach((role, row) => {
      position.set(role.id, { x: column * (nodeWidth + columnGap), y: row * (nodeHeight + rowGap) });
    });
  }
  const width = Math.max(0, ...[...columns.keys()].map((c) => (c + 1) * (nodeWidth + columnGap) - columnGap));
  const height = Math.max(0, ...[...columns.values()].map((l) => l.length * (nodeHeight + rowGap) - rowGap));
  return { shown, position, width, height };
}

/** The career paths drawn as a picture: roles as boxes, steps as arrows. */
export function CareerGraph({
  roles,
  currentRoleId,
  targetRoleId,
}: {
  roles: JobRole[];
  currentRoleId?: string | null;
  targetRoleId?: string | null;
}) {
  const { t } = useTranslation('skills');
  const name = useLocalName();
  const { shown, position, width, height } = layoutCareerGraph(roles);
  if (shown.length === 0) return <p className="text-sm text-slate-600">{t('career.noPaths')}</p>;
  const steps = shown.flatMap((role) =>
    role.leadsTo
      .filter((to) => position.has(to))
      .map((to) => ({ from: role, to: roles.find((r) => r.id === to)! })),
  );
  return (
    <figure className="overflow-x-auto">
      <svg
        role="img"
        aria-labelledby="career-graph-title"
        viewBox={`-4 -4 ${width + 8} ${height + 8}`}
        className="h-auto w-full"
        style={{ maxWidth: width + 8, minWidth: Math.min(width + 8, 640) }}
      >
        <title id="career-graph-title">
          {steps.map((s) => `${name(s.from.name)} → ${name(s.to.name)}`).join('; ')}
        </title>
        <defs>
          <marker
            id="career-arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" fill="#64748b" />
          </marker>
        </defs>
        {steps.map(({ from, to }) => {
          const a = position.get(from.id)!;
          const b = position.get(to.id)!;
          const x1 = a.x + nodeWidth;
          const y1 = a.y + nodeHeight / 2;
          const x2 = b.x;
          const y2 = b.y + nodeHeight / 2;
          const bend = Math.max(30, (x2 - x1) / 2);
          return (
            <path
              key={`${from.id}-${to.id}`}
              d={
                x2 > x1
                  ? `M${x1},${y1} C${x1 + bend},${y1} ${x2 - bend},${y2} ${x2},${y2}`
                  : `M${x1},${y1} L${x2},${y2}`
              }
              fill="none"
              stroke="#64748b"
              strokeWidth="1.5"
              markerEnd="url(#career-arrow)"
            />
          );
        })}
        {shown.map((role) => {
          const p = position.get(role.id)!;
          const isCurrent = role.id === currentRoleId;
          const isTarget = role.id === targetRoleId;
          return (
            <g key={role.id} transform={`translate(${p.x},${p.y})`}>
              <rect
                width={nodeWidth}
                height={nodeHeight}
                rx="8"
                fill={isTarget ? '#0f766e' : isCurrent ? '#ccfbf1' : '#ffffff'}
                stroke={isCurrent || isTarget ? '#0f766e' : '#cbd5e1'}
                strokeWidth={isCurrent || isTarget ? 2 : 1}
              />
              <text
                x={nodeWidth / 2}
                y={nodeHeight / 2 + 4}
                textAnchor="middle"
                fontSize="12"
                fontWeight={isCurrent || isTarget ? 600 : 400}
                fill={isTarget ? '#ffffff' : '#0f172a'}
              >
                {name(role.name).length > 22 ? `${name(role.name).slice(0, 21)}…` : name(role.name)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 flex gap-4 text-xs text-slate-600">
        {currentRoleId && <span>▭ {t('career.legendCurrent')}</span>}
        {targetRoleId && <span>▬ {t('career.legendTarget')}</span>}
      </figcaption>
    </figure>
  );
}
