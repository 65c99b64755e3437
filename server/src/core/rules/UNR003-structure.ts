import { isStrayPreambular } from '../divisions';
import { OPENING_LINES } from '../language/detectLanguage';
import { languageKnows } from '../language/languageSupport';
import type { Language } from '../language/languages';
import type { IssuingBody } from '../model';
import { lineEnd } from '../parse/units';
import type { Rule } from './rule';

/**
 * The parts of a resolution in their order (conventions STR-01 to STR-03, CLO-01): the opening line
 * ("The General Assembly,") before the paragraphs, no preambular paragraph once the operative part
 * has begun, and the closing lines (meeting and date) in a resolution already adopted, unless its
 * heading names them, as a Security Council resolution's does.
 * Documentation: docs/rules/UNR003.md.
 */
export const structure: Rule = {
  id: 'UNR003',
  alias: 'structure',
  description: 'Opening line, preamble, operative part and closing lines in their order',
  tags: ['structure'],
  defaultSeverity: 'warning',
  options: [],
  fixable: false,
  check(doc, _options, report) {
    // An amendment's quoted paragraphs, a decision's sentence and a note have no opening line,
    // preamble or closing lines of their own; a text not yet anything (a new draft) is a resolution to be.
    if (doc.amendment || doc.decision || doc.documentKind === 'amendment' || doc.documentKind === 'other') return;
    const first = doc.preamble[0] ?? doc.operative[0];
    // In a language whose opening lines unres does not know, a missing one cannot be told from an unread one.
    if (!doc.opening) {
      const start = first?.span.start ?? 0;
      // Where the language's lists lack some organs ("El Consejo de Seguridad," is not read yet), a short line ending with a comma may be an unread one.
      const unreadOpening = !languageKnows(doc.language.code, 'everyOpeningLine') && mayBeOpeningLine(doc.text.slice(0, start));
      if (languageKnows(doc.language.code, 'openingLines') && !unreadOpening) {
        report({ message: `No opening line such as "${expectedOpeningLine(doc.language.code, doc.header.adoption?.body.text ?? doc.header.council?.text ?? doc.header.body?.text)}," was found before the paragraphs.`, span: { start, end: lineEnd(doc.text, start) } });
      }
    } else if (!first) {
      report({ message: 'The resolution has no preambular or operative paragraphs yet.', span: doc.opening.span });
    }
    for (const p of doc.operative) {
      if (isStrayPreambular(p)) {
        report({ message: `A preambular paragraph ("${p.opener!.text} …,") stands in the operative part: the preamble ends where operative paragraph 1 begins.`, span: p.opener!.span });
      }
    }
    // A Security Council heading names the meeting and date of adoption ("Adopted by the Security
    // Council at its 7451st meeting, on 28 May 2015", conventions SC-01): no closing lines follow.
    const last = doc.operative[doc.operative.length - 1];
    if (doc.header.adoption && !doc.header.adoption.meeting && !doc.closing && last) {
      const end = last.span.end;
      const example = doc.language.code === 'en' ? ' ("*50th plenary meeting*")' : '';
      report({ message: `An adopted resolution ends with its closing lines: the meeting${example} and the date of adoption.`, span: { start: end, end } });
    }
  },
};

/**
 * The opening line a drafter would write, in the draft's language: "The General Assembly" in
 * English, "L'Assemblée générale" in French. The body named in the heading when there is one (in
 * English words; in another language its opening line is found by the body), the General
 * Assembly otherwise.
 */
function expectedOpeningLine(language: Language, bodyText: string | undefined): string {
  if (language === 'en') return `The ${bodyText ?? 'General Assembly'}`;
  const lines = OPENING_LINES.filter((entry) => entry.language === language);
  const body: IssuingBody = lines.find((entry) => entry.body === bodyText)?.body ?? 'General Assembly';
  return (lines.find((entry) => entry.body === body) ?? lines[0]).line;
}

/** Whether the text before the paragraphs holds a line that may be an organ's opening line: short, capitalized, ending with a comma, without digits. */
function mayBeOpeningLine(before: string): boolean {
  return before.split(/\r\n|\r|\n/).some((line) => {
    const plain = line.replace(/[*_]/g, '').trim();
    return plain.length <= 60 && /^\p{Lu}[^\d]*,$/u.test(plain);
  });
}
