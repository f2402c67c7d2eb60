// Adding steps to an own route: learning from the catalogue, or something from outside it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormatIcon } from './entry-card.tsx';
import { useCatalogue } from './learning-api.ts';
import type { RouteInput } from './own-routes-api.ts';

export type Step = RouteInput['steps'][number] & { format: string; key: string };
const outsideKinds = ['link', 'book', 'conversation'] as const;

/** Find learning in the catalogue and add it as a step. */
export function AddFromCatalogue({ onAdd }: { onAdd: (step: Step) => void }) {
  const { t } = useTranslation('learning');
  const [q, setQ] = useState('');
  const results = useCatalogue({ q: q.trim() || undefined });
  return (
    <div className="space-y-2">
      <TextField
        label={t('ownRoutes.searchCatalogue')}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        type="search"
      />
      <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto">
        {results.data?.items.slice(0, 8).map((entry) => (
          <li key={`${entry.type}:${entry.id}`} className="flex items-center gap-2 py-2 text-sm">
            <FormatIcon format={entry.format} />
            <span className="min-w-0 flex-1 truncate">{entry.title}</span>
            <Button
              variant="secondary"
              onClick={() =>
                onAdd({
                  kind: entry.type,
                  refId: entry.id,
                  title: entry.title,
                  note: '',
                  url: null,
                  isDone: false,
                  format: entry.format,
                  key: crypto.randomUUID(),
                })
              }
            >
              {t('ownRoutes.add')}
              <span className="sr-only">: {entry.title}</span>
            </Button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A link, a book or a conversation with a colleague: learning outside the catalogue. */
export function AddOutside({ onAdd }: { onAdd: (step: Step) => void }) {
  const { t } = useTranslation('learning');
  const [kind, setKind] = useState<(typeof outsideKinds)[number]>('book');
  const [title, setTitle] = useState('');
  const [url, setUrl] = useState('');
  return (
    <div className="space-y-2">
      <SelectField
        label={t('ownRoutes.outsideKind')}
        value={kind}
        onChange={(e) => setKind(e.target.value as typeof kind)}
      >
        {outsideKinds.map((k) => (
          <option key={k} value={k}>
            {t(`ownRoutes.kinds.${k}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t(`ownRoutes.outsideTitle.${kind}`)}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        maxLength={200}
      />
      {kind === 'link' && (
        <TextField
          label={t('ownRoutes.url')}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
        />
      )}
      <Button
        variant="secondary"
        disabled={!title.trim()}
        onClick={() => {
          onAdd({
            kind,
            refId: null,
            title: title.trim(),
            note: '',
            url: kind === 'link' && url ? url : null,
            isDone: false,
            format: kind,
            key: crypto.randomUUID(),
          });
          setTitle('');
          setUrl('');
        }}
      >
        {t('ownRoutes.addOutside')}
      </Button>
    </div>
  );
}
