import * as assert from 'node:assert/strict';
import {
  citedSymbols,
  describeMention,
  assemblySession,
  gaSessionSpan,
  lint,
  MAX_ORDINAL,
  ordinalWords,
  parseDate,
  parseOrdinal,
  parseResolution,
  parseUnSymbol,
  resolutionSymbol,
  symbolHover,
  symbolLinks,
} from '../../server/src/core';
import { ORDINAL_WORDS_PATTERN } from '../../server/src/core/symbols/ordinals';
import { gaSessionsOfDate, mayBeInGaSession, parseRoman } from '../../server/src/core/symbols/sessions';

const blocks = (...parts: string[]): string => parts.join('\n\n') + '\n';
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const date = (text: string) => parseDate(text)!;

describe('session ordinals in words', () => {
  it('writes the ordinals UN texts use, hyphenated below one hundred', () => {
    const written = [1, 2, 3, 9, 10, 11, 12, 19, 20, 21, 40, 44, 64, 78, 79, 80, 81, 88, 90, 99, 100, 101, 112, 120, 199].map((n) => ordinalWords(n));
    assert.deepEqual(written, [
      'first', 'second', 'third', 'ninth', 'tenth', 'eleventh', 'twelfth', 'nineteenth', 'twentieth', 'twenty-first', 'fortieth', 'forty-fourth',
      'sixty-fourth', 'seventy-eighth', 'seventy-ninth', 'eightieth', 'eighty-first', 'eighty-eighth', 'ninetieth', 'ninety-ninth',
      'one hundredth', 'one hundred and first', 'one hundred and twelfth', 'one hundred and twentieth', 'one hundred and ninety-ninth',
    ]);
    assert.equal(ordinalWords(0), undefined);
    assert.equal(ordinalWords(MAX_ORDINAL + 1), undefined);
    assert.equal(ordinalWords(2.5), undefined);
  });

  it('reads back every ordinal it writes, in lower case and capitalized', () => {
    for (let n = 1; n <= MAX_ORDINAL; n++) {
      const words = ordinalWords(n)!;
      assert.equal(parseOrdinal(words), n, words);
      assert.equal(parseOrdinal(words[0].toUpperCase() + words.slice(1)), n, words);
    }
  });

  it('reads the forms of real texts: a masthead capital, an Official Records title, an en dash, a line break after the hyphen', () => {
    assert.equal(parseOrdinal('Seventy-ninth'), 79);
    assert.equal(parseOrdinal('Eighty-First'), 81);
    assert.equal(parseOrdinal('seventy\u2013eighth'), 78);
    assert.equal(parseOrdinal('eighty-\nsecond'), 82);
    assert.equal(parseOrdinal('one hundred first'), 101);
    for (const none of ['eighty', 'firstly', 'seventy eight', '80th', '']) assert.equal(parseOrdinal(none), undefined, none);
  });

  it('gives a pattern that finds whole ordinals in running text', () => {
    const found = (text: string) => [...text.matchAll(new RegExp(`\\b${ORDINAL_WORDS_PATTERN}\\b`, 'gu'))].map((m) => m[0]);
    assert.deepEqual(found('at its seventy-ninth session, its Eightieth Session and the fourteenth, fourth and seventeenth sessions'), ['seventy-ninth', 'Eightieth', 'fourteenth', 'fourth', 'seventeenth']);
    assert.deepEqual(found('the one hundred and first and the ninety-\nninth sessions'), ['one hundred and first', 'ninety-\nninth']);
    assert.deepEqual(found('seventy Member States, firstly, EIGHTIETH'), []);
  });
});

