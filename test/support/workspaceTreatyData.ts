/**
 * Workspace treaty data (`.unres/treaties.json`) for the command line and language server tests:
 * one regional treaty the bundled table does not hold, with its source.
 */
export const ESCAZU_TREATY_DATA = {
  sources: [{ id: 'escazu-text', reference: 'https://example.org/escazu-agreement-text', title: 'Text of the Escazú Agreement' }],
  treaties: [
    {
      id: 'escazu-agreement',
      title: 'Regional Agreement on Access to Information, Public Participation and Justice in Environmental Matters in Latin America and the Caribbean',
      shortNames: ['Escazú Agreement'],
      sources: { title: ['escazu-text'], shortNames: ['escazu-text'] },
    },
  ],
};

/** The data as a file holds it, one key a line (tests name its lines and change single lines). */
export const ESCAZU_TREATY_DATA_FILE = JSON.stringify(ESCAZU_TREATY_DATA, null, 2);
