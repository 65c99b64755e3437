import * as assert from 'node:assert/strict';
import { completionsAt, lint, parseResolution, type Finding } from '../../server/src/core';
import { blocks, lineOf, quoted } from '../support/ruleFindings';

// Drafts written for these tests, in French and Spanish, with the words of the vocabularies
// unres reads (data/languages/): each clean draft gives no finding, each defect its rule's.

const findingsOf = (text: string, ruleId?: string): Finding[] => lint(parseResolution(text)).filter((f) => ruleId === undefined || f.ruleId === ruleId);

/** The English phrases a French or Spanish draft must never be told to write. */
const ENGLISH_OPENERS = /"(?:Decides|Requests|Urges|Reaffirms|Recalls|Recalling|Also|Further|The General Assembly)\b/;

describe('French and Spanish drafts: suggestions, fixes and completions in the draft\'s language', () => {
  const frenchTypo = blocks(
    "L'Assemblée générale,",
    '*Rappelant* sa résolution 64/292 du 28 juillet 2010 sur le droit à l’eau potable,',
    '1. *Réaffirmee* que l’accès à l’eau potable est un droit de l’homme ;',
    '2. *Prie* le Secrétaire général de lui faire rapport à sa quatre-vingt-deuxième session.',
  );
  const spanishTypo = blocks(
    'La Asamblea General,',
    '*Recordando* su resolución 64/292, de 28 de julio de 2010,',
    '1. *Apruena* el programa de trabajo que figura en el anexo;',
    '2. *Hace suya* la declaración de la reunión de alto nivel.',
  );

  it('offers the French or Spanish verb nearest to a misspelt one, and its fix writes that verb', () => {
    const fr = findingsOf(frenchTypo, 'UNR002');
    assert.deepEqual(
      fr.map((f) => [lineOf(frenchTypo, f.span.start), quoted(frenchTypo, f), f.fixes.map((x) => x.title)]),
      [[5, 'Réaffirmee', ['Change to "Réaffirme"']]],
    );
    assert.match(fr[0].message, /"Réaffirmee" opening paragraph 1 is not a standard operative verb; did you mean "Réaffirme"\?/);
    const es = findingsOf(spanishTypo, 'UNR002');
    assert.deepEqual(
      es.map((f) => [quoted(spanishTypo, f), f.fixes.map((x) => x.title)]),
      [['Apruena', ['Change to "Aprueba"']]],
    );
  });

  it('offers the nearest French or Spanish preambular phrase', () => {
    const fr = blocks("L'Assemblée générale,", '*Rapelant* sa résolution 64/292 du 28 juillet 2010,', '1. *Prie* le Secrétaire général de lui faire rapport.');
    assert.deepEqual(findingsOf(fr, 'UNR005').map((f) => [quoted(fr, f), f.fixes.map((x) => x.title)]), [['Rapelant', ['Change to "Rappelant"']]]);
    const es = blocks('La Asamblea General,', '*Recordanndo* su resolución 64/292, de 28 de julio de 2010,', '1. *Aprueba* el programa de trabajo.');
    assert.deepEqual(findingsOf(es, 'UNR005').map((f) => [quoted(es, f), f.fixes.map((x) => x.title)]), [['Recordanndo', ['Change to "Recordando"']]]);
  });

  it('never suggests an English phrase in a French or Spanish draft', () => {
    for (const text of [frenchTypo, spanishTypo]) {
      for (const f of findingsOf(text)) {
        assert.doesNotMatch(f.message, ENGLISH_OPENERS, f.message);
        for (const fix of f.fixes) assert.doesNotMatch(fix.title, ENGLISH_OPENERS, fix.title);
      }
    }
  });

  it('quotes the draft\'s own preambular phrases when none is in italics', () => {
    const fr = blocks(
      'Le Conseil de sécurité,',
      'Rappelant ses résolutions antérieures sur la question,',
      'Vivement préoccupé par la situation humanitaire,',
      'Rappelant également la déclaration de son président,',
      '1. *Décide* de rester saisi de la question.',
    );
    assert.deepEqual(findingsOf(fr, 'UNR006').map((f) => f.message), [
      'None of the 3 preambular opening phrases is in italics; official texts italicize each one ("*Rappelant*", "*Vivement préoccupé par*").',
    ]);
    const es = blocks('La Asamblea General,', 'Recordando su resolución 64/292, de 28 de julio de 2010,', '1. *Aprueba* el programa de trabajo.');
    assert.deepEqual(findingsOf(es, 'UNR006').map((f) => f.message), [
      'The preambular opening phrase is not in italics; official texts italicize each one ("*Recordando*").',
    ]);
  });

  it('names the opening line of the draft\'s language when it is missing', () => {
    const fr = blocks('*Rappelant* sa résolution 64/292 du 28 juillet 2010,', '1. *Prie* le Secrétaire général de lui faire rapport.');
    const frDoc = parseResolution(`<!-- unres-language: fr -->\n\n${fr}`);
    const messages = lint(frDoc).filter((f) => f.ruleId === 'UNR003').map((f) => f.message);
    assert.deepEqual(messages, ['No opening line such as "L\'Assemblée générale," was found before the paragraphs.']);
    const es = parseResolution(`<!-- unres-language: es -->\n\n${blocks('*Recordando* su resolución 64/292,', '1. *Aprueba* el programa de trabajo.')}`);
    assert.deepEqual(
      lint(es).filter((f) => f.ruleId === 'UNR003').map((f) => f.message),
      ['No opening line such as "La Asamblea General," was found before the paragraphs.'],
    );
  });

  it('completes the opening line and the opening phrases in the draft\'s language', () => {
    const empty = '<!-- unres-language: fr -->\n\nL';
    const lines = completionsAt(parseResolution(empty), empty.length).map((i) => i.label);
    assert.ok(lines.includes("L'Assemblée générale,"), lines.join(' | '));
    assert.ok(lines.every((label) => !label.startsWith('The ')), lines.join(' | '));

    const fr = blocks("L'Assemblée générale,", '*Rappelant* sa résolution 64/292 du 28 juillet 2010,', '1. *Prie* le Secrétaire général de lui faire rapport ;', '');
    const items = completionsAt(parseResolution(fr), fr.length - 1);
    const labels = items.map((i) => i.label);
    assert.ok(labels.includes('Prie également'), labels.join(' | '));
    assert.ok(labels.includes('Réaffirme'), labels.join(' | '));
    assert.ok(!labels.some((label) => /^(?:Requests|Decides|Also)\b/.test(label)), labels.join(' | '));
    assert.equal(items.find((i) => i.label === 'Prie également')?.newText, '2. *Prie également* ');

    const es = blocks('La Asamblea General,', '*Recordando* su resolución 64/292, de 28 de julio de 2010,', '');
    const esLabels = completionsAt(parseResolution(es), es.length - 1).map((i) => i.label);
    assert.ok(esLabels.includes('Recordando también'), esLabels.join(' | '));
    assert.ok(esLabels.includes('Aprueba'), esLabels.join(' | '));
    assert.ok(!esLabels.some((label) => /^(?:Recalling|Requests|Decides)\b/.test(label)), esLabels.join(' | '));
  });
});

