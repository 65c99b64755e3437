/**
 * Short names of United Nations Member States that contain " and ", so that a sponsor list
 * "Sweden and Trinidad and Tobago" splits between the names and not inside one.
 * Source: United Nations, Member States, https://www.un.org/en/about-us/member-states (UNMEMBERS).
 */
export const MEMBER_STATE_NAMES_WITH_AND: readonly string[] = [
  'Antigua and Barbuda',
  'Bosnia and Herzegovina',
  'Saint Kitts and Nevis',
  'Saint Vincent and the Grenadines',
  'Sao Tome and Principe',
  'Trinidad and Tobago',
  'United Kingdom of Great Britain and Northern Ireland',
];
