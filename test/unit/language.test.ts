import * as assert from 'node:assert/strict';
import { checkLanguage, detectLanguage, lint, parseResolution, readLanguage, readProjectConfig, RULES } from '../../server/src/core';
import { cleanDraftLines } from '../support/drafts';

/** A draft in Russian, written for the tests: paragraph 3 is missing and footnote 2 has no text. */
const RUSSIAN_DRAFT = [
  'Генеральная Ассамблея,',
  '',
  '*ссылаясь* на свои предыдущие резолюции о праве на безопасную питьевую воду,',
  '',
  '1. *призывает* государства-члены привлекать сельских женщин к планированию водной инфраструктуры;',
  '',
  '2. *предлагает* Детскому фонду Организации Объединенных Наций делиться опытом²;',
  '',
  '4. *просит* Генерального секретаря представить доклад на восемьдесят третьей сессии.',
].join('\n');

/** A draft in Chinese, written for the tests, with full-width punctuation. */
const CHINESE_DRAFT = ['大会，', '', '1. *敦促*会员国让农村妇女参与水利基础设施的规划；', '', '2. *请*秘书长在第八十三届会议上提交报告；'].join('\n');

/** A draft in Arabic, written for the tests, right to left. */
const ARABIC_DRAFT = ['إن الجمعية العامة،', '', '1 - *تحث* الدول الأعضاء على إشراك المرأة الريفية في تخطيط البنية التحتية للمياه؛', '', '2 - *تطلب* إلى الأمين العام أن يقدم تقريرا.'].join('\n');

describe('language: which language a draft is written in', () => {
  it('reads English from the texts unres has always read', () => {
    assert.deepEqual(detectLanguage(cleanDraftLines().join('\n')), { code: 'en', basis: 'opening-line' });
    assert.equal(parseResolution(cleanDraftLines().join('\n')).language.code, 'en');
    assert.deepEqual(detectLanguage(''), { code: 'en', basis: 'default' });
  });

  it('reads Russian, Arabic and Chinese from their script', () => {
    assert.deepEqual(detectLanguage(RUSSIAN_DRAFT), { code: 'ru', basis: 'script' });
    assert.deepEqual(detectLanguage(ARABIC_DRAFT), { code: 'ar', basis: 'script' });
    assert.deepEqual(detectLanguage(CHINESE_DRAFT), { code: 'zh', basis: 'script' });
    // A few Cyrillic names in an English draft do not make it Russian.
    assert.equal(detectLanguage(`${cleanDraftLines().join('\n')}\n\nThanks to Ирина and Дмитрий for the comments.`).code, 'en');
  });

  it('reads French and Spanish from the words when nothing else says', () => {
    const french = 'Le Secrétaire général présente des propositions sur la coopération entre les organismes des Nations Unies et les États Membres dans le domaine du développement, et sur les moyens qui sont mis à la disposition du système.';
    assert.deepEqual(detectLanguage(french), { code: 'fr', basis: 'words' });
    const spanish = 'El Secretario General presenta propuestas sobre la cooperación entre los organismos de las Naciones Unidas y los Estados Miembros en el ámbito del desarrollo, y sobre los medios que se ponen a disposición del sistema por parte de los donantes.';
    assert.deepEqual(detectLanguage(spanish), { code: 'es', basis: 'words' });
  });

  it('reads the version from its masthead when the opening line is not there yet', () => {
    // A masthead typed before the text: the name of the original language is written in the version's language.
    const masthead = (lines: string[]) => ['United Nations', 'A/80/L.12', '', ...lines, '', 'Eightieth session', ''].join('\n');
    assert.deepEqual(detectLanguage(masthead(['Original : anglais'])), { code: 'fr', basis: 'masthead' });
    assert.deepEqual(detectLanguage(masthead(['Original: English'])), { code: 'en', basis: 'masthead' });
    assert.deepEqual(detectLanguage(masthead(['Original: French'])), { code: 'en', basis: 'masthead' });
    // The opening line, once typed, settles it; a line of text that merely holds the words does not.
    assert.equal(detectLanguage(`${masthead(['Original : anglais'])}\nLa Asamblea General,\n`).code, 'es');
    assert.equal(detectLanguage(masthead(['The delegation noted that the Original: anglais label was wrong.'])).basis, 'default');
  });

  it('lets a comment in the file, then the setting, say the language', () => {
    const draft = cleanDraftLines().join('\n');
    const commented = `<!-- unres-language: français -->\n${draft}`;
    assert.deepEqual(detectLanguage(commented), { code: 'fr', basis: 'comment', span: { start: 0, end: commented.indexOf('\n') } });
    assert.equal(detectLanguage(commented, 'es').code, 'fr');
    assert.deepEqual(detectLanguage(draft, 'es'), { code: 'es', basis: 'setting' });
    // A comment that names no language is no setting.
    assert.equal(detectLanguage(`<!-- unres-language: Klingon -->\n${draft}`).code, 'en');
    assert.equal(parseResolution(draft, { language: 'ru' }).language.code, 'ru');
  });

  it('reads a language from a setting by its code or its name, and names what is none', () => {
    assert.equal(readLanguage('FR'), 'fr');
    assert.equal(readLanguage('Spanish'), 'es');
    assert.equal(readLanguage('español'), 'es');
    assert.equal(readLanguage(3), undefined);
    assert.deepEqual(checkLanguage('fr', 'language'), { language: 'fr', problems: [] });
    assert.match(checkLanguage('Latin', 'language').problems[0].message, /^language: "Latin" is not a language: use one of "en", "fr", "es", "ru", "ar", "zh"/);
    const project = readProjectConfig('{ "language": "French", "rules": { "UNR004": "off" } }', RULES);
    assert.equal(project.language, 'fr');
    assert.deepEqual(project.problems, []);
    assert.equal(readProjectConfig('{ "language": 12 }', RULES).language, undefined);
  });
});

