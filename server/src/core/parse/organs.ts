/**
 * The organ of a cited resolution, read from the words around the citation the way an editor reads
 * them: the organ named before the number ("United Nations Environment Assembly resolution 5/14"),
 * after it ("resolution 6/14 of 1 March 2024 of the United Nations Environment Assembly",
 * "resolution 6/8 on promoting sustainable lifestyles, adopted by the Environment Assembly"), or
 * earlier in the clause as the body acting ("the decision by the Environment Assembly at its resumed
 * fifth session, in resolution 5/14", "the Conference adopted resolution 10/6").
 *
 * A body is recognized by the noun its name is built on (ORGAN_HEAD, mined from the official texts:
 * see data/organs.ts), not by a list of names: "Conference of the States Parties to the United
 * Nations Convention against Corruption", "Economic and Social Commission for Asia and the Pacific".
 */
import { ORGAN_HEADS } from '../data/organs';

const HEAD = new RegExp(`\\b(?:${ORGAN_HEADS.map((h) => h.noun).join('|')})\\b`);
/** Small words inside a body's name: "Conference of the Parties to the … Convention against …". */
const LINK_WORD = '(?:of|the|to|on|for|and|against|with)';
const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const NAME_WORD = `(?!${MONTH}\\b)[A-Z][\\p{L}’'-]*`;
/** A name right at the end of a stretch of text (a comma may follow it): "… United Nations Environment Assembly". */
const NAME_AT_END = new RegExp(`(?<![\\p{L}\\d’'*-])(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${LINK_WORD})){0,24}),?\\s*$`, 'u');
/** A name at the start of a stretch of text: "United Nations Environment Assembly, entitled …". */
const NAME_AT_START = new RegExp(`^(${NAME_WORD}(?:\\s+(?:${NAME_WORD}|${LINK_WORD})){0,24})`, 'u');
const LEADING_LINK_WORDS = new RegExp(`^(?:${LINK_WORD}\\s+)+`);
const TRAILING_LINK_WORDS = new RegExp(`(?:\\s+${LINK_WORD})+$`);
/** A verb, participle or small word opening a paragraph, clause or footnote, not part of a name: "Recalling", "Welcomes", "See". */
const OPENING_VERB = /^(?:[A-Z][a-z]+ing|[A-Z][a-z]+s|See|Also|And|As|At|By|In|On|The|This|To|With)\s+/;

const FULL_COUNCIL = /(Security Council|Human Rights Council|Economic and Social Council|Trusteeship Council)$/;

/**
 * Whether words are a body's name: a noun of ORGAN_HEADS with at most five capitalized words before
 * it ("United Nations Environment Assembly", "Economic and Social Commission for Asia …"), not a
 * phrase that only mentions a body ("Working Group on the Universal Periodic Review of the Human
 * Rights Council").
 */
