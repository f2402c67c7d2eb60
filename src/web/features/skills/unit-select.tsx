import { useTranslation } from 'react-i18next';
import { useOrgUnits } from '../org/index.ts';

/** Choose a unit (with sub-units) or, for managers, "my direct reports". */
export function UnitSelect({
  value,
  onChange,
  emptyLabel,
}: {
  value: string;
  onChange: (unitId: string) => void;
  emptyLabel: string;
}) {
  const { t } = useTranslation('skills');
  const units = useOrgUnits();
  return (
    <label className="text-sm">
      <span className="mb-1 block font-medium text-slate-800">{t('matrix.unit')}</span>
      <select
        className="min-h-10 rounded-md bg-white px-2 ring-1 ring-slate-300 ring-inset"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{emptyLabel}</option>
        {[...(units.data ?? [])]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
            </option>
          ))}
      </select>
    </label>
  );
}
