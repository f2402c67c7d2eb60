import type { UseQueryResult } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Schemas } from '../../api/client.ts';
import { useZodForm, type ZodForm } from '../../components/form/index.ts';
import { Card } from '../../components/page.tsx';
import { AssignDialog } from '../learning/index.ts';
import { useInvalidateAdmin } from './catalogue-admin-api.ts';
import { CoverField } from './cover-field.tsx';
import {
  EntryEditor,
  servesOf,
  TitleFields,
  TopicsAndServesFields,
  topicsOf,
  useLoadedValues,
} from './entry-editor.tsx';
import type { Serves } from './serves-picker.tsx';
import { StatusActions } from './status-actions.tsx';

// The course and the path editor are one page with different parts (sections or steps, prerequisites
// or "in order"): the frame, the shared fields, saving, status, assigning and the cover live here.

type StructureKind = 'course' | 'path';
/** What a loaded course and path have in common. */
type Structure = {
  id: string;
  title: string;
  status: 'draft' | 'published' | 'archived';
  language: 'nl' | 'en';
  summary?: string | null;
  topics: string[];
  serves: Serves[];
  isSubstantial: boolean;
  cover: Schemas['Cover'] | null;
};

const sharedDefaults = {
  language: 'nl',
  title: '',
  summary: '',
  topicsText: '',
  serves: [],
  isSubstantial: false,
} as const;
type Own<S extends z.ZodType<FieldValues, FieldValues>> = Omit<z.input<S>, keyof typeof sharedDefaults>;

/** The form of a course or path: the shared fields, and `own` for the rest; refilled when it loads. */
export function useStructureForm<S extends z.ZodType<FieldValues, FieldValues>, E extends Structure>(
  schema: S,
  entity: E | undefined,
  own: { defaults: Own<S>; of: (entity: E) => Own<S> },
): ZodForm<S> {
  const form = useZodForm(schema, {
    defaultValues: { ...sharedDefaults, ...own.defaults } as DefaultValues<z.input<S>>,
  });
  useLoadedValues(
    form,
    entity,
    (loaded) =>
      ({
        language: loaded.language,
        title: loaded.title,
        summary: loaded.summary ?? '',
        topicsText: loaded.topics.join(', '),
        serves: loaded.serves,
        isSubstantial: loaded.isSubstantial,
        ...own.of(loaded),
      }) as z.input<S>,
  );
  return form;
}

type Saved<TOutput> = Omit<TOutput, 'topicsText' | 'serves'> & {
  topics: string[];
  serves: { kind: Serves['kind']; id: string }[];
};

export function StructureEditor<
  E extends Structure,
  TInput extends FieldValues,
  TOutput extends { topicsText: string; serves: Serves[] },
>({
  kind,
  id,
  existing,
  form,
  save,
  actions,
  fields,
  children,
}: {
  kind: StructureKind;
  id: string | undefined;
  existing: UseQueryResult<E>;
  form: UseFormReturn<TInput, unknown, TOutput>;
  save: (id: string | undefined, body: Saved<TOutput>) => Promise<{ id: string }>;
  /** Actions of this kind, between the status and assigning. */
  actions?: (entity: E) => ReactNode;
  /** Fields of this kind, next to the shared ones. */
  fields: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation('catalogue');
  const navigate = useNavigate();
  const invalidate = useInvalidateAdmin();
  const entity = existing.data;
  const open = (savedId: string) =>
    kind === 'course'
      ? navigate({ to: '/admin/catalogue/courses/$id', params: { id: savedId } })
      : navigate({ to: '/admin/catalogue/paths/$id', params: { id: savedId } });
  return (
    <EntryEditor
      id={id}
      existing={existing}
      eyebrow={t(`kinds.${kind}`)}
      title={id ? (entity?.title ?? '') : t(`${kind}.new`)}
      actions={
        entity && (
          <>
            <StatusActions kind={`${kind}s`} id={entity.id} status={entity.status} />
            {actions?.(entity)}
            {entity.status === 'published' && (
              <AssignDialog
                subject={{ type: kind, id: entity.id }}
                title={entity.title}
                audience="organisation"
              />
            )}
          </>
        )
      }
      form={form}
      onSubmit={async ({ topicsText, serves, ...values }) => {
        const saved = await save(id, {
          ...(values as Omit<TOutput, 'topicsText' | 'serves'>),
          topics: topicsOf(topicsText),
          serves: servesOf(serves),
        });
        await invalidate();
        if (!id) await open(saved.id);
      }}
    >
      <Card>
        <div className="grid gap-4 sm:grid-cols-2">
          <TitleFields />
          <TopicsAndServesFields />
          {fields}
        </div>
      </Card>
      {children}
      {entity && <CoverField subject={{ type: kind, id: entity.id }} cover={entity.cover} />}
    </EntryEditor>
  );
}
