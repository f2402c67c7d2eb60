// What other features may use from cmi5: the import screen and course card (catalogue), the AU list (learning).
export { Cmi5CourseCard } from './course-card.tsx';
export { Cmi5ImportPage } from './import-page.tsx';
export { Cmi5UnitList } from './unit-list.tsx';
