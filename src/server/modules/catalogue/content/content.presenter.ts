import type { Question } from '../catalogue.schemas.ts';
import type { contentPage, LoadedContentItem } from './content.repository.ts';
import { presentCover } from './covers.service.ts';

export function presentContentItem(
  { item, versions, topics, serves }: LoadedContentItem,
  notices?: string[],
) {
  return {
    id: item.id,
    kind: item.kind,
    status: item.status,
    durationMinutes: item.duration_minutes,
    passMark: item.pass_mark,
    shuffleQuestions: item.shuffle_questions,
    maxAttempts: item.max_attempts,
    ownerId: item.owner_id,
    publishedAt: item.published_at?.toISOString() ?? null,
    updatedAt: item.updated_at.toISOString(),
    versions: versions.map((version) => ({
      language: version.language,
      title: version.title,
      summary: version.summary,
      bodyHtml: version.body_html,
      fileId: version.file_id,
      captionsFileId: version.captions_file_id,
      externalUrl: version.external_url,
      questions: version.questions as Question[],
    })),
    topics,
    serves,
    isSubstantial: item.is_substantial,
    cover: presentCover(item),
    ...(notices ? { notices } : {}),
  };
}

export function presentContentSummaries({ items, versions }: Awaited<ReturnType<typeof contentPage>>) {
  return items.map((item) => {
    const own = versions.filter((version) => version.item_id === item.id);
    return {
      id: item.id,
      kind: item.kind,
      status: item.status,
      title: own[0]?.title ?? '',
      languages: own.map((version) => version.language),
      durationMinutes: item.duration_minutes,
      updatedAt: item.updated_at.toISOString(),
    };
  });
}