function isBodyName(name: string): boolean {
  const head = HEAD.exec(name);
  return head !== null && NAME_BEFORE_HEAD.test(name.slice(0, head.index));
}
const NAME_BEFORE_HEAD = /^(?:[A-Z][\p{L}’'-]*\s+(?:and\s+)?){0,5}$/u;

/**
 * The name of a body in `words`, cleaned of the small words around it; undefined when they name no
 * body. Read from the end (the body nearest the citation after it: "… and the Environment
 * Assembly", "Commission and Assembly") or from the start.
 */
export function bodyName(words: string, from: 'end' | 'start' = 'end'): string | undefined {
  let name = words.replace(/\s+/g, ' ').replace(LEADING_LINK_WORDS, '').replace(TRAILING_LINK_WORDS, '');
  while (OPENING_VERB.test(name) && !HEAD.test(name.split(' ')[0])) name = name.replace(OPENING_VERB, '');
  if (from === 'start') return isBodyName(name) && /^[A-Z]/.test(name) ? name : undefined;
  // The longest ending that is a body's name and does not join two bodies.
  const starts = [0, ...[...name.matchAll(/ (?=[A-Z])/g)].map((m) => m.index! + 1)];
  for (const start of starts) {
    const candidate = name.slice(start);
    const joined = /^(.*?) and (?:the )?(.*)$/.exec(candidate);
    if (joined && HEAD.test(joined[1]) && isBodyName(joined[2])) continue;
    if (isBodyName(candidate)) return candidate;
  }
  return undefined;
}

/**
 * What a body's name says about whose resolution it is: "General Assembly" or a bare "Assembly"
 * (the Assembly speaking of itself), one of the councils of the Charter, a bare "Council" (the
 * council named last before it, settled by the caller), or another body, named as written.
 */
export function organOfName(name: string): string {
  const bare = name.replace(/ of the United Nations$/, '');
  if (bare === 'Assembly' || /(?:^| )General Assembly$/.test(bare)) return 'General Assembly';
  const council = FULL_COUNCIL.exec(bare);
  if (council) return council[1];
  return name;
}

/** The body named right at the end of `before` ("… Environment Assembly", "Indian Ocean Tuna Commission,"), if any. */
export function bodyAtEnd(before: string): string | undefined {
  const m = NAME_AT_END.exec(before);
  // "… Environment Assembly and of resolution": the name must reach the end.
  return m && !TRAILING_LINK_WORDS.test(m[1]) ? bodyName(m[1]) : undefined;
}

/** The body named at the start of `after` ("the" already read), if any, and the words it was read from. */
export function bodyAtStart(after: string): { name: string; length: number } | undefined {
  const m = NAME_AT_START.exec(after);
  const name = m && bodyName(m[1], 'start');
  return name ? { name, length: m[1].length } : undefined;
}

const FOOTNOTE_MARK = /^,?[⁰¹²³⁴⁵⁶⁷⁸⁹]+/;
/** ", entitled “Enhancing circular economy …”," after a citation. */
const ENTITLED = /^,?\s*entitled\s+[“"][^”"]{0,400}[”"],?/;
/** "of the United Nations Environment Assembly", "by the Conference of the Parties …". */
const OF_THE_BODY = /^,?\s*(?:of|by|adopted\s+by)\s+the\s+/;
/**
 * "on promoting sustainable lifestyles, adopted by the …", "and all its subsequent versions adopted
 * by the …": lower-case words only (a name in between would be what was adopted) and no other
 * resolution or decision.
 */
const SUBJECT_THEN_ADOPTED_BY = /^(?:[\s,]+(?!resolutions?\b|decisions?\b)[a-z][\p{Ll}’'-]*|[\s,]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+){1,20}[\s,]+(?:as\s+)?adopted\s+by\s+the\s+/u;

/** The body named after a citation's last number and date: "… of the Conference of the Parties to …". */
export function bodyAfter(after: string): string | undefined {
  let rest = after.slice(0, 600).replace(FOOTNOTE_MARK, '');
  const entitled = ENTITLED.exec(rest);
  if (entitled) rest = rest.slice(entitled[0].length).replace(FOOTNOTE_MARK, '');
  const direct = OF_THE_BODY.exec(rest) ?? SUBJECT_THEN_ADOPTED_BY.exec(rest.slice(0, 300));
  return direct ? bodyAtStart(rest.slice(direct[0].length))?.name : undefined;
}

/** The words that carry a name on after its noun: "of the Parties to the … Convention against …", "for Asia", "on the Status of Women". */
const NAME_CONTINUES = new RegExp(`^\\s+(?:of|for|on|against)(?:\\s+(?:${NAME_WORD}|${LINK_WORD})(?![\\p{L}]))*`, 'u');

/** "of the Parties to …", "for Asia and the Pacific", but not "… and the Human Rights Council", another body. */
function continuation(after: string): string {
  const on = NAME_CONTINUES.exec(after)?.[0] ?? '';
  for (const and of on.matchAll(/\s+and\s+(?:the\s+)?/g)) {
    if (HEAD.test(on.slice(and.index! + and[0].length))) return on.slice(0, and.index);
  }
  return on;
}

export interface NamedBody {
  readonly name: string;
  /** Where the name ends in the stretch. */
  readonly end: number;
  /** Whether "resolution" follows the name: the body is the organ of a citation ("Human Rights Council resolution 53/2"). */
  readonly qualifiesCitation: boolean;
}

/** Every body named in a stretch of text, in order. */
export function bodiesIn(stretch: string): NamedBody[] {
  const out: NamedBody[] = [];
  const heads = new RegExp(HEAD.source, 'g');
  let lastEnd = -1;
  for (let m = heads.exec(stretch); m; m = heads.exec(stretch)) {
    const headEnd = m.index + m[0].length;
    if (m.index < lastEnd) continue;
    const back = NAME_AT_END.exec(stretch.slice(Math.max(0, lastEnd, m.index - 200), headEnd));
    const on = continuation(stretch.slice(headEnd, headEnd + 300));
    const words = (back ? back[1] : m[0]) + on;
    const name = bodyName(words);
    const continued = on.replace(TRAILING_LINK_WORDS, '');
    lastEnd = headEnd + continued.length;
    if (!name) continue;
    const end = lastEnd;
    out.push({ name, end, qualifiesCitation: /^[\s,]*resolutions?\b/.test(stretch.slice(end)) });
  }
  return out;
}