describe('sessions of the General Assembly and dates', () => {
  it('runs session N from September of 1945 + N to September of the next year; the first from January 1946', () => {
    assert.equal(gaSessionSpan(78)!.description, 'September 2023 to September 2024');
    assert.equal(gaSessionSpan(64)!.description, 'September 2009 to September 2010');
    assert.equal(gaSessionSpan(2)!.description, 'September 1947 to September 1948');
    assert.equal(gaSessionSpan(1)!.description, 'January 1946 to September 1947');
    assert.equal(gaSessionSpan(0), undefined);
  });

  it('calls a date outside a session only when it surely is: either September may belong to it', () => {
    assert.equal(mayBeInGaSession(64, date('30 July 2010')), true);
    assert.equal(mayBeInGaSession(64, date('30 July 2016')), false);
    assert.equal(mayBeInGaSession(64, date('1 September 2009')), true);
    assert.equal(mayBeInGaSession(64, date('31 August 2009')), false);
    assert.equal(mayBeInGaSession(64, date('30 September 2010')), true);
    assert.equal(mayBeInGaSession(64, date('1 October 2010')), false);
    // The seventy-eighth session opened on 5 September 2023: that day lies in 77 or 78.
    assert.deepEqual(gaSessionsOfDate(date('5 September 2023')), [77, 78]);
    assert.deepEqual(gaSessionsOfDate(date('19 December 2023')), [78]);
    assert.deepEqual(gaSessionsOfDate(date('13 February 1946')), [1]);
  });

  it('reads dates as UN texts write them, across a line break, and refuses impossible ones', () => {
    assert.deepEqual(parseDate('30 July 2010'), { day: 30, month: 7, year: 2010 });
    assert.deepEqual(parseDate('30\nJuly  2010'), { day: 30, month: 7, year: 2010 });
    assert.deepEqual(parseDate('29 February 2024'), { day: 29, month: 2, year: 2024 });
    for (const bad of ['31 June 2010', '29 February 2023', 'July 30, 2010', '30 Juli 2010', '0 July 2010']) assert.equal(parseDate(bad), undefined, bad);
  });

  it('reads the Roman session numerals of resolutions before the thirty-first session', () => {
    assert.deepEqual(['I', 'III', 'IV', 'XIV', 'XXI', 'XXV', 'XXX'].map(parseRoman), [1, 3, 4, 14, 21, 25, 30]);
    assert.equal(parseRoman('IIII'), undefined);
    assert.equal(parseRoman('XIIV'), undefined);
  });
});

