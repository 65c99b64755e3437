import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { COMMITTEE_VOCABULARY_DRAFT } from '../support/drafts';
import { runUnres } from './runUnres';

describe('unres lint with a committee vocabulary in .unres.json', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-vocabulary-'));
    fs.writeFileSync(path.join(dir, 'mangroves.unres'), COMMITTEE_VOCABULARY_DRAFT);
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('reports the phrases without it, accepts them with it, and names a wrong entry', () => {
    const without = runUnres(['lint', 'mangroves.unres'], dir);
    assert.deepEqual(
      without.stdout.split('\n').filter((line) => line !== '').map((line) => line.split(' ').slice(0, 3).join(' ')),
      ['mangroves.unres:3:2 warning UNR005', 'mangroves.unres:5:5 warning UNR002'],
    );
    fs.writeFileSync(path.join(dir, '.unres.json'), JSON.stringify({ vocabulary: { operative: ['Takes cognizance of'], preambular: ['Heartened by', 'Glad;'] } }));
    const withVocabulary = runUnres(['lint', 'mangroves.unres'], dir);
    assert.equal(withVocabulary.stdout, '');
    assert.match(withVocabulary.stderr, /vocabulary\.preambular\[1\]: "Glad;" is not a phrase: write words only, without punctuation or italic markers; it is ignored/);
  });
});