describe('French and Spanish sub-paragraphs "a)", "i)" (conventions SP-04)', () => {
  const french = blocks(
    "L'Assemblée générale,",
    '*Rappelant* sa résolution 64/292 du 28 juillet 2010,',
    '1. *Prie* le Secrétaire général de lui présenter un rapport portant sur :',
    'a) les progrès accomplis dans l’accès à l’eau potable ;',
    'b) les difficultés rencontrées par les États :',
    'i) dans les zones rurales ;',
    'ii) dans les zones urbaines ;',
    '2. *Réaffirme* sa résolution 64/292.',
  );

  it('reads "a)" and "i)" as sub-paragraphs, with their levels, and finds nothing to say', () => {
    const doc = parseResolution(french);
    const subs = doc.operative[0].subparagraphs;
    assert.deepEqual(subs.map((s) => [s.label.text, s.level, s.children.map((c) => c.label.text)]), [
      ['a)', 1, []],
      ['b)', 1, ['i)', 'ii)']],
    ]);
    assert.deepEqual(findingsOf(french, 'UNR001'), []);
  });

  it('reports the English "(a)" in a French or Spanish draft, and relabels it', () => {
    const mixed = french.replace('b) les difficultés', '(b) les difficultés');
    const found = findingsOf(mixed, 'UNR001');
    assert.deepEqual(found.map((f) => [quoted(mixed, f), f.message, f.fixes.map((x) => x.title)]), [
      ['(b)', 'Sub-paragraph (b) stands where b) belongs: sub-paragraphs run a), b), c) ...', ['Relabel as b)']],
    ]);
    const spanish = blocks(
      'La Asamblea General,',
      '*Recordando* su resolución 64/292, de 28 de julio de 2010,',
      '1. *Aprueba* el programa de trabajo, que comprende:',
      'a) la reunión de expertos;',
      'c) el informe final.',
    );
    assert.deepEqual(findingsOf(spanish, 'UNR001').map((f) => f.message), ['Sub-paragraph c) stands where b) belongs: sub-paragraphs run a), b), c) ...']);
  });

  it('completes the next label as the language writes it', () => {
    const text = blocks("L'Assemblée générale,", '1. *Prie* le Secrétaire général de lui présenter un rapport portant sur :', 'a) les progrès accomplis ;', '');
    const labels = completionsAt(parseResolution(text), text.length - 1)
      .filter((i) => i.kind === 'subparagraphLabel')
      .map((i) => i.label);
    assert.deepEqual(labels, ['b)']);
  });

  it('leaves "a)" unread in an English draft, as before', () => {
    const english = blocks('The General Assembly,', '1. *Requests* the Secretary-General to report on:', 'a) progress made;', '(b) difficulties met.');
    assert.equal(parseResolution(english).operative[0].subparagraphs[0].label.text, '(b)');
  });
});

