import type { ResolutionDocument, Span } from '../model';
import { parseResolution } from '../parse/parseResolution';
import { citedSymbols, symbolAt, type SymbolMention } from './symbolMentions';
import { describeSession, type UnSymbol } from './unSymbols';

/** What unres can say about a cited resolution or document, for a hover or `unres lookup`. */
export interface SymbolDescription {
  /** "General Assembly resolution 64/293", "A/C.3/79/L.5/Rev.1". */
  readonly title: string;
  /** The full symbol; undefined when the organ's resolutions have none unres knows. */
  readonly symbol?: string;
  /** Undefined when unknown. */
  readonly organ?: string;
  /** "sixty-fourth session (September 2009 to September 2010)" or "2023". */
  readonly session?: string;
  readonly year?: number;
  /** "resolution", "limited distribution (L.): …", with "revision 1" and the like after it. */
  readonly documentType: string;
  /** The adoption date as the text cites it. */
  readonly adopted?: string;
  readonly url?: string;
}

function sessionText(symbol: UnSymbol): string | undefined {
  if (!symbol.session) return undefined;
  const text = describeSession(symbol.session);
  return symbol.session.body === 'General Assembly' ? text : `${text} of the ${symbol.session.body}`;
}

/** The description of a symbol read on its own ("A/78/119"). */
export function describeSymbol(symbol: UnSymbol): SymbolDescription {
  return {
    title: symbol.symbol,
    symbol: symbol.symbol,
    organ: symbol.organ,
    session: sessionText(symbol),
    year: symbol.year,
    documentType: [symbol.documentType, ...symbol.versions].join('; '),
    url: symbol.url,
  };
}

/** The description of a resolution or document cited in a text. */
export function describeMention(mention: SymbolMention): SymbolDescription {
  if (mention.kind === 'document' && mention.symbol) return describeSymbol(mention.symbol);
  const title = mention.organ ? `${mention.organ} resolution ${mention.written}` : `Resolution ${mention.written}`;
  const base = mention.symbol ? describeSymbol(mention.symbol) : { documentType: 'resolution', organ: mention.organ };
  return { ...base, title, adopted: mention.date?.text };
}

/** The facts of a description, one a line, in the order hovers and `unres lookup` show them; an unknown symbol or organ is "unknown". */
export function descriptionFacts(d: SymbolDescription): Array<{ label: string; value: string }> {
  const facts: Array<{ label: string; value: string }> = [];
  if (d.symbol !== d.title) facts.push({ label: 'Symbol', value: d.symbol ?? 'unknown' });
  facts.push({ label: 'Organ', value: d.organ ?? 'unknown' });
  if (d.session) facts.push({ label: 'Session', value: d.session });
  if (d.year !== undefined) facts.push({ label: 'Year', value: String(d.year) });
  facts.push({ label: 'Type', value: d.documentType });
  if (d.adopted) facts.push({ label: 'Adopted', value: `${d.adopted} (as cited here)` });
  return facts;
}

/** The description as Markdown, one fact a line; a fact unres does not know is shown as unknown. */
export function descriptionMarkdown(d: SymbolDescription): string {
  const lines = [`**${d.title}**`, '', ...descriptionFacts(d).map((f) => `- ${f.label}: ${f.value}`)];
  if (d.url) lines.push(`- Official document: [${d.url.replace('https://', '')}](${d.url})`);
  return lines.join('\n');
}

/** The hover for the resolution or document cited at an offset: its span and Markdown. */
export function symbolHover(doc: ResolutionDocument, offset: number): { span: Span; markdown: string } | undefined {
  const mention = symbolAt(doc, offset);
  return mention && { span: mention.span, markdown: descriptionMarkdown(describeMention(mention)) };
}

/** The links to the official documents cited in a text: each number or symbol with its undocs.org address. */
export function symbolLinks(doc: ResolutionDocument): Array<{ span: Span; symbol: string; url: string }> {
  return citedSymbols(doc).mentions.flatMap((m) => (m.symbol ? [{ span: m.span, symbol: m.symbol.symbol, url: m.symbol.url }] : []));
}

/** The resolutions and documents a short text cites ("resolution 64/293", "A/RES/78/228"), described; a resolution with no organ named is the General Assembly's. */
export function describeCitations(text: string): Array<{ written: string; kind: SymbolMention['kind']; description: SymbolDescription }> {
  const doc = parseResolution(text);
  return citedSymbols(doc).mentions.map((m) => ({ written: m.written, kind: m.kind, description: describeMention(m) }));
}
