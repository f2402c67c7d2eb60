export { PeopleTable } from './people-table.tsx';