describe('UNR007 in French and Spanish: a repeated phrase marked with the language\'s words', () => {
  it('suggests "Prie également", then "Prie en outre", after the verb as French writes it', () => {
    const text = blocks(
      'Le Conseil des droits de l’homme,',
      '*Rappelant* sa résolution 36/21 du 29 septembre 2017,',
      '*Rappelant* la résolution 60/251 de l’Assemblée générale du 15 mars 2006,',
      '1. *Prie* le Haut-Commissaire de lui présenter un rapport ;',
      '2. *Prie* le Secrétaire général de lui fournir toute l’assistance nécessaire ;',
      '3. *Prie* les États de coopérer pleinement avec le Rapporteur spécial.',
    );
    const found = findingsOf(text, 'UNR007');
    assert.deepEqual(
      found.map((f) => [lineOf(text, f.span.start), quoted(text, f), f.fixes.map((x) => x.title)]),
      [
        [5, 'Rappelant', ['Change to "Rappelant également"']],
        [9, 'Prie', ['Change to "Prie également"']],
        [11, 'Prie', ['Change to "Prie en outre"']],
      ],
    );
    assert.match(found[1].message, /"Prie" opens paragraph 2 as it opened paragraph 1; "Prie également" would mark the repetition/);
    const fixed = found[1].fixes[0].edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
    assert.match(fixed, /2\. \*Prie également\* le Secrétaire général/);
    // The repetition word may stand after the verb outside the italics: the repetition is marked.
    const marked = text.replace('2. *Prie* le', '2. *Prie* également le').replace('3. *Prie* les', '3. *Prie* en outre les');
    assert.deepEqual(findingsOf(marked, 'UNR007').map((f) => lineOf(marked, f.span.start)), [5]);
  });

  it('suggests "Recordando también" and "Aprueba también" in Spanish, and nothing once they are written', () => {
    const text = blocks(
      'La Asamblea General,',
      '*Recordando* su resolución 61/266, de 16 de mayo de 2007,',
      '*Recordando* la Declaración Universal de Derechos Humanos,',
      '1. *Aprueba* el programa de trabajo;',
      '2. *Aprueba* el presupuesto de la reunión.',
    );
    assert.deepEqual(
      findingsOf(text, 'UNR007').map((f) => f.fixes.map((x) => x.title)),
      [['Change to "Recordando también"'], ['Change to "Aprueba también"']],
    );
    const marked = text.replace('*Recordando* la', '*Recordando también* la').replace('2. *Aprueba*', '2. *Aprueba también*');
    assert.deepEqual(findingsOf(marked, 'UNR007'), []);
  });
});

