export {
  forgetOrganisationTimeZone,
  organisationContextOf,
  organisationsByToday,
  organisationTimeZone,
  organisationToday,
} from './organisation-time-zone.ts';
