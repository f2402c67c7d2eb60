import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Person, unwrap } from '../../api/client.ts';
import { Avatar, Badge } from '../../components/badge.tsx';
import { Button } from '../../components/button.tsx';
import { useFormat } from '../../components/format.ts';
import { Card, PageHeader } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { can } from '../../lib/permissions.ts';
import { useMe } from '../../lib/session.tsx';
import { buildUnitTree, type UnitNode, useOrgUnits } from './org-units.ts';
import { UnitDialog } from './unit-dialog.tsx';

const route = getRouteApi('/_app/organisation');

function UnitTree({ nodes, selectedId }: { nodes: UnitNode[]; selectedId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());
  const toggle = (id: string) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const renderNodes = (list: UnitNode[]) => (
    <ul className="space-y-0.5">
      {list.map((node) => {
        const isOpen = !collapsed.has(node.id);
        return (
          <li key={node.id}>
            <div className="flex items-center gap-1" style={{ paddingLeft: `${node.depth * 0.875}rem` }}>
              {node.children.length > 0 ? (
                <button
                  type="button"
                  aria-expanded={isOpen}
                  aria-label={t(isOpen ? 'org.collapse' : 'org.expand', { name: node.name })}
                  onClick={() => toggle(node.id)}
                  className="flex size-6 shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-100"
                >
                  <span aria-hidden="true" className={`transition-transform ${isOpen ? 'rotate-90' : ''}`}>
                    ›
                  </span>
                </button>
              ) : (
                <span className="size-6 shrink-0" />
              )}
              <Link
                to="/organisation"
                search={{ unit: node.id }}
                aria-current={node.id === selectedId ? 'page' : undefined}
                className="flex min-w-0 flex-1 items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100 aria-[current=page]:bg-teal-50 aria-[current=page]:font-semibold aria-[current=page]:text-teal-800"
              >
                <span className="truncate">{node.name}</span>
                <span
                  className="shrink-0 text-xs text-slate-500"
                  title={t('org.totalHeadcount', { count: node.totalHeadcount })}
                >
                  <span className="sr-only">{t('org.totalHeadcount', { count: node.totalHeadcount })}</span>
                  <span aria-hidden="true">{format.number(node.totalHeadcount)}</span>
                </span>
              </Link>
            </div>
            {isOpen && node.children.length > 0 && renderNodes(node.children)}
          </li>
        );
      })}
    </ul>
  );
  return renderNodes(nodes);
}

