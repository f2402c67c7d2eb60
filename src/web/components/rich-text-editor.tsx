import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/errors.ts';
import { fieldErrorKey } from '../api/errors.ts';

// Only what both server sanitisers keep (announcements and catalogue content): paragraphs, h2/h3,
// bold, italic, underline, lists, quotes, line breaks and links. Strike, code and rules are left out.
const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    strike: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    dropcursor: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['mailto'],
      HTMLAttributes: { rel: 'noopener noreferrer', target: '_blank', class: null },
    },
  }),
];

/**
 * A rich-text field on TipTap (ProseMirror). What it produces is sanitised again on the server, so the
 * browser's HTML is never trusted. An empty text is '' (not '<p></p>').
 */
export function RichTextEditor({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange: (html: string) => void;
  error?: FieldError;
  hint?: string;
}) {
  const { t } = useTranslation();
  const id = useId();
  const lastEmitted = useRef(value);
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  const editor = useEditor({
    extensions,
    content: value,
    // The page's CSP allows no inline <style>; the editor's few rules live in styles.css.
    injectCSS: false,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': `${id}-label`,
        'aria-invalid': String(Boolean(error)),
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        class: 'rich-text min-h-28 max-w-none px-3 py-2 text-sm focus:outline-none',
      },
    },
    onUpdate: ({ editor: changed }) => {
      const html = changed.isEmpty ? '' : changed.getHTML();
      lastEmitted.current = html;
      onChange(html);
    },
  });
  // ProseMirror owns the DOM: attributes that change after creation are set on its element, once it
  // is mounted (TipTap 3's view throws before that; the first values came with editorProps).
  useEffect(() => {
    if (!editor.isInitialized) return;
    const element = editor.view.dom;
    element.setAttribute('aria-invalid', String(Boolean(error)));
    if (describedBy) element.setAttribute('aria-describedby', describedBy);
    else element.removeAttribute('aria-describedby');
  }, [editor, error, describedBy]);
  // A value from outside (a form reset, a loaded record) replaces the text; our own echo does not.
  useEffect(() => {
    if (value !== lastEmitted.current) {
      lastEmitted.current = value;
      editor.commands.setContent(value, { emitUpdate: false });
    }
  }, [editor, value]);
  const active = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      heading: current.isActive('heading', { level: 2 }),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      link: current.isActive('link'),
    }),
  });
  const chain = () => editor.chain().focus();
  const tools: { key: keyof typeof active; text: string; run: () => void }[] = [
    { key: 'bold', text: 'B', run: () => chain().toggleBold().run() },
    { key: 'italic', text: 'I', run: () => chain().toggleItalic().run() },
    { key: 'heading', text: 'H', run: () => chain().toggleHeading({ level: 2 }).run() },
    { key: 'bulletList', text: '•', run: () => chain().toggleBulletList().run() },
    { key: 'orderedList', text: '1.', run: () => chain().toggleOrderedList().run() },
  ];
  const toggleLink = () => {
    if (active.link) {
      chain().unsetLink().run();
      return;
    }
    const href = window.prompt(t('editor.linkPrompt'))?.trim();
    if (href) chain().extendMarkRange('link').setLink({ href }).run();
  };
  return (
    <div className="space-y-1.5">
      <span id={`${id}-label`} className="block text-sm font-medium text-slate-800">
        {label}
      </span>
      <div className="rounded-md bg-white ring-1 ring-slate-300 focus-within:ring-2 focus-within:ring-teal-700">
        <div
          role="toolbar"
          aria-label={t('editor.toolbar')}
          className="flex gap-1 border-b border-slate-200 p-1"
        >
          {tools.map((tool) => (
            <button
              key={tool.key}
              type="button"
              aria-label={t(`editor.${tool.key}`)}
              aria-pressed={active[tool.key]}
              title={t(`editor.${tool.key}`)}
              className="min-w-8 rounded px-2 py-1 text-sm font-semibold text-slate-700 hover:bg-slate-100 aria-pressed:bg-teal-50 aria-pressed:text-teal-900"
              onClick={tool.run}
            >
              {/* Drawn by CSS, not text: the button is named by its label alone (label-in-name). */}
              <span aria-hidden="true" data-glyph={tool.text} className="before:content-[attr(data-glyph)]" />
            </button>
          ))}
          <button
            type="button"
            aria-pressed={active.link}
            className="rounded px-2 py-1 text-sm text-slate-700 hover:bg-slate-100 aria-pressed:bg-teal-50 aria-pressed:text-teal-900"
            onClick={toggleLink}
          >
            {active.link ? t('editor.unlink') : t('editor.link')}
          </button>
        </div>
        <EditorContent editor={editor} />
      </div>
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm font-medium text-red-700">
          {t(fieldErrorKey(error), { defaultValue: t('fieldErrors.invalid') })}
        </p>
      )}
    </div>
  );
}