describe('UNR008 in French and Spanish: footnote marks before the punctuation, French spacing and quotation marks', () => {
  it('reports a footnote mark after the punctuation and moves it before, keeping the French space', () => {
    const text = blocks(
      "L'Assemblée générale,",
      '*Rappelant* sa résolution 53/202 du 17 décembre 1998, intitulée « Assemblée du millénaire »,¹',
      '1. *Prend note* du rapport du Secrétaire général ;²',
      '2. *Prie* le Secrétaire général de lui présenter un rapport.',
      '¹ Résolution 53/202.',
      '² A/54/2000.',
    );
    const found = findingsOf(text, 'UNR008');
    assert.deepEqual(
      found.map((f) => [quoted(text, f), f.fixes.map((x) => x.title)]),
      [
        [',¹', ['Move the footnote mark before ","']],
        [' ;²', ['Move the footnote mark before ";"']],
      ],
    );
    assert.match(found[0].message, /The footnote mark ¹ stands after the comma: French and Spanish texts put it before the punctuation \("¹,"\)/);
    const fixed = found.flatMap((f) => f.fixes[0].edits).sort((a, b) => b.span.start - a.span.start).reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
    assert.match(fixed, /« Assemblée du millénaire »¹,\n/);
    assert.match(fixed, /Secrétaire général² ;\n/);
    assert.deepEqual(findingsOf(fixed, 'UNR008'), []);
  });

  it('accepts the Spanish mark before the comma, and reports the English placement', () => {
    const text = blocks(
      'La Asamblea General,',
      '*Recordando* el Pacto Internacional de Derechos Civiles y Políticos¹, en particular su artículo 27,',
      '*Reconociendo* la labor del Foro sobre Cuestiones de las Minorías,²',
      '1. *Aprueba* el programa de trabajo.',
      '¹ Resolución 2200 A (XXI), anexo.',
      '² Véase A/HRC/34/68.',
    );
    assert.deepEqual(findingsOf(text, 'UNR008').map((f) => quoted(text, f)), [',²']);
  });

  it('accepts a space or a no-break space before ";" and ":" in French, as after no space', () => {
    for (const space of ['', ' ', '\u00a0', '\u202f']) {
      const text = blocks(
        "L'Assemblée générale,",
        '*Rappelant* sa résolution 64/292 du 28 juillet 2010,',
        `1. *Prie* le Secrétaire général de lui présenter un rapport portant sur${space}:`,
        `a) les progrès accomplis${space};`,
        `b) les difficultés rencontrées${space};`,
        `2. *Réaffirme* sa résolution 64/292 à sa quatre-vingtième session${space};`,
        '3. *Souligne* la nécessité d’agir sans tarder.',
      );
      assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), [], JSON.stringify(space));
    }
  });

  it('accepts French quotation marks « », and puts a mark inside them outside', () => {
    const clean = blocks(
      "L'Assemblée générale,",
      '*Rappelant* sa résolution 70/1 du 25 septembre 2015, intitulée « Transformer notre monde : le Programme de développement durable à l’horizon 2030 »,',
      '1. *Souligne* la nécessité de « ne laisser personne de côté ».',
    );
    assert.deepEqual(findingsOf(clean, 'UNR008'), []);
    const inside = clean.replace('de côté ».', 'de côté. »');
    const found = findingsOf(inside, 'UNR008');
    assert.deepEqual(found.map((f) => [quoted(inside, f), f.fixes[0].title]), [['. »', 'Put "." outside the quotation mark']]);
    assert.equal(found[0].fixes[0].edits[0].newText, ' ».');
  });
});

