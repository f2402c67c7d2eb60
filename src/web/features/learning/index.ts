export { AssignDialog } from './assign-dialog.tsx';
export { CataloguePage, catalogueSearch } from './catalogue-page.tsx';
export { HomeLearningBlock } from './home-learning-block.tsx';
export { ItemPage } from './item-page.tsx';
export { entryLink } from './learning-api.ts';
export { MyLearningPage } from './my-learning-page.tsx';
export { CoursePage, PathPage } from './structure-pages.tsx';
export { TeamLearningPage } from './team-learning-page.tsx';
export { VerifyCertificatePage } from './verify-page.tsx';
