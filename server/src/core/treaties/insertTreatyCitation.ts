import { untsCitation, type Treaty } from '../data/treaties';
import { insertFootnote, type FootnoteInsertion } from '../footnotes/renumberFootnotes';
import type { ResolutionDocument } from '../model';
import { treatyMentions, type TreatyMention } from './treatyMentions';
import { BUNDLED_TREATY_TABLE, type TreatyTable } from './treatyTable';

/** What "Insert treaty citation" does, or why it does nothing. */
export type TreatyCitationInsertion =
  | { readonly ok: true; readonly treaty: Treaty; readonly insertion: FootnoteInsertion }
  /** `needsTreaty`: no treaty is named at or before the place, so the person should choose one. */
  | { readonly ok: false; readonly message: string; readonly needsTreaty?: boolean };

/** The treaty named at the offset, or the last one named before it in the same paragraph. */
function mentionAtOrBefore(doc: ResolutionDocument, offset: number, table: TreatyTable, treatyId?: string): TreatyMention | undefined {
  let found: TreatyMention | undefined;
  for (const mention of treatyMentions(doc, table)) {
    if (mention.span.start > offset) break;
    if (treatyId !== undefined && mention.treaty.id !== treatyId) continue;
    const covers = mention.parts.some((part) => part.start <= offset && offset <= part.end);
    if (covers || !/\n[ \t]*\n/.test(doc.text.slice(mention.span.end, offset))) found = mention;
    else found = undefined;
  }
  return found;
}

/**
 * "Insert treaty citation" at an offset: a footnote with the treaty's United Nations citation
 * ("United Nations, *Treaty Series*, vol. 2237, No. 39574.") after the treaty named at or before
 * the offset in its paragraph, or after the treaty `treatyId` where it is named there; the mark
 * goes after a comma or semicolon that closes the name, as UN texts print it ("Crime,¹"), and the
 * notes after it are renumbered. With `treatyId` and no mention of it there, the mark goes at the
 * offset. Nothing is inserted for a treaty whose citation the table lacks.
 */
export function treatyCitationInsertion(doc: ResolutionDocument, offset: number, table: TreatyTable = BUNDLED_TREATY_TABLE, treatyId?: string): TreatyCitationInsertion {
  const chosen = treatyId !== undefined ? table.byId(treatyId) : undefined;
  if (treatyId !== undefined && !chosen) return { ok: false, message: `No treaty in the table has the id "${treatyId}".` };
  const mention = mentionAtOrBefore(doc, offset, table, treatyId);
  const treaty = chosen ?? mention?.treaty;
  if (!treaty) return { ok: false, message: 'No treaty is named at or before the cursor in this paragraph.', needsTreaty: true };
  const citation = untsCitation(treaty);
  if (citation === undefined) {
    return { ok: false, message: `The treaty table has no Treaty Series volume and number for the ${treaty.title} (unknown), so no citation was inserted.` };
  }
  let at = offset;
  if (mention) {
    at = mention.span.end;
    if (/[,;]/.test(doc.text[at] ?? '')) at++;
  }
  const insertion = insertFootnote(doc, at, `${citation}.`);
  if (!insertion) return { ok: false, message: `A footnote mark already stands after the ${treaty.title}: no second mark was put beside it.` };
  return { ok: true, treaty, insertion };
}

/** A treaty a person can choose to cite: its id, its title and its *Treaty Series* citation without the italics' asterisks. */
export interface CitableTreaty {
  readonly id: string;
  readonly title: string;
  readonly citation: string;
}

/** The treaties of a table that have a *Treaty Series* citation, for a person to choose one to cite. */
export function citableTreaties(table: TreatyTable = BUNDLED_TREATY_TABLE): CitableTreaty[] {
  return table.treaties.flatMap((treaty) => {
    const citation = untsCitation(treaty);
    return citation === undefined ? [] : [{ id: treaty.id, title: treaty.title, citation: citation.replace(/\*/g, '') }];
  });
}
