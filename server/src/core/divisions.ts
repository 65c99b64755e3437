import type { Division, Paragraph, ResolutionDocument } from './model';

/**
 * How the divisions of a text (sections, parts, annexes, introduced texts) bear on its numbering
 * and its punctuation: which operative paragraphs are numbered together, which end a sentence.
 */

/** The divisions from a paragraph's own out to the outermost, as indexes into `doc.divisions`. */
function divisionPath(doc: ResolutionDocument, index: number | undefined): number[] {
  const path: number[] = [];
  // Each division's parent comes before it: the walk ends.
  for (let at = index; at !== undefined && path.length < doc.divisions.length; at = doc.divisions[at].parent) path.push(at);
  return path;
}

/**
 * Whether an operative paragraph is a preambular paragraph that stands in the operative part: no
 * number, a preambular opening phrase ("Recalling also") and a comma at its end. UNR003 reports
 * it as out of place; it is not an operative paragraph that lacks its number, so numbering and
 * operative punctuation leave it alone (numbering it would make fix-all reword it next).
 */
export function isStrayPreambular(p: Paragraph): boolean {
  return p.kind === 'operative' && !p.number && p.opener?.vocabulary === 'preambular' && p.punctuation?.char === ',';
}

/**
 * The runs of operative paragraphs of the resolution that are numbered 1, 2, 3 … together
 * (a preambular paragraph standing among them, `isStrayPreambular`, is in none). A
 * resolution in sections or parts numbers each one anew ("1." again under "II") or runs on
 * through them ("30." opening section III after "29."): a division whose first numbered paragraph
 * takes up the number after the last one runs on, any other starts a run of its own, and so do
 * its unnumbered paragraphs (a section may hold a lone unnumbered paragraph).
 */
export function numberingRuns(doc: ResolutionDocument): Paragraph[][] {
  const runs: Paragraph[][] = [];
  const operative = doc.operative.filter((p) => !isStrayPreambular(p));
  let lastNumber: number | undefined;
  for (let i = 0; i < operative.length; i++) {
    const p = operative[i];
    const previous = operative[i - 1];
    if (!previous || p.division !== previous.division) {
      const firstNumbered = firstNumberedFrom(operative, i);
      const runsOn = previous !== undefined && firstNumbered?.number !== undefined && lastNumber !== undefined && firstNumbered.number.value === lastNumber + 1 && firstNumbered.number.value !== 1;
      if (!runsOn) runs.push([]);
    }
    runs[runs.length - 1].push(p);
    if (p.number) lastNumber = p.number.value;
  }
  return runs;
}

/**
 * The run of `numberingRuns` each reference points into, for references in text order: the run of
 * the section or part it stands in, its preamble included ("paragraph 3 below" there means paragraph
 * 3 of that section), else the last run that starts before it, else the first. One sweep.
 */
export function runsOfReferences(doc: ResolutionDocument, runs: readonly Paragraph[][], offsets: readonly number[]): number[] {
  const starts = runs.map((run) => {
    const division = run[0].division;
    return division === undefined ? run[0].span.start : Math.min(doc.divisions[division].span.start, run[0].span.start);
  });
  let run = 0;
  return offsets.map((offset) => {
    while (run + 1 < runs.length && starts[run + 1] <= offset) run++;
    return run;
  });
}

/** The first numbered paragraph of the division `operative[from]` opens (its paragraphs are consecutive). */
function firstNumberedFrom(operative: readonly Paragraph[], from: number): Paragraph | undefined {
  const division = operative[from].division;
  for (let i = from; i < operative.length && operative[i].division === division; i++) {
    if (operative[i].number) return operative[i];
  }
  return undefined;
}

/**
 * The operative paragraphs that close a sentence: a resolution is one sentence, and so is each
 * part that opens again with "The General Assembly,". The last paragraph of a sentence ends with
 * a full stop; a section ends with a semicolon, the sentence going on into the next.
 */
export function sentenceEnds(doc: ResolutionDocument): Set<Paragraph> {
  const ends = new Set<Paragraph>();
  const own = [...doc.preamble, ...doc.operative.filter((p) => !isStrayPreambular(p))].sort((a, b) => a.span.start - b.span.start);
  const openings = doc.divisions.filter((d) => d.own && d.opening).map((d) => d.opening!.span.start);
  let next = 0;
  for (let i = 0; i < own.length; i++) {
    const p = own[i];
    const following = own[i + 1];
    while (next < openings.length && openings[next] < p.span.end) next++;
    const opensAgain = following !== undefined && next < openings.length && openings[next] < following.span.start;
    if (p.kind === 'operative' && (!following || opensAgain)) ends.add(p);
  }
  return ends;
}

/** The division a paragraph's text introduces with its closing colon (a text it adopts, a table), if any. */
export function introducedDivision(doc: ResolutionDocument, p: Paragraph): Division | undefined {
  return doc.divisions.find((d) => d.kind === 'introduced' && d.introducedBy === p);
}

/**
 * The paragraphs of the annexed and introduced texts, grouped by text: each annex, each text a
 * paragraph introduces. Their own numbering is checked within each.
 */
export function annexedTexts(doc: ResolutionDocument): Paragraph[][] {
  const byText = new Map<number, Paragraph[]>();
  for (const p of doc.annexed) {
    const path = divisionPath(doc, p.division);
    const top = path.find((d) => doc.divisions[d].kind === 'annex' || doc.divisions[d].kind === 'introduced') ?? -1;
    const list = byText.get(top) ?? [];
    list.push(p);
    byText.set(top, list);
  }
  return [...byText.values()];
}
