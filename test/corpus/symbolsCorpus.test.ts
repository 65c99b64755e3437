import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { citedSymbols, lint, parseResolution, symbolHover, symbolLinks } from '../../server/src/core';

/**
 * Resolutions, document symbols and sessions in the real documents in ../shared: what unres reads
 * in them, that the citation and session rules (UNR040 to UNR043) find nothing to object to in the
 * official texts, and that each finds the mistake put into a copy of one of them, at its line.
 */
const SHARED = path.resolve(__dirname, '../../../../shared');
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const SYMBOL_RULES = /^UNR04\d$/;

function realTexts(): Map<string, string> {
  const samples = fs.readdirSync(path.join(SHARED, 'samples')).filter((f) => f.endsWith('.txt')).map((f) => `samples/${f}`);
  const corpus = fs.readdirSync(path.join(SHARED, 'corpus')).filter((f) => /^\d\d-.*\.md$/.test(f)).map((f) => `corpus/${f}`);
  return new Map([...samples, ...corpus].sort().map((file) => [file, fs.readFileSync(path.join(SHARED, file), 'utf8')]));
}

describe('corpus: resolutions, symbols and sessions in the real documents', function () {
  if (!fs.existsSync(SHARED)) {
    it(`cannot run: ${SHARED} does not exist (the real documents live in ../shared beside the project)`, function () {
      if (process.env.CI) assert.fail(`${SHARED} is missing`);
      this.skip();
    });
    return;
  }

  const texts = realTexts();

  it('reads every citation of the 27 texts, and the citation and session rules find nothing wrong in them', () => {
    assert.equal(texts.size, 27);
    const count = { resolutions: 0, documents: 0, unknownOrgan: 0, datedAssembly: 0, datedCouncil: 0, datedEcosoc: 0, links: 0, assemblySessions: 0 };
    for (const [file, text] of texts) {
      const doc = parseResolution(text);
      const { mentions, sessions } = citedSymbols(doc);
      for (const m of mentions) {
        if (m.kind === 'document') count.documents++;
        else count.resolutions++;
        if (m.kind === 'resolution' && !m.organ) count.unknownOrgan++;
        if (m.kind !== 'resolution' || !m.date?.value || !m.symbol) continue;
        if (m.organ === 'General Assembly' && m.symbol.session?.kind === 'regular') count.datedAssembly++;
        if (m.organ === 'Security Council') count.datedCouncil++;
        if (m.organ === 'Economic and Social Council') count.datedEcosoc++;
      }
      count.links += symbolLinks(doc).length;
      count.assemblySessions += sessions.filter((s) => s.body === 'General Assembly').length;
      const findings = lint(doc).filter((f) => SYMBOL_RULES.test(f.ruleId));
      assert.deepEqual(findings.map((f) => `${f.ruleId} line ${lineOf(text, f.span.start)}: ${f.message}`), [], file);
    }
    // 156 General Assembly resolutions are cited with a date, each within its session; 11 Security
    // Council and 8 Economic and Social Council resolutions within their years.
    // Five resolutions' organs stay unknown; the Commission on Crime Prevention and Criminal Justice's
    // resolutions 27/2 to 27/4 and the Conference of the Parties' 11/5 in sample 000 are read from their names.
    assert.deepEqual(count, { resolutions: 322, documents: 203, unknownOrgan: 5, datedAssembly: 156, datedCouncil: 11, datedEcosoc: 8, links: 515, assemblySessions: 41 });
  });

  it('leaves the organ unknown where the text does, and follows "Council", "in its" and "including" to the organ they mean', () => {
    const organs = (file: string, number: string) => citedSymbols(parseResolution(texts.get(file)!)).mentions.filter((m) => m.written === number).map((m) => m.organ);
    // "the Conference of the Parties … taking note of resolutions 10/1 of 16 October 2020".
    assert.deepEqual(organs('samples/000_c722eb807ecbd0fb.txt', '10/1'), [undefined]);
    // "CTOC/COP/2020/10, sect. I.A, resolution 10/1."
    assert.deepEqual(organs('samples/001_a325fd547149db90.txt', '10/1'), [undefined]);
    // "A/56/1026-S/2002/932, annex II, resolution 14/221".
    assert.deepEqual(organs('corpus/11-a-res-78-192.md', '14/221'), [undefined]);
    // "consultative status with the Economic and Social Council in accordance with … Council resolution 1996/31".
    assert.deepEqual(organs('corpus/04-a-res-79-122.md', '1996/31'), ['Economic and Social Council']);
    assert.deepEqual(organs('corpus/22-a-c-6-80-l-14.md', '1996/31'), ['Economic and Social Council']);
    // "the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010".
    assert.deepEqual(organs('corpus/15-a-c-3-80-l-27.md', '14/7'), ['Human Rights Council']);
    // "Human Rights Council resolutions on the subject, including resolution 60/5 of 6 October 2025".
    assert.deepEqual(organs('corpus/16-a-c-3-80-l-42.md', '60/5'), ['Human Rights Council']);
  });

  it('hovers and links "[64/293](#)" in sample 000 as General Assembly resolution A/RES/64/293', () => {
    const text = texts.get('samples/000_c722eb807ecbd0fb.txt')!;
    const doc = parseResolution(text);
    const at = text.indexOf('[64/293](#) of 30 July 2010') + 1;
    const hover = symbolHover(doc, at)!;
    assert.equal(lineOf(text, hover.span.start), 44);
    assert.equal(text.slice(hover.span.start, hover.span.end), '64/293');
    assert.equal(
      hover.markdown,
      '**General Assembly resolution 64/293**\n\n- Symbol: A/RES/64/293\n- Organ: General Assembly\n- Session: sixty-fourth session (September 2009 to September 2010)\n- Type: resolution\n- Adopted: 30 July 2010 (as cited here)\n- Official document: [undocs.org/A/RES/64/293](https://undocs.org/A/RES/64/293)',
    );
    const basis = symbolHover(doc, text.indexOf('A/78/482'))!;
    assert.equal(basis.markdown, '**A/78/482**\n\n- Organ: General Assembly\n- Session: seventy-eighth session (September 2023 to September 2024)\n- Type: document\n- Official document: [undocs.org/A/78/482](https://undocs.org/A/78/482)');
    assert.deepEqual(
      symbolLinks(doc).filter((l) => text.slice(l.span.start, l.span.end) === '64/293').map((l) => [lineOf(text, l.span.start), l.url]),
      [
        [44, 'https://undocs.org/A/RES/64/293'],
        [192, 'https://undocs.org/A/RES/64/293'],
        [226, 'https://undocs.org/A/RES/64/293'],
      ],
    );
  });

  /** A real text with one change, and what the symbol rules report on the copy: rule, line, message. */
  function broken(file: string, from: string, to: string): Array<[string, number, string]> {
    const text = texts.get(file)!;
    assert.ok(text.includes(from), `${file} contains "${from}"`);
    const copy = text.replace(from, to);
    return lint(parseResolution(copy))
      .filter((f) => SYMBOL_RULES.test(f.ruleId))
      .map((f) => [f.ruleId, lineOf(copy, f.span.start), f.message]);
  }

  it('finds a wrong adoption date put into sample 000, at its line', () => {
    assert.deepEqual(broken('samples/000_c722eb807ecbd0fb.txt', '[64/293](#) of 30 July 2010', '[64/293](#) of 30 July 2016'), [
      ['UNR040', 44, 'General Assembly resolution 64/293 belongs to the sixty-fourth session (September 2009 to September 2010), but is cited as adopted on 30 July 2016.'],
    ]);
  });

  it('finds a resolution of A/RES/79/165 cited again with another date, at the second citation', () => {
    // Line 33 cites "its resolution 68/268 of 9 April 2014"; paragraph 4 (line 93) cites it again, here with a wrong day.
    assert.deepEqual(broken('corpus/05-a-res-79-165.md', 'full implementation of resolution 68/268;', 'full implementation of resolution 68/268 of 8 April 2014;'), [
      ['UNR041', 93, 'General Assembly resolution 68/268 is cited here as of 8 April 2014 and earlier in the text as of 9 April 2014; a resolution has one adoption date.'],
    ]);
  });

  it('finds an Official Records session that disagrees with its symbol in A/RES/79/165 and sample 000', () => {
    assert.deepEqual(broken('corpus/05-a-res-79-165.md', 'Seventy-ninth Session, Supplement No. 18* (A/79', 'Eightieth Session, Supplement No. 18* (A/79'), [
      ['UNR042', 83, 'The text names the eightieth session of the General Assembly, but A/79/18 is a document of its seventy-ninth session.'],
    ]);
    assert.deepEqual(broken('samples/000_c722eb807ecbd0fb.txt', 'Economic and Social Council, 2023, Supplement No. 10', 'Economic and Social Council, 2022, Supplement No. 10'), [
      ['UNR042', 90, 'The Official Records named here are those of 2022, but E/2023/30 is a document of 2023.'],
    ]);
  });

  it('finds a report asked for at a past session in A/C.3/80/L.20, A/RES/80/6 and A/RES/79/122', () => {
    assert.deepEqual(broken('corpus/14-a-c-3-80-l-20.md', 'General Assembly at its eighty-second session a comprehensive', 'General Assembly at its seventy-ninth session a comprehensive'), [
      ['UNR043', 381, 'The seventy-ninth session of the General Assembly has already passed: this text is of the eightieth session (A/C.3/80/L.20).'],
    ]);
    assert.deepEqual(broken('corpus/01-a-res-80-6.md', 'submitted to the General Assembly at its eighty-first session;', 'submitted to the General Assembly at its seventy-ninth session;'), [
      ['UNR043', 96, 'The seventy-ninth session of the General Assembly has already passed: this text is of the eightieth session (A/RES/80/6).'],
    ]);
    assert.deepEqual(broken('corpus/04-a-res-79-122.md', 'provisional agenda of its eightieth session', 'provisional agenda of its seventy-eighth session'), [
      ['UNR043', 108, 'The seventy-eighth session of the General Assembly has already passed: this text is of the seventy-ninth session (A/RES/79/122).'],
    ]);
  });
});
