export { CatalogueAdminPage } from './catalogue-admin-page.tsx';
export { CourseEditorPage } from './course-editor-page.tsx';
export { ItemEditorPage } from './item-editor-page.tsx';
export { PathEditorPage } from './path-editor-page.tsx';
