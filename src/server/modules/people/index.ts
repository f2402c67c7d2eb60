export { type PersonValues, writePeople } from './people.bulk-write.ts';
export { afterEmailsChanged, emailLockedMessage, grantedRolesOf } from './people.credentials.ts';
export { publishPeopleChanged } from './people.events.ts';
export { applyGroupRoles, placeInGroupUnit } from './people.group-roles.ts';
export { personAndReports } from './people.home.repository.ts';
export { findPeopleByIdentity, type IdentityQuery, type PersonIdentity } from './people.identity.ts';
export { canSeeHrFields } from './people.policy.ts';
export { displayName, type PersonDto, presentPerson } from './people.presenter.ts';
export {
  countPeople,
  findPerson,
  listPeople,
  unitAndDescendants,
} from './people.repository.ts';
export { personSchema } from './people.schemas.ts';
export { scimManagedAmong } from './people.scim.ts';
export { addFirstOwner, createPerson, deactivatePerson, setRoles, updatePerson } from './people.service.ts';
