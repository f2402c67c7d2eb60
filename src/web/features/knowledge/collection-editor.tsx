import { useNavigate } from '@tanstack/react-router';
import { useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api, unwrap } from '../../api/client.ts';
import { Button } from '../../components/button.tsx';
import { type EntityOption, EntityPicker, type EntitySource } from '../../components/entity-picker.tsx';
import { contentItemSource } from '../../components/entity-sources.ts';
import {
  Form,
  FormError,
  SubmitButton,
  TextAreaField,
  TextField,
  useZodForm,
} from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { useCreateCollection } from './queries.ts';

const postSource: EntitySource = (term) => ({
  queryKey: ['picker', 'collection-posts', term],
  queryFn: async () => {
    const page = await unwrap(
      api.GET('/api/v1/knowledge/posts', { params: { query: { q: term || undefined, pageSize: 20 } } }),
    );
    return page.items.map((post): EntityOption => ({ id: post.id, label: post.title }));
  },
});

const collectionSchema = z.object({
  title: z.string().trim().min(1).max(120),
  description: z.string().trim().max(1000),
  entries: z
    .array(
      z.object({
        kind: z.enum(['post', 'item']),
        id: z.uuid(),
        label: z.string(),
        note: z.string().max(300),
      }),
    )
    .max(50),
});

export function NewCollection() {
  const { t } = useTranslation('knowledge');
  const navigate = useNavigate();
  const create = useCreateCollection();
  const form = useZodForm(collectionSchema, { defaultValues: { title: '', description: '', entries: [] } });
  const entries = useFieldArray({ control: form.control, name: 'entries', keyName: 'key' });
  const add = (kind: 'post' | 'item') => (option: EntityOption | null) => {
    if (option && !entries.fields.some((entry) => entry.id === option.id))
      entries.append({ kind, id: option.id, label: option.label, note: '' });
  };
  return (
    <Card title={t('collections.new')} titleId="collection-new">
      <Form
        form={form}
        aria-label={t('collections.new')}
        onSubmit={async (values) => {
          const created = await create.mutateAsync({
            title: values.title,
            description: values.description,
            entries: values.entries.map(({ kind, id, note }) => ({ kind, id, note })),
          });
          await navigate({ to: '/knowledge/collections/$id', params: { id: created.id } });
        }}
      >
        <TextField name="title" label={t('collections.titleLabel')} />
        <TextAreaField name="description" label={t('collections.description')} rows={2} />
        <EntityPicker
          label={t('collections.addItem')}
          source={contentItemSource}
          value={null}
          onChange={add('item')}
        />
        <EntityPicker
          label={t('collections.addPost')}
          source={postSource}
          value={null}
          onChange={add('post')}
        />
        {entries.fields.length > 0 && (
          <ol className="list-decimal space-y-2 pl-5 text-sm">
            {entries.fields.map((entry, index) => (
              <li key={entry.key}>
                <div className="flex items-center justify-between gap-2">
                  <span>
                    {entry.label}{' '}
                    <span className="text-slate-500">({t(`collections.kind.${entry.kind}`)})</span>
                  </span>
                  <Button type="button" variant="secondary" onClick={() => entries.remove(index)}>
                    {t('collections.remove')}
                  </Button>
                </div>
                <TextField name={`entries.${index}.note`} label={t('collections.note')} />
              </li>
            ))}
          </ol>
        )}
        <FormError />
        <SubmitButton>{t('collections.create')}</SubmitButton>
      </Form>
    </Card>
  );
}
