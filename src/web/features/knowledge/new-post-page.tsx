import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/button.tsx';
import { SelectField, TextField } from '../../components/field.tsx';
import { FormErrorRegion, fieldErrorsOf } from '../../components/form-error.tsx';
import { Card, PageHeader } from '../../components/page.tsx';
import { PersonPicker } from '../../components/person-picker.tsx';
import { RichTextEditor } from '../../components/rich-text-editor.tsx';
import { Loading, QueryError } from '../../components/states.tsx';
import { TextArea } from '../../components/text-area.tsx';
import { type NewPost, postKinds, spacesQuery, uploadResourceFile, useCreatePost } from './queries.ts';

/** Writing a post: tip, question, resource (link or file) or "wat ik geleerd heb" from finished learning. */
export function NewPostPage() {
  const { t, i18n } = useTranslation('knowledge');
  const search = useSearch({ from: '/_app/knowledge/new' });
  const navigate = useNavigate();
  const spaces = useQuery(spacesQuery());
  const create = useCreatePost();
  const [kind, setKind] = useState<(typeof postKinds)[number]>(
    search.kind ?? (search.learnedId ? 'learned' : 'tip'),
  );
  const [spaceId, setSpaceId] = useState(search.spaceId ?? '');
  const [title, setTitle] = useState('');
  const [bodyHtml, setBodyHtml] = useState('');
  const [linkUrl, setLinkUrl] = useState('');
  const [appliedText, setAppliedText] = useState('');
  const [mentions, setMentions] = useState<string[]>([]);
  const [file, setFile] = useState<{ id: string; name: string } | null>(null);
  const [uploadError, setUploadError] = useState<unknown>(null);
  if (spaces.isPending) return <Loading />;
  if (spaces.isError) return <QueryError error={spaces.error} />;
  const postable = spaces.data.filter((space) => space.canPost);
  const chosenSpace = spaceId || postable[0]?.id || '';
  const errors = fieldErrorsOf(create.error);
  const learned =
    search.learnedId && search.learnedKind ? { kind: search.learnedKind, id: search.learnedId } : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: NewPost = {
      spaceId: chosenSpace,
      kind,
      title,
      bodyHtml,
      language: i18n.language === 'en' ? 'en' : 'nl',
      mentionIds: mentions,
      ...(kind === 'resource' && linkUrl ? { linkUrl } : {}),
      ...(kind === 'resource' && file ? { fileId: file.id } : {}),
      ...(kind === 'learned' && learned ? { learned } : {}),
      ...(kind === 'learned' && appliedText.trim() ? { appliedText } : {}),
    };
    create.mutate(body, {
      onSuccess: (written) => navigate({ to: '/knowledge/posts/$id', params: { id: written.post.id } }),
    });
  };

  return (
    <div className="space-y-4">
      <PageHeader
        title={kind === 'learned' ? t('new.learnedTitle') : t('new.title')}
        description={
          learned && search.learnedTitle
            ? t('new.learnedFrom', { title: search.learnedTitle })
            : t('new.intro')
        }
      />
      <Card>
        <form className="space-y-4" onSubmit={submit} noValidate>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              label={t('new.space')}
              value={chosenSpace}
              onChange={(event) => setSpaceId(event.target.value)}
              error={errors.spaceId}
            >
              {postable.map((space) => (
                <option key={space.id} value={space.id}>
                  {space.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              label={t('new.kind')}
              value={kind}
              onChange={(event) => setKind(event.target.value as (typeof postKinds)[number])}
              error={errors.kind}
            >
              {postKinds
                .filter((candidate) => candidate !== 'learned' || learned)
                .map((candidate) => (
                  <option key={candidate} value={candidate}>
                    {t(`kinds.${candidate}`)}
                  </option>
                ))}
            </SelectField>
          </div>
          {kind === 'learned' && !learned && <p className="text-sm text-slate-700">{t('new.learnedHint')}</p>}
          <TextField
            label={kind === 'question' ? t('new.question') : t('new.titleField')}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
            required
            error={errors.title}
          />
          <RichTextEditor
            label={t('new.body')}
            value={bodyHtml}
            onChange={setBodyHtml}
            error={errors.bodyHtml}
          />
          {kind === 'learned' && (
            <TextArea
              label={t('new.applied')}
              hint={t('new.appliedHint')}
              value={appliedText}
              onChange={(event) => setAppliedText(event.target.value)}
              error={errors.appliedText}
            />
          )}
          {kind === 'resource' && (
            <div className="space-y-3">
              <TextField
                label={t('new.link')}
                type="url"
                inputMode="url"
                value={linkUrl}
                onChange={(event) => setLinkUrl(event.target.value)}
                error={errors.linkUrl}
              />
              <label className="block text-sm">
                <span className="font-medium text-slate-800">{t('new.file')}</span>
                <input
                  type="file"
                  accept="application/pdf,image/png,image/jpeg"
                  className="mt-1 block text-sm"
                  onChange={async (event) => {
                    const chosen = event.target.files?.[0];
                    setUploadError(null);
                    if (!chosen) return setFile(null);
                    try {
                      setFile(await uploadResourceFile(chosen));
                    } catch (error) {
                      setUploadError(error);
                    }
                  }}
                />
              </label>
              {file && <p className="text-sm text-emerald-800">{t('new.uploaded', { name: file.name })}</p>}
              <FormErrorRegion error={uploadError} />
            </div>
          )}
          <PersonPicker
            label={t('new.mention')}
            hint={t('new.mentionHint')}
            value={null}
            onChange={(id) => id && setMentions((list) => (list.includes(id) ? list : [...list, id]))}
            error={errors['mentionIds.0']}
          />
          {mentions.length > 0 && (
            <p className="text-sm text-slate-700">{t('new.mentioned', { count: mentions.length })}</p>
          )}
          <Button type="submit" isBusy={create.isPending}>
            {t('new.submit')}
          </Button>
          <FormErrorRegion
            error={create.error}
            shownFields={['spaceId', 'kind', 'title', 'bodyHtml', 'appliedText', 'linkUrl']}
          />
        </form>
      </Card>
    </div>
  );
}
