import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectLanguage } from '../../server/src/core';
import { OFFICIAL, officialFiles } from '../support/officialTexts';

const SHARED = path.resolve(OFFICIAL, '..');

/** The English texts of ../shared: samples, corpus and official. */
function sharedTexts(): string[] {
  const samples = fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => path.join(SHARED, 'samples', f));
  const corpus = fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => path.join(SHARED, 'corpus', f));
  return [...samples, ...corpus, ...officialFiles().map((f) => path.join(OFFICIAL, f))];
}

describe('corpus: the language of the real texts', function () {
  if (!fs.existsSync(SHARED)) {
    it(`cannot run: ${SHARED} does not exist`, function () {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    });
    return;
  }

  it('reads every English text of ../shared as English, from its opening line or its words, never by default', () => {
    const texts = sharedTexts();
    assert.ok(texts.length > 600, `${texts.length} texts`);
    const bases = new Map<string, number>();
    for (const file of texts) {
      const language = detectLanguage(fs.readFileSync(file, 'utf8'));
      assert.equal(language.code, 'en', file);
      bases.set(language.basis, (bases.get(language.basis) ?? 0) + 1);
    }
    assert.equal(bases.get('default'), undefined);
    assert.ok((bases.get('opening-line') ?? 0) > 500, JSON.stringify([...bases]));
  });
});