function MemberReports({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const reports = useQuery({
    queryKey: ['person', person.id, 'reports'],
    queryFn: () => unwrap(api.GET('/api/v1/people/{id}/reports', { params: { path: { id: person.id } } })),
    enabled: isOpen,
  });
  return (
    <div className="mt-1">
      <button
        type="button"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}
        className="text-xs font-medium text-teal-700 hover:underline"
      >
        {isOpen ? t('org.hideReports') : t('org.showReports')}
      </button>
      {isOpen &&
        (reports.isPending ? (
          <Loading />
        ) : reports.isError ? (
          <QueryError error={reports.error} />
        ) : (
          <ul className="mt-2 space-y-1 border-l-2 border-slate-200 pl-3">
            {reports.data.map((report) => (
              <li key={report.id} className="text-sm">
                <Link
                  to="/people/$personId"
                  params={{ personId: report.id }}
                  className="font-medium text-slate-900 hover:underline"
                >
                  {report.displayName}
                </Link>
                <span className="text-slate-600"> · {report.jobTitle ?? '—'}</span>
                {report.orgUnit && <span className="text-slate-500"> · {report.orgUnit.name}</span>}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

function UnitChart({ unitId, units }: { unitId: string; units: UnitNode[] }) {
  const { t } = useTranslation();
  const me = useMe();
  const [isEditing, setIsEditing] = useState(false);
  const chart = useQuery({
    queryKey: ['org-units', unitId, 'chart'],
    queryFn: () => unwrap(api.GET('/api/v1/org-units/{id}/chart', { params: { path: { id: unitId } } })),
  });
  if (chart.isPending) return <Loading />;
  if (chart.isError) return <QueryError error={chart.error} />;
  const { unit, subunits, members } = chart.data;
  const head = unit.head ? members.find((member) => member.id === unit.head?.id) : undefined;
  const others = members.filter((member) => member.id !== unit.head?.id);
  const parent = units.find((candidate) => candidate.id === unit.parentId);

  return (
    <div className="space-y-4">
      <Card>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start sm:justify-between">
          <div>
            {parent && (
              <Link
                to="/organisation"
                search={{ unit: parent.id }}
                className="text-sm text-slate-600 hover:underline"
              >
                ↑ {parent.name}
              </Link>
            )}
            <h2 className="mt-1 flex flex-wrap items-center gap-2 text-xl font-semibold text-slate-900">
              {unit.name}
              <Badge>{t(`org.kinds.${unit.kind}`)}</Badge>
              {unit.code && <span className="text-sm font-normal text-slate-500">{unit.code}</span>}
            </h2>
            <p className="mt-1 text-sm text-slate-600">
              {t('org.headcounts', { direct: unit.headcount, total: unit.totalHeadcount })}
            </p>
          </div>
          {can(me, 'org_units.manage') && (
            <Button variant="secondary" onClick={() => setIsEditing(true)}>
              {t('org.editUnit')}
            </Button>
          )}
        </div>
        <div className="mt-4 border-t border-slate-100 pt-4">
          <h3 className="text-xs font-medium uppercase tracking-wide text-slate-500">{t('org.head')}</h3>
          {unit.head ? (
            <div className="mt-2 flex items-center gap-3">
              <Avatar name={unit.head.name} />
              <div>
                <Link
                  to="/people/$personId"
                  params={{ personId: unit.head.id }}
                  className="text-sm font-medium text-slate-900 hover:underline"
                >
                  {unit.head.name}
                </Link>
                <p className="text-xs text-slate-600">{head?.jobTitle ?? ''}</p>
              </div>
            </div>
          ) : (
            <p className="mt-1 text-sm text-slate-600">{t('org.noHead')}</p>
          )}
        </div>
      </Card>
      {subunits.length > 0 && (
        <section aria-labelledby="chart-subunits">
          <h3 id="chart-subunits" className="mb-2 text-sm font-semibold text-slate-900">
            {t('org.subunits')}
          </h3>
          <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
            {subunits.map((subunit) => (
              <li key={subunit.id}>
                <Link
                  to="/organisation"
                  search={{ unit: subunit.id }}
                  className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-teal-600"
                >
                  <span className="block font-medium text-slate-900">{subunit.name}</span>
                  <span className="block text-xs text-slate-600">
                    {subunit.head?.name ?? t('org.noHead')} ·{' '}
                    {t('org.totalHeadcount', { count: subunit.totalHeadcount })}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      )}
      <Card title={t('org.members', { count: others.length })} titleId="chart-members">
        {others.length === 0 ? (
          <EmptyState title={t('org.noMembers')} />
        ) : (
          <ul className="grid gap-x-6 gap-y-1 md:grid-cols-2">
            {others.map((member) => (
              <li key={member.id} className="flex items-start gap-3 py-2">
                <Avatar name={member.displayName} size="sm" />
                <div className="min-w-0">
                  <Link
                    to="/people/$personId"
                    params={{ personId: member.id }}
                    className="text-sm font-medium text-slate-900 hover:underline"
                  >
                    {member.displayName}
                  </Link>
                  <p className="text-xs text-slate-600">
                    {member.jobTitle ?? '—'}
                    {member.manager && ` · ${t('org.reportsTo', { name: member.manager.name })}`}
                  </p>
                  {member.isManager && <MemberReports person={member} />}
                </div>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {isEditing && (
        <UnitDialog unit={unit} units={units} members={members} onClose={() => setIsEditing(false)} />
      )}
    </div>
  );
}

export function OrgChartPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = route.useSearch();
  const units = useOrgUnits();
  const [isCreating, setIsCreating] = useState(false);
  if (units.isPending) return <Loading />;
  if (units.isError) return <QueryError error={units.error} />;
  const tree = buildUnitTree(units.data);
  const selectedId = search.unit ?? tree[0]?.id;
  const flat = units.data.map((unit) => ({ ...unit, children: [], depth: 0 }));

  return (
    <>
      <PageHeader
        title={t('org.title')}
        description={t('org.description')}
        actions={
          can(me, 'org_units.manage') && (
            <Button onClick={() => setIsCreating(true)}>{t('org.addUnit')}</Button>
          )
        }
      />
      {tree.length === 0 ? (
        <EmptyState title={t('org.empty')} />
      ) : (
        <div className="grid gap-6 lg:grid-cols-[18rem_1fr]">
          <nav
            aria-label={t('org.treeLabel')}
            className="self-start rounded-xl border border-slate-200 bg-white p-3 shadow-sm lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)] lg:overflow-y-auto"
          >
            <UnitTree nodes={tree} selectedId={selectedId} />
          </nav>
          {selectedId && <UnitChart key={selectedId} unitId={selectedId} units={flat} />}
        </div>
      )}
      {isCreating && (
        <UnitDialog units={flat} members={[]} parentId={selectedId} onClose={() => setIsCreating(false)} />
      )}
    </>
  );
}
