import { useController } from 'react-hook-form';
import { RichTextEditor } from '../rich-text-editor.tsx';
import { useShownField } from './form.tsx';
import { toFieldError } from './server-errors.ts';

// Its own module, not re-exported from index.ts: only the pages that edit rich text load TipTap.

/** Rich text (TipTap) whose value is the HTML the server sanitises; '' when empty. */
export function RichTextField({ name, label, hint }: { name: string; label: string; hint?: string }) {
  const { field, fieldState } = useController({ name });
  useShownField(name);
  return (
    <RichTextEditor
      label={label}
      hint={hint}
      value={(field.value as string | null | undefined) ?? ''}
      onChange={field.onChange}
      error={toFieldError(name, fieldState.error)}
    />
  );
}
