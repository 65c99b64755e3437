// Whether a text found among other files, or opened as plain text or Markdown, is a draft unres
// should check. The command line's folder walk and the editor's detection ask the same question.
import type { ResolutionDocument } from '../model';
import { isUnitedNationsText, parseResolution } from './parseResolution';

/**
 * Markdown with its fenced code blocks (``` or ~~~, to the closing fence or the end) blanked out,
 * line breaks and offsets kept. Rule pages, READMEs and notes show drafts in code blocks: what they
 * quote there is not what they are.
 */
export function withoutFencedCode(text: string): string {
  return text.replace(/^( {0,3})(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^\1?\2[`~]*[ \t]*$|(?![\s\S]))/gm, (block) => block.replace(/[^\r\n]/g, ' '));
}

/**
 * Whether a parsed text stands as a draft on its own: a United Nations text under a masthead, or
 * one that opens like a resolution ("The General Assembly,"), or an amendment. Operative verbs and
 * numbered paragraphs alone, as notes and lists have, are not enough.
 */
export function standsAsDraft(doc: ResolutionDocument): boolean {
  if (!isUnitedNationsText(doc)) return false;
  const header = doc.header;
  const masthead = header.body !== undefined || header.symbol !== undefined || header.sponsorLine !== undefined || header.adoption !== undefined || header.distribution !== undefined;
  return masthead || doc.opening !== undefined || doc.documentKind === 'amendment';
}

/** Whether a plain text or Markdown text is a draft, reading Markdown without its code blocks. */
export function isDraftText(text: string, format: 'markdown' | 'plain', parse: (text: string) => ResolutionDocument = parseResolution): boolean {
  return standsAsDraft(parse(format === 'markdown' ? withoutFencedCode(text) : text));
}
