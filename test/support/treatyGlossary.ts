import { BUNDLED_TREATY_TABLE, treatyTableWith, type TreatyTable } from '../../server/src/core';

/**
 * A drafting team's own short names and abbreviations, as a workspace treaty file
 * (`.unres/treaties.json`) adds them to the bundled table: the bundled table keeps only short names
 * an official source or the official texts give, and the texts write out "CEDAW" and "the Palermo
 * Protocol" nowhere, so tests of how such names are read take them from here.
 */
export const GLOSSARY_TREATY_DATA = {
  sources: [
    { id: 'team-glossary', reference: 'Drafting team glossary of treaty names', title: 'Our glossary of treaty names' },
    { id: 'a-res-78-70-fn-8', reference: 'https://undocs.org/A/RES/78/70', title: 'A/RES/78/70, footnote 8', kind: 'un-text', confidence: 'O' },
  ],
  treaties: [
    { id: 'trafficking-protocol', shortNames: ['Trafficking Protocol', 'the Palermo Protocol'], sources: { shortNames: ['team-glossary'] } },
    { id: 'cedaw', shortNames: ['CEDAW'], sources: { shortNames: ['team-glossary'] } },
    { id: 'crpd', shortNames: ['CRPD'], sources: { shortNames: ['team-glossary'] } },
    { id: 'refugee-protocol', parent: 'refugee-convention', sources: { parent: ['team-glossary'] } },
    // The team's note that the first Optional Protocol is printed with the Covenant, under its number.
    { id: 'iccpr-op1', unts: { volumes: [999], registrationNumber: 14668 }, sources: { 'unts.volumes': ['team-glossary'], 'unts.registrationNumber': ['team-glossary'] } },
    // A/RES/78/70 cites the Amended Protocol II at its mark, footnote 8.
    { id: 'ccw-amended-protocol-ii', unts: { volumes: [2048], registrationNumber: 22495 }, sources: { 'unts.volumes': ['a-res-78-70-fn-8'], 'unts.registrationNumber': ['a-res-78-70-fn-8'] } },
  ],
};

/** The bundled table with the glossary's names. */
export const GLOSSARY_TABLE: TreatyTable = (() => {
  const { table, problem } = treatyTableWith(BUNDLED_TREATY_TABLE, JSON.stringify(GLOSSARY_TREATY_DATA), '.unres/treaties.json');
  if (problem !== undefined) throw new Error(problem);
  return table;
})();