describe('Arabic operative numbers: "1 - ", "١ -" and "1." read alike', () => {
  // No official Arabic text is at hand to say which form it prints: every form is read, none reported.
  const arabic = (numbers: readonly string[]): string =>
    blocks(
      'إن الجمعية العامة،',
      'إذ تشير إلى قرارها ٧٠/١،',
      `${numbers[0]} تقرر أن تواصل النظر في المسألة؛`,
      `${numbers[1]} تطلب إلى الأمين العام أن يقدم تقريرا؛`,
      `${numbers[2]} تقرر أن تبقي المسألة قيد نظرها.`,
    );

  it('reads the numbers of each form as numbers, and finds nothing wrong in a clean draft', () => {
    for (const numbers of [['1 -', '2 -', '3 -'], ['١ -', '٢ -', '٣ -'], ['1.', '2.', '3.'], ['١.', '٢.', '٣.']]) {
      const text = arabic(numbers);
      const doc = parseResolution(text);
      assert.equal(doc.language.code, 'ar');
      assert.deepEqual(doc.operative.map((p) => p.number?.value), [1, 2, 3], numbers.join(' '));
      assert.deepEqual(findingsOf(text).map((f) => `${f.ruleId} ${f.message}`), [], numbers.join(' '));
    }
  });

  it('reports a gap in Arabic-Indic numbers and renumbers in those digits', () => {
    const text = arabic(['١ -', '٢ -', '٤ -']);
    const found = findingsOf(text, 'UNR001');
    assert.deepEqual(found.map((f) => f.message), ['Paragraph 4 follows paragraph ٢: paragraph 3 is missing.']);
    const fixed = found[0].fixes[0].edits.reduce((t, e) => t.slice(0, e.span.start) + e.newText + t.slice(e.span.end), text);
    assert.match(fixed, /\n٣ - تقرر أن تبقي/);
  });

  it('leaves "1 - " unread as a number in an English draft', () => {
    const text = blocks('The General Assembly,', '1 - Decides to remain seized of the matter.');
    const doc = parseResolution(text);
    assert.deepEqual([...doc.preamble, ...doc.operative].map((p) => p.number?.value), [undefined]);
  });
});

describe('French and Spanish drafts: phrases the lists do not hold yet', () => {
  // The French and Spanish lists hold only the phrases read in official texts so far: a phrase
  // outside them may be right, and is left alone unless it is one letter from a listed one.
  it('leaves an unlisted operative verb or preambular phrase alone, and reports a slip of one letter', () => {
    const spanish = blocks(
      'La Asamblea General,',
      '*Observando con inquietud* la disminución de los humedales costeros,',
      '*Recordandoo* su resolución 64/292, de 28 de julio de 2010,',
      '1. *Alienta* a los Estados Miembros a que protejan los humedales;',
      '2. *Hace suya* la declaración de la reunión de alto nivel.',
    );
    assert.deepEqual(findingsOf(spanish, 'UNR002'), []);
    assert.deepEqual(
      findingsOf(spanish, 'UNR005').map((f) => [quoted(spanish, f), f.fixes.map((x) => x.title)]),
      [['Recordandoo', ['Change to "Recordando"']]],
    );
    const french = blocks(
      "L'Assemblée générale,",
      '*Rappelant* sa résolution 64/292 du 28 juillet 2010,',
      '1. *Invite* les États Membres à protéger les zones humides ;',
      '2. *Décidee* de poursuivre l’examen de la question.',
    );
    assert.deepEqual(
      findingsOf(french, 'UNR002').map((f) => [lineOf(french, f.span.start), quoted(french, f)]),
      [[7, 'Décidee']],
    );
  });
});

describe('French and Spanish drafts: opening lines the lists do not hold yet', () => {
  it('leaves a line that may be an unread opening line alone, and reports a draft with none', () => {
    const preamble = '*Recordando* sus resoluciones anteriores sobre la cuestión y las declaraciones de su Presidencia,';
    const operative = '1. *Aprueba* el mandato de la misión por un período de doce meses y pide que se le informe con regularidad.';
    const council = blocks('El Consejo de Seguridad,', preamble, operative);
    assert.equal(parseResolution(council).language.code, 'es');
    assert.deepEqual(findingsOf(council, 'UNR003'), []);
    const none = blocks(preamble, operative);
    assert.deepEqual(
      findingsOf(none, 'UNR003').map((f) => f.message),
      ['No opening line such as "La Asamblea General," was found before the paragraphs.'],
    );
  });
});
