import * as assert from 'node:assert/strict';
import { versionCandidates, versionStem } from '../../client/src/versionCandidates';

describe('extension: the files "Compare with another language version" offers', () => {
  it('reads the name of a draft without its language tag and extension', () => {
    assert.equal(versionStem('older-persons.fr.unres'), 'older-persons');
    assert.equal(versionStem('Older-Persons_ES.docx'), 'older-persons');
    assert.equal(versionStem('older-persons-en.res.md'), 'older-persons');
    assert.equal(versionStem('water.unres'), 'water');
    // Only a tag after a separator is a language: "solar" is no Arabic version of "sol".
    assert.equal(versionStem('solar.unres'), 'solar');
  });

  it('offers the other versions of the draft first, then its folder, then the rest, never the draft itself', () => {
    const files = ['third/water.unres', 'third/older-persons.en.unres', 'drafts/older-persons.es.docx', 'third/older-persons.fr.unres', 'second/reefs.unres', 'third/older-persons.fr.unres'];
    assert.deepEqual(
      versionCandidates('third/older-persons.fr.unres', files).map((c) => [c.label, c.description]),
      [
        ['older-persons.en.unres', 'third'],
        ['older-persons.es.docx', 'drafts'],
        ['water.unres', 'third'],
        ['reefs.unres', 'second'],
      ],
    );
    assert.deepEqual(versionCandidates('a.unres', []), []);
  });
});
