import { useController } from 'react-hook-form';
import { PersonPicker } from '../person-picker.tsx';
import { useShownField } from './form.tsx';
import { toFieldError } from './server-errors.ts';

/**
 * One person, searched by name, whose value is their id; '' means nobody, so a schema's
 * `.min(1)` makes the choice required with the catalogue's usual words.
 */
export function PersonPickerField({
  name,
  label,
  hint,
  excludeId,
  currentName,
  disabled,
}: {
  name: string;
  label: string;
  hint?: string;
  excludeId?: string;
  currentName?: string;
  /** Shown but not changeable; the hint says why. */
  disabled?: boolean;
}) {
  const { field, fieldState } = useController({ name });
  useShownField(name);
  return (
    <PersonPicker
      label={label}
      hint={hint}
      excludeId={excludeId}
      currentName={currentName}
      disabled={disabled}
      value={(field.value as string | null | undefined) || null}
      onChange={(id) => field.onChange(id ?? '')}
      error={toFieldError(name, fieldState.error)}
    />
  );
}
