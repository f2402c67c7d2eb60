import type { Ctx } from '../../../core/context.ts';
import { notFound } from '../../../http/errors.ts';
import { assertCan, can, personIdOf } from '../../access/index.ts';
import { itemForLearner } from '../../catalogue/index.ts';
import {
  type AuStateRow,
  auStatesOf,
  findCourse,
  findRegistration,
  launchedUnits,
} from '../cmi5.repository.ts';
import { type CourseNode, textIn } from '../import/course-structure.ts';
import { isAuSatisfied } from '../launch/moveon.ts';

// A course as the learner sees it (the AU list with their status in their registration) and as L&D
// sees it (the structure that was imported).

function statusOf(state: AuStateRow | undefined, isSatisfied: boolean, isLaunched: boolean) {
  if (state?.waived_at) return 'waived' as const;
  if (state?.passed_at) return 'passed' as const;
  if (isSatisfied && state) return 'satisfied' as const;
  if (state?.completed_at) return 'completed' as const;
  if (state?.failed_at) return 'failed' as const;
  if (state || isLaunched) return 'in_progress' as const;
  return 'not_started' as const;
}

export async function readCourse(ctx: Ctx, contentId: string, isPlayable: boolean) {
  assertCan(ctx.auth, 'catalogue.read');
  const { item } = await itemForLearner(ctx.db, ctx.auth, contentId, ctx.locale);
  if (item.kind !== 'cmi5') throw notFound('cmi5 course');
  const course = await findCourse(ctx.db, contentId);
  if (!course) throw notFound('cmi5 course');
  const personId = ctx.auth.kind === 'person' ? personIdOf(ctx.auth) : null;
  const registration = personId ? await findRegistration(ctx.db, contentId, personId) : undefined;
  const states = registration ? await auStatesOf(ctx.db, registration.id) : [];
  const launched = registration ? await launchedUnits(ctx.db, registration.id) : new Set<string>();
  const { structure } = course;
  const text = (map: Record<string, string>) => textIn(map, ctx.locale);
  const units: ReturnType<typeof unitOf>[] = [];
  function unitOf(node: Extract<CourseNode, { kind: 'au' }>, blocks: string[]) {
    const state = states.find((candidate) => candidate.au_id === node.id);
    const satisfied =
      !!state?.satisfied_at ||
      (!!registration &&
        isAuSatisfied(node, {
          completed: !!state?.completed_at,
          passed: !!state?.passed_at,
          waived: !!state?.waived_at,
        }));
    return {
      id: node.id,
      title: text(node.title),
      description: text(node.description),
      blockTitles: blocks,
      moveOn: node.moveOn,
      masteryScore: node.masteryScore,
      launchMethod: node.launchMethod,
      launchParameters: can(ctx.auth, 'catalogue.manage') ? node.launchParameters : null,
      entitlementKey: can(ctx.auth, 'catalogue.manage') ? node.entitlementKey : null,
      isExternal: node.isExternal,
      url: node.url,
      status: statusOf(state, satisfied, launched.has(node.id)),
      scoreScaled: state?.score_scaled ?? null,
      waivedReason: state?.waived_reason ?? null,
    };
  }
  type Node = {
    kind: 'block' | 'au';
    id: string;
    title: string;
    description: string;
    objectives: string[];
    children: Node[];
  };
  const present = (nodes: CourseNode[], blocks: string[]): Node[] =>
    nodes.map((node) => {
      if (node.kind === 'au') units.push(unitOf(node, blocks));
      return {
        kind: node.kind,
        id: node.id,
        title: text(node.title),
        description: text(node.description),
        objectives: node.objectives,
        children: node.kind === 'block' ? present(node.children, [...blocks, text(node.title)]) : [],
      };
    });
  const tree = present(structure.children, []);
  return {
    contentId,
    courseId: structure.id,
    title: text(structure.title),
    description: text(structure.description),
    objectives: structure.objectives.map((objective) => ({
      id: objective.id,
      title: text(objective.title),
      description: text(objective.description),
    })),
    structure: tree,
    units,
    fileCount: course.file_count,
    originalName: course.original_name,
    importedAt: course.imported_at.toISOString(),
    version: course.version,
    sourceUrl: can(ctx.auth, 'catalogue.manage') ? course.source_url : null,
    updatedAt: course.updated_at?.toISOString() ?? null,
    registration: registration
      ? {
          id: registration.id,
          isSatisfied: !!registration.satisfied_at,
          satisfiedAt: registration.satisfied_at?.toISOString() ?? null,
        }
      : null,
    isPlayable: isPlayable || units.every((unit) => unit.isExternal),
  };
}
