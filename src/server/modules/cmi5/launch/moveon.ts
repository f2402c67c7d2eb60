import type { AssignableUnit, CourseNode, CourseStructure } from '../import/course-structure.ts';

// moveOn (cmi5 spec 10.1): when an AU counts as satisfied, and so its block and the course.

export type AuProgress = { completed: boolean; passed: boolean; waived?: boolean };

export function isAuSatisfied(au: AssignableUnit, progress: AuProgress | undefined): boolean {
  if (progress?.waived) return true;
  const completed = progress?.completed ?? false;
  const passed = progress?.passed ?? false;
  switch (au.moveOn) {
    case 'NotApplicable':
      return true;
    case 'Completed':
      return completed;
    case 'Passed':
      return passed;
    case 'CompletedAndPassed':
      return completed && passed;
    case 'CompletedOrPassed':
      return completed || passed;
  }
}

export type Satisfaction = {
  /** AUs whose moveOn is met. */
  units: Set<string>;
  /** Blocks (and the course, by its id) all of whose children are satisfied. */
  nodes: Set<string>;
  isCourseSatisfied: boolean;
};

export function evaluate(structure: CourseStructure, progress: Map<string, AuProgress>): Satisfaction {
  const units = new Set<string>();
  const nodes = new Set<string>();
  const visit = (node: CourseNode): boolean => {
    if (node.kind === 'au') {
      const satisfied = isAuSatisfied(node, progress.get(node.id));
      if (satisfied) units.add(node.id);
      return satisfied;
    }
    const satisfied = node.children.map(visit).every(Boolean);
    if (satisfied) nodes.add(node.id);
    return satisfied;
  };
  const isCourseSatisfied = structure.children.map(visit).every(Boolean);
  if (isCourseSatisfied) nodes.add(structure.id);
  return { units, nodes, isCourseSatisfied };
}
