import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runUnres } from './runUnres';

const DRAFT = [
  'The General Assembly,',
  '',
  '*Heartened by* the progress made in restoring mangrove forests,',
  '',
  '1. *Takes cognizance of* the report of the Secretary-General on coastal ecosystems;',
  '',
  '2. *Requests* the Secretary-General to report on the implementation of the present resolution at its eighty-third session.',
  '',
].join('\n');

describe('unres lint with a committee vocabulary in .unres.json', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unres-vocabulary-'));
    fs.writeFileSync(path.join(dir, 'mangroves.unres'), DRAFT);
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