describe('document symbols', () => {
  const read = (symbol: string) => {
    const s = parseUnSymbol(symbol);
    return s && { symbol: s.symbol, organ: s.organ, session: s.session && `${s.session.body} ${s.session.kind} ${s.session.number}`, year: s.year, type: s.documentType, versions: s.versions.join(', '), url: s.url };
  };

  it('reads organ, session or year, type and versions from the symbol, with its undocs.org link', () => {
    const L = 'limited distribution (L.): a draft resolution, decision or amendment';
    assert.deepEqual(
      ['A/RES/78/228', 'S/RES/2712 (2023)', 'A/78/119', 'E/2002/68/Add.1', 'A/HRC/55/L.12', 'A/C.3/79/L.5/Rev.1', 'S/2023/123'].map(read),
      [
        { symbol: 'A/RES/78/228', organ: 'General Assembly', session: 'General Assembly regular 78', year: undefined, type: 'resolution', versions: '', url: 'https://undocs.org/A/RES/78/228' },
        { symbol: 'S/RES/2712 (2023)', organ: 'Security Council', session: undefined, year: 2023, type: 'resolution', versions: '', url: 'https://undocs.org/S/RES/2712(2023)' },
        { symbol: 'A/78/119', organ: 'General Assembly', session: 'General Assembly regular 78', year: undefined, type: 'document', versions: '', url: 'https://undocs.org/A/78/119' },
        { symbol: 'E/2002/68/Add.1', organ: 'Economic and Social Council', session: undefined, year: 2002, type: 'document', versions: 'addendum 1', url: 'https://undocs.org/E/2002/68/Add.1' },
        { symbol: 'A/HRC/55/L.12', organ: 'Human Rights Council', session: 'Human Rights Council regular 55', year: undefined, type: L, versions: '', url: 'https://undocs.org/A/HRC/55/L.12' },
        { symbol: 'A/C.3/79/L.5/Rev.1', organ: 'Third Committee of the General Assembly', session: 'General Assembly regular 79', year: undefined, type: L, versions: 'revision 1', url: 'https://undocs.org/A/C.3/79/L.5/Rev.1' },
        { symbol: 'S/2023/123', organ: 'Security Council', session: undefined, year: 2023, type: 'document', versions: '', url: 'https://undocs.org/S/2023/123' },
      ],
    );
  });

  it('reads the other series of the real texts', () => {
    const summary = (symbol: string) => {
      const s = read(symbol);
      return s && [s.organ, s.session, s.year, s.type, s.versions];
    };
    assert.deepEqual(summary('A/HRC/RES/53/2'), ['Human Rights Council', 'Human Rights Council regular 53', undefined, 'resolution', '']);
    assert.deepEqual(summary('A/HRC/RES/S-35/1'), ['Human Rights Council', 'Human Rights Council special 35', undefined, 'resolution', '']);
    assert.deepEqual(summary('E/RES/2017/18'), ['Economic and Social Council', undefined, 2017, 'resolution', '']);
    assert.deepEqual(summary('S/PRST/2013/12'), ['Security Council', undefined, 2013, 'statement by the President', '']);
    assert.deepEqual(summary('A/ES-10/273/Corr.1'), ['General Assembly', 'General Assembly emergency special 10', undefined, 'document', 'corrigendum 1']);
    assert.deepEqual(summary('A/RES/S-27/2'), ['General Assembly', 'General Assembly special 27', undefined, 'resolution', '']);
    assert.deepEqual(summary('A/C.6/78/SR.47'), ['Sixth Committee of the General Assembly', 'General Assembly regular 78', undefined, 'summary record of meeting 47', '']);
    assert.deepEqual(summary('A/78/53/Add.1/Corr.2'), ['General Assembly', 'General Assembly regular 78', undefined, 'document', 'addendum 1, corrigendum 2']);
    assert.deepEqual(summary('A/RES/2200(XXI)'), ['General Assembly', 'General Assembly regular 21', undefined, 'resolution', '']);
    assert.deepEqual(summary('CEDAW/C/GC/38'), ['Committee on the Elimination of Discrimination against Women', undefined, undefined, 'document', '']);
    // A conference's own numbering is not a session of the Assembly; an unknown series keeps its organ unknown.
    assert.deepEqual(summary('A/CONF.157/24'), [undefined, undefined, undefined, 'document', '']);
    assert.deepEqual(summary('CCW/MSP/2024/7'), [undefined, undefined, undefined, 'document', '']);
    assert.equal(parseUnSymbol('HIV/AIDS'), undefined);
    assert.equal(parseUnSymbol('A/RES/78'), undefined);
  });

  it('writes the symbol of a cited resolution from its organ and number', () => {
    assert.equal(resolutionSymbol('General Assembly', '64/293'), 'A/RES/64/293');
    assert.equal(resolutionSymbol('General Assembly', '75/254 A to C'), 'A/RES/75/254');
    assert.equal(resolutionSymbol('General Assembly', 'ES-10/24'), 'A/RES/ES-10/24');
    assert.equal(resolutionSymbol('General Assembly', '2200 A (XXI)'), 'A/RES/2200(XXI)');
    assert.equal(resolutionSymbol('General Assembly', '1996/31'), undefined);
    assert.equal(resolutionSymbol('Security Council', '2712 (2023)'), 'S/RES/2712 (2023)');
    assert.equal(resolutionSymbol('Economic and Social Council', '2002/68'), 'E/RES/2002/68');
    assert.equal(resolutionSymbol('Human Rights Council', '53/2'), 'A/HRC/RES/53/2');
    assert.equal(resolutionSymbol('Commission on the Status of Women', '68/1'), undefined);
  });
});

/** A General Assembly draft of the eightieth session, in our own words, citing in every form. */
const DRAFT = [
  '<!--',
  'symbol: A/C.3/80/L.99',
  '-->',
  '',
  'The General Assembly,',
  '',
  '*Recalling* its resolutions 70/1 of 25 September 2015 and',
  '71/313 of 6 July 2017, Security Council resolution 2712 (2023) of 15 November 2023 and Human Rights Council resolution 53/2 of 11 July 2023,',
  '',
  '*Recalling also* Economic and Social Council resolution 2002/68 of 25 July 2002 and the report of the Council (E/2002/68/Add.1), and the recommendation made by the Human Rights Council in its resolution 14/7 of 17 June 2010,',
  '',
  '*Taking note* of the reports of the Secretary-General (A/78/119 and A/RES/78/228) and of draft resolution A/C.3/79/L.5/Rev.1, of S/RES/2712',
  '(2023) and of A/HRC/55/L.12, annex, resolution 4/1,',
  '',
  '1. *Requests* the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of resolution 64/293 of 30',
  'July 2010.',
  '',
].join('\n');

