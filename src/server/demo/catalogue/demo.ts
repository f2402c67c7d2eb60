import { randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import pino from 'pino';
import { createBus } from '../../core/bus.ts';
import { organisationContext } from '../../core/context.ts';
import type { Trx } from '../../db/database.ts';
import type { FilePurpose } from '../../db/schema.ts';
import { forOrganisation, type TenantDb } from '../../db/tenant.ts';
import type { Question } from '../../modules/catalogue/catalogue.schemas.ts';
import { applyRules } from '../../modules/catalogue/index.ts';
import type { FileStorage } from '../../modules/files/files.storage.ts';
import { demoVideo, samplePdf, sampleVtt, sampleWav } from '../../modules/files/media.samples.ts';
import { type CoverTheme, coverThemes, themeOf } from './cover-themes.ts';
import { articleBodies } from './demo-articles.ts';
import { type DemoItem, demoCourses, demoItems, demoPaths } from './demo-data.ts';
import { seedDemoLearners } from './demo-learners.ts';
import { seedDemoOwnRoute } from './demo-own-route.ts';
import { demoQuizQuestions } from './demo-quizzes.ts';
import { demoCourseServes, demoItemServes, demoPathServes, tagDemoLearning } from './demo-serves.ts';
import { coversFolder } from './draw-covers.ts';

const day = 86400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * day);

/** The item's own text in the language; an English version without its own text reads the Dutch one. */
function articleBody(item: DemoItem, language: 'nl' | 'en') {
  const body = articleBodies[item.key];
  if (!body) throw new Error(`The demo article ${item.key} has no text.`);
  return (language === 'en' ? body.en : undefined) ?? body.nl;
}

function quizQuestions(item: DemoItem, language: 'nl' | 'en'): Question[] {
  const questions = demoQuizQuestions(item.key, language);
  if (!questions.length) throw new Error(`The demo quiz ${item.key} has no questions.`);
  return questions;
}

async function storeFile(
  tenant: TenantDb,
  files: FileStorage,
  purpose: FilePurpose,
  contentType: string,
  name: string,
  content: Buffer,
) {
  const id = randomUUID();
  const key = `${tenant.organisationId}/${id}`;
  const temporary = await files.temporaryPath(id);
  await writeFile(temporary, content);
  await files.adopt(temporary, key);
  await tenant
    .insertInto('files', {
      id,
      purpose,
      content_type: contentType,
      size_bytes: content.length,
      storage_key: key,
      original_name: name,
      created_by: null,
    })
    .execute();
  return id;
}

/**
 * The demo catalogue: 41 items of every kind (most in Dutch and English), 5 courses, 3 paths, audience
 * rules, and enrolments, progress, ratings and a certificate for the demo people. Media are generated
 * (a tone, captions, PDFs) except the shipped demo video; without file storage the media items are left out.
 */
