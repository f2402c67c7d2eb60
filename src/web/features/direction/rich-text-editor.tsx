import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../../api/errors.ts';
import { fieldErrorKey } from '../../api/errors.ts';

/**
 * A small rich-text editor: bold, italic, lists and links on a contentEditable area. What it
 * produces is sanitised again on the server, so the browser's HTML is never trusted.
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: FieldError;
}) {
  const { t } = useTranslation('direction');
  const { t: tCommon } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current && ref.current.innerHTML !== value) ref.current.innerHTML = value;
  }, [value]);
  const run = (command: string, argument?: string) => {
    ref.current?.focus();
    document.execCommand(command, false, argument);
    onChange(ref.current?.innerHTML ?? '');
  };
  const tools: { label: string; command: string; text: string }[] = [
    { label: t('editor.bold'), command: 'bold', text: 'B' },
    { label: t('editor.italic'), command: 'italic', text: 'I' },
    { label: t('editor.list'), command: 'insertUnorderedList', text: '•' },
  ];
  return (
    <div className="space-y-1.5">
      <span id={`${id}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </span>
      <div className="rounded-md ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-teal-700">
        <div
          role="toolbar"
          aria-label={t('editor.toolbar')}
          className="flex gap-1 border-b border-slate-200 p-1"
        >
          {tools.map((tool) => (
            <button
              key={tool.command}
              type="button"
              aria-label={tool.label}
              title={tool.label}
              className="min-w-8 rounded px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(tool.command)}
            >
              {tool.text}
            </button>
          ))}
          <button
            type="button"
            className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100"
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => {
              const url = window.prompt(t('editor.linkPrompt'));
              if (url) run('createLink', url);
            }}
          >
            {t('editor.link')}
          </button>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a contentEditable textbox is the rich-text control */}
        <div
          ref={ref}
          role="textbox"
          tabIndex={0}
          aria-multiline="true"
          aria-labelledby={`${id}-label`}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          contentEditable
          suppressContentEditableWarning
          className="prose prose-sm min-h-28 max-w-none px-3 py-2 text-sm focus:outline-none"
          onInput={() => onChange(ref.current?.innerHTML ?? '')}
        />
      </div>
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {tCommon(fieldErrorKey(error), { defaultValue: tCommon('fieldErrors.invalid') })}
        </p>
      )}
    </div>
  );
}
