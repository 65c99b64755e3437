/**
 * The nouns the names of resolution-adopting bodies are built on, as General Assembly texts cite
 * those bodies' resolutions. Mined from the official texts in ../shared/official: each noun with a
 * name built on it and the symbol of an official text that cites a resolution or decision of that
 * body by that name. A body is recognized by its noun, so a body not listed here by name ("Economic
 * and Social Commission for Asia and the Pacific") is recognized too.
 */
export interface OrganHead {
  readonly noun: string;
  /** A body's name built on the noun, as an official text writes it when citing its resolution or decision. */
  readonly example: string;
  /** The symbol of the official text that uses that name so. */
  readonly source: string;
}

export const ORGAN_HEADS: readonly OrganHead[] = [
  { noun: 'Assembly', example: 'United Nations Environment Assembly resolution', source: 'A/80/L.17' },
  { noun: 'Council', example: 'Human Rights Council resolution', source: 'A/C.1/80/L.41' },
  { noun: 'Commission', example: 'Commission on Crime Prevention and Criminal Justice resolution', source: 'A/C.3/80/L.3' },
  { noun: 'Conference', example: 'Conference of the States Parties to the United Nations Convention against Corruption resolution', source: 'A/RES/79/8' },
  { noun: 'Committee', example: 'the adoption by the Maritime Safety Committee of the International Maritime Organization of a resolution', source: 'A/80/L.22' },
  { noun: 'Organization', example: 'International Maritime Organization, resolution', source: 'A/80/L.17' },
  { noun: 'Meeting', example: 'the Meeting of States Parties to the Convention, in its decision', source: 'A/80/L.22' },
];
