import * as assert from 'node:assert/strict';
import { blocks, messagesAndLines } from '../support/ruleFindings';

describe('UNR042 session-symbol', () => {
  it('finds a session in words that disagrees with the symbol after it', () => {
    const text = blocks(
      'The General Assembly,',
      '*Taking note* of the report of the Secretary-General submitted to the General Assembly at its seventy-ninth session (A/80/123),',
      '*Recalling* the report of the Committee, *Official Records of the General Assembly, Seventy-fifth Session, Supplement No. 53* (A/76/53), and *Official Records of the Economic and Social Council, 2023, Supplement No. 10* (E/2022/30),',
      '*Noting* the report of the High Commissioner to the Human Rights Council at its fifty-sixth session (A/HRC/55/60) and the report of the Commission at its sixtieth session (A/79/60),',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR042'), [
      ['The text names the seventy-ninth session of the General Assembly, but A/80/123 is a document of its eightieth session.', 3],
      ['The text names the seventy-fifth session of the General Assembly, but A/76/53 is a document of its seventy-sixth session.', 5],
      ['The Official Records named here are those of 2023, but E/2022/30 is a document of 2022.', 5],
      ['The text names the fifty-sixth session of the Human Rights Council, but A/HRC/55/60 is a document of its fifty-fifth session.', 7],
    ]);
  });

  it('is silent where the session in words and the symbol agree', () => {
    const text = blocks(
      'The General Assembly,',
      '*Taking note* of the report of the Secretary-General submitted to the General Assembly at its eightieth session (A/80/123),',
      '*Recalling* the report of the Committee, *Official Records of the General Assembly, Seventy-sixth Session, Supplement No. 53* (A/76/53),',
      '1. *Decides* to remain seized of the matter.',
    );
    assert.deepEqual(messagesAndLines(text, 'UNR042'), []);
  });
});