export async function seedCatalogue(trx: Trx, organisationId: string, options: { files?: FileStorage }) {
  const tenant = forOrganisation(trx, organisationId);
  const person = async (email: string) =>
    await tenant
      .selectFrom('people')
      .select(['id', 'given_name', 'family_name_prefix', 'family_name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
  const ld = await person('leren@delinde.demo');
  const employee = await person('medewerker@delinde.demo');
  const manager = await person('teamleider@delinde.demo');

  let media: Record<'audio' | 'video' | 'captions' | 'pdf', string> | null = null;
  if (options.files) {
    const dir = options.files;
    media = {
      audio: await storeFile(tenant, dir, 'audio', 'audio/wav', 'podcast.wav', sampleWav(30)),
      // One shipped 24-second WebM (CC0) stands in for every demo video; captions are generated.
      video: await storeFile(tenant, dir, 'video', 'video/webm', 'demo-video.webm', demoVideo()),
      captions: await storeFile(
        tenant,
        dir,
        'captions',
        'text/vtt',
        'ondertitels.vtt',
        Buffer.from(
          sampleVtt([
            'Welkom bij deze korte video.',
            'We kijken samen naar de praktijk.',
            'Let op wat de zorgverlener doet.',
            'Wat zou jij anders doen?',
            'Bespreek het met je team.',
            'Dank je wel voor het kijken.',
          ]),
        ),
      ),
      pdf: await storeFile(
        tenant,
        dir,
        'document',
        'application/pdf',
        'handreiking.pdf',
        await samplePdf('Zorggroep De Linde', [
          'Deze handreiking hoort bij het leeraanbod van De Linde.',
          'Stap 1: bereid het gesprek voor. Stap 2: luister. Stap 3: maak samen afspraken en leg ze vast.',
        ]),
      ),
    };
  }

  // One stored image per cover theme, shared by everything of that theme.
  const covers = new Map<CoverTheme, string>();
  const coverOf = async (theme: CoverTheme) => {
    if (!options.files) return { cover_file_id: null, cover_alt: null };
    let id = covers.get(theme);
    if (!id) {
      const png = await readFile(join(coversFolder, `${theme}.png`));
      id = await storeFile(tenant, options.files, 'image', 'image/png', `${theme}.png`, png);
      covers.set(theme, id);
    }
    return { cover_file_id: id, cover_alt: coverThemes[theme].alt };
  };

  const itemIds = new Map<string, string>();
  for (const [index, item] of demoItems.entries()) {
    const needsFile = item.kind === 'audio' || item.kind === 'video' || item.kind === 'document';
    if (needsFile && !media) continue;
    const { id } = await tenant
      .insertInto('content_items', {
        kind: item.kind,
        status: 'published',
        owner_id: ld.id,
        duration_minutes: item.minutes,
        pass_mark: item.kind === 'quiz' ? 75 : null,
        shuffle_questions: item.kind === 'quiz',
        max_attempts: null,
        // Spread over the last months; the last few count as new.
        published_at: daysAgo(index >= demoItems.length - 4 ? demoItems.length - index + 1 : 40 + index * 3),
        ...(await coverOf(themeOf(item.key, item.topics))),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    itemIds.set(item.key, id);
    const versions = (['nl', 'en'] as const).filter((language) => language === 'nl' || item.en);
    await tenant
      .insertInto(
        'content_versions',
        versions.map((language) => {
          const [title, summary] = language === 'nl' ? item.nl : (item.en as [string, string]);
          return {
            item_id: id,
            language,
            title,
            summary,
            body_html:
              item.kind === 'article' || item.kind === 'assignment' ? articleBody(item, language) : '',
            file_id:
              media && needsFile
                ? media[item.kind === 'document' ? 'pdf' : (item.kind as 'audio' | 'video')]
                : null,
            captions_file_id: media && item.kind === 'video' ? media.captions : null,
            external_url: item.url ?? null,
            questions: JSON.stringify(item.kind === 'quiz' ? quizQuestions(item, language) : []),
          };
        }),
      )
      .execute();
    await tenant
      .insertInto(
        'learning_links',
        item.topics.map((label) => ({
          subject_kind: 'content' as const,
          subject_id: id,
          target_kind: 'topic' as const,
          target_id: null,
          label,
        })),
      )
      .execute();
  }

  const courseIds = new Map<string, string>();
  for (const course of demoCourses) {
    const { id } = await tenant
      .insertInto('courses', {
        language: 'nl',
        title: course.nl[0],
        summary: course.nl[1],
        status: 'published',
        owner_id: ld.id,
        published_at: daysAgo(60),
        ...(await coverOf(themeOf(course.key, course.topics))),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    courseIds.set(course.key, id);
    for (const [position, [title, keys]] of course.sections.entries()) {
      const section = await tenant
        .insertInto('course_sections', { course_id: id, position, title })
        .returning('id')
        .executeTakeFirstOrThrow();
      const modules = keys.flatMap((key) => (itemIds.has(key) ? [itemIds.get(key) as string] : []));
      if (modules.length)
        await tenant
          .insertInto(
            'course_modules',
            modules.map((contentId, index) => ({
              course_id: id,
              section_id: section.id,
              position: index,
              content_id: contentId,
            })),
          )
          .execute();
    }
    await tenant
      .insertInto(
        'learning_links',
        course.topics.map((label) => ({
          subject_kind: 'course' as const,
          subject_id: id,
          target_kind: 'topic' as const,
          target_id: null,
          label,
        })),
      )
      .execute();
  }

  // One prerequisite, so its lock can be seen: dementia care builds on communication (Zoë did that one).
  await tenant
    .insertInto('course_prerequisites', {
      course_id: courseIds.get('dementia') as string,
      required_course_id: courseIds.get('communication') as string,
    })
    .execute();

  const pathIds = new Map<string, string>();
  for (const path of demoPaths) {
    const { id } = await tenant
      .insertInto('learning_paths', {
        language: 'nl',
        title: path.title,
        summary: path.summary,
        status: 'published',
        owner_id: ld.id,
        published_at: daysAgo(45),
        is_ordered: true,
        ...(await coverOf(themeOf(path.key))),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    pathIds.set(path.key, id);
    const steps = path.steps.flatMap(([kind, key, dueDays]) => {
      const stepId = kind === 'course' ? courseIds.get(key) : itemIds.get(key);
      return stepId ? [{ step_kind: kind, step_id: stepId, due_days: dueDays }] : [];
    });
    await tenant
      .insertInto(
        'learning_path_steps',
        steps.map((step, position) => ({ ...step, path_id: id, position })),
      )
      .execute();
  }

  await tagDemoLearning(tenant, [
    { kind: 'content', ids: itemIds, serves: demoItemServes },
    { kind: 'course', ids: courseIds, serves: demoCourseServes },
    { kind: 'path', ids: pathIds, serves: demoPathServes },
  ]);

  // Audience rules: new starters get onboarding, managers the leadership path.
  await tenant
    .insertInto('audience_rules', [
      {
        name: 'Nieuwe medewerkers',
        condition: 'starts_within_days',
        parameter: '30',
        subject_kind: 'path',
        subject_id: pathIds.get('onboarding-path') as string,
        due_days: 30,
        created_by: ld.id,
      },
      {
        name: 'Alle leidinggevenden',
        condition: 'is_manager',
        parameter: null,
        subject_kind: 'path',
        subject_id: pathIds.get('leadership-path') as string,
        due_days: 90,
        created_by: ld.id,
      },
    ])
    .execute();
  const log = pino({ level: 'silent' });
  await applyRules(organisationContext({ db: trx, organisationId, log, bus: createBus(log) }));

  await seedDemoLearners(tenant, { employee, manager }, { itemIds, courseIds });
  await seedDemoOwnRoute(tenant, { employee, manager }, itemIds);
}
