import * as assert from 'node:assert/strict';
import { parseResolution } from '../../server/src/core';
import { treatyMentions } from '../../server/src/core/treaties/treatyMentions';
import { CITED } from '../support/citedTreaties';
import { GLOSSARY_TABLE } from '../support/treatyGlossary';

describe('treaty mentions', () => {
  it('recognises full titles across a line break, ILO forms and abbreviations', () => {
    const doc = parseResolution(CITED);
    assert.deepEqual(
      treatyMentions(doc, GLOSSARY_TABLE).map((m) => m.treaty.id),
      ['untoc', 'trafficking-protocol', 'ilo-c182', 'cedaw'],
    );
    const protocol = treatyMentions(doc)[1];
    assert.ok(CITED.slice(protocol.span.start, protocol.span.end).endsWith('Transnational\nOrganized Crime'));
  });
});