describe('resolutions and documents cited in a text', () => {
  const doc = parseResolution(DRAFT);
  const mentions = citedSymbols(doc).mentions;

  it('finds each resolution and symbol, across line breaks, with its organ, symbol and date', () => {
    assert.deepEqual(
      mentions.map((m) => [m.kind, m.written, m.organ, m.symbol?.symbol, m.date?.text, lineOf(DRAFT, m.span.start)]),
      [
        ['resolution', '70/1', 'General Assembly', 'A/RES/70/1', '25 September 2015', 7],
        ['resolution', '71/313', 'General Assembly', 'A/RES/71/313', '6 July 2017', 8],
        ['resolution', '2712 (2023)', 'Security Council', 'S/RES/2712 (2023)', '15 November 2023', 8],
        ['resolution', '53/2', 'Human Rights Council', 'A/HRC/RES/53/2', '11 July 2023', 8],
        ['resolution', '2002/68', 'Economic and Social Council', 'E/RES/2002/68', '25 July 2002', 10],
        ['document', 'E/2002/68/Add.1', 'Economic and Social Council', 'E/2002/68/Add.1', undefined, 10],
        ['resolution', '14/7', 'Human Rights Council', 'A/HRC/RES/14/7', '17 June 2010', 10],
        ['document', 'A/78/119', 'General Assembly', 'A/78/119', undefined, 12],
        ['document', 'A/RES/78/228', 'General Assembly', 'A/RES/78/228', undefined, 12],
        ['document', 'A/C.3/79/L.5/Rev.1', 'Third Committee of the General Assembly', 'A/C.3/79/L.5/Rev.1', undefined, 12],
        ['document', 'S/RES/2712 (2023)', 'Security Council', 'S/RES/2712 (2023)', undefined, 12],
        ['document', 'A/HRC/55/L.12', 'Human Rights Council', 'A/HRC/55/L.12', undefined, 13],
        // "A/HRC/55/L.12, annex, resolution 4/1": a resolution printed in another document, organ unknown.
        ['resolution', '4/1', undefined, undefined, undefined, 13],
        ['resolution', '64/293', 'General Assembly', 'A/RES/64/293', '30 July 2010', 15],
      ],
    );
  });

  it('finds the sessions named in words, with the body they belong to', () => {
    assert.deepEqual(citedSymbols(doc).sessions.map((s) => [s.number, s.body, s.form, lineOf(DRAFT, s.span.start)]), [[81, 'General Assembly', 'at its', 15]]);
  });

  it('knows the session of the text from its symbol, its resolution number or its masthead', () => {
    assert.deepEqual(assemblySession(doc), { number: 80, source: 'A/C.3/80/L.99' });
    assert.deepEqual(assemblySession(parseResolution(blocks('General Assembly', 'Distr.: General', '22 December 2023', 'Seventy-eighth session', 'Agenda item 107', 'Resolution adopted by the General Assembly on 19 December 2023', '78/228. Improving coordination', 'The General Assembly,', '1. *Decides* to remain seized of the matter.'))), { number: 78, source: 'the masthead ("Seventy-eighth session")' });
    assert.deepEqual(assemblySession(parseResolution(blocks('General Assembly', 'Distr.: Limited', '13 November 2024', 'Original: English', 'Seventy-ninth session', 'Third Committee', 'Agenda item 27', 'The General Assembly,', '1. *Decides* to remain seized of the matter.'))), { number: 79, source: 'the masthead ("Seventy-ninth session")' });
    assert.deepEqual(assemblySession(parseResolution(blocks('General Assembly', 'Distr.: General', '22 December 2023', 'Resolution adopted by the General Assembly on 19 December 2023', '78/228. Improving coordination', 'The General Assembly,', '1. *Decides* to remain seized of the matter.'))), { number: 78, source: 'resolution 78/228' });
    assert.equal(assemblySession(parseResolution(blocks('The General Assembly,', '1. *Decides* to remain seized of the matter.'))), undefined);
    // A Human Rights Council draft counts the Council's sessions, not the Assembly's.
    assert.equal(assemblySession(parseResolution(blocks('<!--\nsymbol: A/HRC/55/L.12\n-->', 'The Human Rights Council,', '1. *Decides* to remain seized of the matter.'))), undefined);
  });

  it('hovers a cited resolution with its symbol, organ, session and years, date and link', () => {
    const at = DRAFT.indexOf('64/293') + 2;
    const hover = symbolHover(doc, at)!;
    assert.equal(DRAFT.slice(hover.span.start, hover.span.end), '64/293');
    assert.equal(
      hover.markdown,
      [
        '**General Assembly resolution 64/293**',
        '',
        '- Symbol: A/RES/64/293',
        '- Organ: General Assembly',
        '- Session: sixty-fourth session (September 2009 to September 2010)',
        '- Type: resolution',
        '- Adopted: 30 July 2010 (as cited here)',
        '- Official document: [undocs.org/A/RES/64/293](https://undocs.org/A/RES/64/293)',
      ].join('\n'),
    );
    // The date belongs to the citation too.
    assert.equal(symbolHover(doc, DRAFT.indexOf('July 2010.'))?.markdown, hover.markdown);
  });

  it('hovers a document symbol with what its components say', () => {
    assert.equal(
      symbolHover(doc, DRAFT.indexOf('A/C.3/79/L.5/Rev.1') + 5)!.markdown,
      [
        '**A/C.3/79/L.5/Rev.1**',
        '',
        '- Organ: Third Committee of the General Assembly',
        '- Session: seventy-ninth session (September 2024 to September 2025)',
        '- Type: limited distribution (L.): a draft resolution, decision or amendment; revision 1',
        '- Official document: [undocs.org/A/C.3/79/L.5/Rev.1](https://undocs.org/A/C.3/79/L.5/Rev.1)',
      ].join('\n'),
    );
    assert.equal(
      symbolHover(doc, DRAFT.indexOf('E/2002/68/Add.1'))!.markdown,
      ['**E/2002/68/Add.1**', '', '- Organ: Economic and Social Council', '- Year: 2002', '- Type: document; addendum 1', '- Official document: [undocs.org/E/2002/68/Add.1](https://undocs.org/E/2002/68/Add.1)'].join('\n'),
    );
    assert.equal(
      symbolHover(doc, DRAFT.indexOf('A/HRC/55/L.12'))!.markdown,
      ['**A/HRC/55/L.12**', '', '- Organ: Human Rights Council', '- Session: fifty-fifth session of the Human Rights Council', '- Type: limited distribution (L.): a draft resolution, decision or amendment', '- Official document: [undocs.org/A/HRC/55/L.12](https://undocs.org/A/HRC/55/L.12)'].join('\n'),
    );
    assert.equal(symbolHover(doc, DRAFT.indexOf('Recalling')), undefined);
  });

  it('shows what it does not know as unknown', () => {
    const unknown = mentions.find((m) => m.written === '4/1')!;
    assert.deepEqual(describeMention(unknown), { title: 'Resolution 4/1', documentType: 'resolution', organ: undefined, adopted: undefined });
    assert.equal(symbolHover(doc, unknown.span.start)!.markdown, ['**Resolution 4/1**', '', '- Symbol: unknown', '- Organ: unknown', '- Type: resolution'].join('\n'));
  });

  it('links every resolution and document whose symbol it knows to undocs.org', () => {
    assert.deepEqual(
      symbolLinks(doc).map((l) => [DRAFT.slice(l.span.start, l.span.end), l.url]),
      [
        ['70/1', 'https://undocs.org/A/RES/70/1'],
        ['71/313', 'https://undocs.org/A/RES/71/313'],
        ['2712 (2023)', 'https://undocs.org/S/RES/2712(2023)'],
        ['53/2', 'https://undocs.org/A/HRC/RES/53/2'],
        ['2002/68', 'https://undocs.org/E/RES/2002/68'],
        ['E/2002/68/Add.1', 'https://undocs.org/E/2002/68/Add.1'],
        ['14/7', 'https://undocs.org/A/HRC/RES/14/7'],
        ['A/78/119', 'https://undocs.org/A/78/119'],
        ['A/RES/78/228', 'https://undocs.org/A/RES/78/228'],
        ['A/C.3/79/L.5/Rev.1', 'https://undocs.org/A/C.3/79/L.5/Rev.1'],
        ['S/RES/2712\n(2023)', 'https://undocs.org/S/RES/2712(2023)'],
        ['A/HRC/55/L.12', 'https://undocs.org/A/HRC/55/L.12'],
        ['64/293', 'https://undocs.org/A/RES/64/293'],
      ],
    );
  });

  it('draws no finding from the citation and session rules: every date, session and symbol agrees', () => {
    assert.deepEqual(lint(doc).filter((f) => /^UNR04/.test(f.ruleId)), []);
  });
});
