import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client.ts';
import { Badge } from '../../components/badge.tsx';
import { Button, buttonClass } from '../../components/button.tsx';
import { SelectField } from '../../components/field.tsx';
import { FormErrorRegion } from '../../components/form-error.tsx';
import { useFormat } from '../../components/format.ts';
import { Card } from '../../components/page.tsx';
import { EmptyState, Loading, QueryError } from '../../components/states.tsx';
import { buildUnitTree, flattenTree, UnitOptions, useOrgUnits } from '../org/index.ts';

const states = ['open', 'prepared', 'held', 'signed'] as const;
type State = (typeof states)[number];
const tone: Record<State, 'neutral' | 'blue' | 'violet' | 'green'> = {
  open: 'neutral',
  prepared: 'blue',
  held: 'violet',
  signed: 'green',
};

/**
 * HR's cycle board per person: each conversation's state and who prepared and signed (never the
 * content), filtered by unit and state, reminders to a selection, and the same list as CSV.
 */
export function CyclePeopleCard({ cycleId }: { cycleId: string }) {
  const { t } = useTranslation('development');
  const format = useFormat();
  const queryClient = useQueryClient();
  const units = useOrgUnits();
  const [unitId, setUnitId] = useState('');
  const [state, setState] = useState<State | ''>('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const query = { unitId: unitId || undefined, state: state || undefined };
  const people = useQuery({
    queryKey: ['development', 'cycle', cycleId, 'people', query],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/conversation-cycles/{id}/people', {
          params: { path: { id: cycleId }, query: { ...query, format: 'json' } },
        }),
      ),
  });
  const remind = useMutation({
    mutationFn: (conversationIds: string[]) =>
      unwrap(
        api.POST('/api/v1/conversation-cycles/{id}/reminders', {
          params: { path: { id: cycleId } },
          body: { conversationIds },
        }),
      ),
    onSuccess: async () => {
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: ['development', 'cycle', cycleId] });
    },
  });
  const csvHref = `/api/v1/conversation-cycles/${cycleId}/people?format=csv${unitId ? `&unitId=${unitId}` : ''}${
    state ? `&state=${state}` : ''
  }`;
  const rows = people.data ?? [];
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.conversationId));
  const toggle = (id: string) => {
    remind.reset();
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setSelected(next);
  };
  const yesNo = (value: boolean) => (value ? t('cyclePeople.yes') : t('cyclePeople.no'));
  return (
    <Card
      title={t('cyclePeople.title')}
      titleId="cycle-people"
      actions={
        <a href={csvHref} className={buttonClass('secondary')} download>
          {t('cyclePeople.exportCsv')}
        </a>
      }
    >
      <div className="space-y-4">
        <div className="grid gap-3 sm:grid-cols-3">
          <SelectField
            label={t('cyclePeople.unit')}
            value={unitId}
            onChange={(event) => {
              setUnitId(event.target.value);
              setSelected(new Set());
            }}
          >
            <option value="">{t('cyclePeople.allUnits')}</option>
            <UnitOptions units={flattenTree(buildUnitTree(units.data ?? []))} />
          </SelectField>
          <SelectField
            label={t('cyclePeople.state')}
            value={state}
            onChange={(event) => {
              setState(event.target.value as State | '');
              setSelected(new Set());
            }}
          >
            <option value="">{t('cyclePeople.allStates')}</option>
            {states.map((value) => (
              <option key={value} value={value}>
                {t(`cyclePeople.states.${value}`)}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button
            disabled={selected.size === 0}
            isBusy={remind.isPending}
            onClick={() => remind.mutate([...selected])}
          >
            {t('cyclePeople.remind', { count: selected.size })}
          </Button>
          {remind.data && (
            <p role="status" className="text-sm text-emerald-800">
              {t('cyclePeople.reminded', { count: remind.data.reminded })}
            </p>
          )}
        </div>
        <FormErrorRegion error={remind.error} />
        {people.isPending && <Loading />}
        {people.isError && <QueryError error={people.error} />}
        {people.data && rows.length === 0 && <EmptyState title={t('cyclePeople.none')} />}
        {rows.length > 0 && (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('cyclePeople.title')}</caption>
              <thead className="text-xs text-slate-600">
                <tr>
                  <th className="py-1 pr-2">
                    <input
                      type="checkbox"
                      className="size-4 accent-teal-700"
                      aria-label={t('cyclePeople.selectAll')}
                      checked={allSelected}
                      onChange={() =>
                        setSelected(allSelected ? new Set() : new Set(rows.map((row) => row.conversationId)))
                      }
                    />
                  </th>
                  <th className="pr-2">{t('cyclePeople.employee')}</th>
                  <th className="pr-2">{t('cyclePeople.manager')}</th>
                  <th className="pr-2">{t('cyclePeople.unit')}</th>
                  <th className="pr-2">{t('cyclePeople.state')}</th>
                  <th className="pr-2">{t('cyclePeople.prepared')}</th>
                  <th className="pr-2">{t('cyclePeople.meeting')}</th>
                  <th>{t('cyclePeople.signed')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.conversationId} className="border-t border-slate-100">
                    <td className="py-2 pr-2">
                      <input
                        type="checkbox"
                        className="size-4 accent-teal-700"
                        aria-label={t('cyclePeople.select', { name: row.employee.displayName })}
                        checked={selected.has(row.conversationId)}
                        onChange={() => toggle(row.conversationId)}
                      />
                    </td>
                    <td className="pr-2 font-medium">{row.employee.displayName}</td>
                    <td className="pr-2">{row.manager.displayName}</td>
                    <td className="pr-2">{row.unit?.name ?? '—'}</td>
                    <td className="pr-2">
                      <Badge tone={tone[row.state]}>{t(`cyclePeople.states.${row.state}`)}</Badge>
                    </td>
                    <td className="pr-2">
                      {t('cyclePeople.bothSides', {
                        employee: yesNo(row.employeePrepared),
                        manager: yesNo(row.managerPrepared),
                      })}
                    </td>
                    <td className="pr-2">{row.meetingAt ? format.dateTime(row.meetingAt) : '—'}</td>
                    <td>
                      {t('cyclePeople.bothSides', {
                        employee: yesNo(row.employeeSigned),
                        manager: yesNo(row.managerSigned),
                      })}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Card>
  );
}
