export {
  forgetOrganisationTimeZone,
  organisationsByToday,
  organisationTimeZone,
  organisationToday,
} from './organisation-time-zone.ts';
