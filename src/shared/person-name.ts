/**
 * How a person's name is written everywhere (screens, mail, exports): given name, tussenvoegsel and
 * family name — "Zoë van den Berg", never "Zoë Berg". One function, so no place drops the prefix.
 */
export const displayName = (person: {
  given_name: string;
  family_name_prefix: string | null;
  family_name: string;
}) => [person.given_name, person.family_name_prefix, person.family_name].filter(Boolean).join(' ');