describe('language: drafts in Russian, Arabic and Chinese', () => {
  it('checks what does not depend on the words: numbering and footnotes, and nothing of the vocabulary', () => {
    const findings = lint(parseResolution(RUSSIAN_DRAFT));
    assert.deepEqual(
      findings.map((f) => [f.ruleId, RUSSIAN_DRAFT.slice(f.span.start, f.span.end)]),
      [
        ['UNR020', '²'],
        ['UNR023', '²'],
        ['UNR001', '4'],
      ],
    );
  });

  it('reads Chinese full-width punctuation as the marks it stands for, and fixes in the same marks', () => {
    assert.deepEqual(lint(parseResolution(CHINESE_DRAFT)).map((f) => f.ruleId), ['UNR008']);
    const [last] = lint(parseResolution(CHINESE_DRAFT));
    assert.match(last.message, /the last operative paragraph ends with a full stop/);
    assert.deepEqual(last.fixes[0].edits.map((e) => e.newText), ['。']);
  });

  it('takes the full-width "。" as the full stop that ends a Chinese footnote, and adds it where it is missing', () => {
    const withNotes = (note1: string, note2: string): string => [CHINESE_DRAFT.replace('提交报告；', '提交报告。'), '', '___', '', `¹ ${note1}`, `² ${note2}`].join('\n').replace('农村妇女', '农村妇女¹').replace('基础设施', '基础设施²');
    assert.deepEqual(lint(parseResolution(withNotes('联合国，《条约汇编》，第1249卷，第20378号。', '见A/80/38。'))), []);
    const missing = withNotes('联合国，《条约汇编》，第1249卷，第20378号', '见A/80/38。');
    const found = lint(parseResolution(missing));
    assert.deepEqual(found.map((f) => [f.ruleId, f.message, f.fixes[0].edits[0].newText]), [['UNR024', 'Footnote 1 does not end with a full stop ("。").', '。']]);
  });

  it('reads an Arabic draft without a crash or a word of English advice', () => {
    const doc = parseResolution(ARABIC_DRAFT);
    assert.equal(doc.language.code, 'ar');
    assert.deepEqual(lint(doc), []);
  });
});
