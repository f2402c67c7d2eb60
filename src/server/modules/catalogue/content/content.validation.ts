import type { FilePurpose } from '../../../db/schema.ts';
import type { TenantDb } from '../../../db/tenant.ts';
import type { FieldError } from '../../../http/errors.ts';
import { sanitiseRichText } from '../../../http/rich-text.ts';
import { findFile } from '../../files/index.ts';
import { rejectFields } from '../catalogue.errors.ts';
import type { ContentInput, Question } from '../catalogue.schemas.ts';

/** An uploaded file of this organisation (the files module owns them). */
const fileOf = (tenant: TenantDb, id: string) => findFile(tenant.executor, tenant.organisationId, id);

const filePurposeOf: Partial<Record<ContentInput['kind'], FilePurpose>> = {
  video: 'video',
  audio: 'audio',
  document: 'document',
};

function checkQuestion(question: Question, at: string, errors: FieldError[]) {
  const correct = question.options.filter((option) => option.isCorrect).length;
  if (question.kind === 'short') {
    if (!question.acceptedAnswers.length)
      errors.push({ field: `${at}.acceptedAnswers`, message: 'needs at least one accepted answer' });
    return;
  }
  if (question.kind === 'true_false' && question.options.length !== 2)
    errors.push({ field: `${at}.options`, message: 'a true/false question has exactly two options' });
  if (question.options.length < 2)
    errors.push({ field: `${at}.options`, message: 'needs at least two options' });
  if (question.kind !== 'multiple' && correct !== 1)
    errors.push({ field: `${at}.options`, message: 'needs exactly one correct option' });
  if (question.kind === 'multiple' && correct < 1)
    errors.push({ field: `${at}.options`, message: 'needs at least one correct option' });
  if (new Set(question.options.map((option) => option.id)).size !== question.options.length)
    errors.push({ field: `${at}.options`, message: 'option ids must differ' });
}

/**
 * Checks a content item against the rules of its kind, sanitises rich text, and answers what to store
 * plus notices for the author. Throws one 400 naming every field at fault.
 */
export async function prepareContent(tenant: TenantDb, input: ContentInput) {
  const errors: FieldError[] = [];
  const notices: string[] = [];
  const languages = input.versions.map((version) => version.language);
  if (new Set(languages).size !== languages.length)
    errors.push({ field: 'versions', message: 'has the same language twice' });

  const versions = await Promise.all(
    input.versions.map(async (version, index) => {
      const at = `versions.${index}`;
      const purpose = filePurposeOf[input.kind];
      if (purpose) {
        if (!version.fileId) errors.push({ field: `${at}.fileId`, message: `a ${input.kind} needs a file` });
        else {
          const file = await fileOf(tenant, version.fileId);
          if (!file) errors.push({ field: `${at}.fileId`, message: 'no such file in this organisation' });
          else if (file.purpose !== purpose)
            errors.push({ field: `${at}.fileId`, message: `is a ${file.purpose} file, not ${purpose}` });
        }
      }
      if (version.captionsFileId) {
        const captions = await fileOf(tenant, version.captionsFileId);
        if (input.kind !== 'video')
          errors.push({ field: `${at}.captionsFileId`, message: 'only videos have captions' });
        else if (captions?.purpose !== 'captions')
          errors.push({ field: `${at}.captionsFileId`, message: 'is not an uploaded WebVTT file' });
      }
      if (input.kind === 'link' && !version.externalUrl)
        errors.push({ field: `${at}.externalUrl`, message: 'an external link needs an address' });
      if (input.kind === 'quiz') {
        if (!version.questions.length)
          errors.push({ field: `${at}.questions`, message: 'a quiz needs at least one question' });
        version.questions.forEach((question, q) => {
          checkQuestion(question, `${at}.questions.${q}`, errors);
        });
      }
      const body = sanitiseRichText(version.bodyHtml, 'article');
      if (body.wasChanged)
        notices.push(
          `${at}.bodyHtml: unsafe or unsupported HTML (scripts, event handlers, styles) was removed`,
        );
      if (input.kind === 'article' && !body.html)
        errors.push({ field: `${at}.bodyHtml`, message: 'an article needs text' });
      return {
        language: version.language,
        title: version.title,
        summary: version.summary,
        body_html: body.html,
        file_id: purpose ? version.fileId : null,
        captions_file_id: input.kind === 'video' ? version.captionsFileId : null,
        external_url: input.kind === 'link' ? version.externalUrl : null,
        questions: JSON.stringify(input.kind === 'quiz' ? version.questions : []),
      };
    }),
  );
  if (errors.length) rejectFields(errors);
  const columns = {
    kind: input.kind,
    duration_minutes: input.durationMinutes,
    pass_mark: input.kind === 'quiz' ? (input.passMark ?? 70) : null,
    shuffle_questions: input.kind === 'quiz' && input.shuffleQuestions,
    max_attempts: input.kind === 'quiz' ? input.maxAttempts : null,
  };
  return { columns, versions, notices };
}
