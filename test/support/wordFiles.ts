/**
 * Word files built by the tests: the parts of a .docx written as WordprocessingML, as Word writes
 * them (runs split where an editor's session changed, revisions with author and date, numbering
 * in numbering.xml), zipped with fflate.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES = `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"`;
const REVISION = 'w:author="Facilitator" w:date="2026-11-02T10:00:00Z"';
const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Escapes text for XML. */
export function xmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A run of text, in italics if asked. */
export function run(text: string, options: { italic?: boolean; strike?: boolean; style?: string } = {}): string {
  const properties = `${options.style ? `<w:rStyle w:val="${options.style}"/>` : ''}${options.italic ? '<w:i/><w:iCs/>' : ''}${options.strike ? '<w:strike/>' : ''}`;
  return `<w:r>${properties ? `<w:rPr>${properties}</w:rPr>` : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;
}

/** An italic run. */
export function italic(text: string): string {
  return run(text, { italic: true });
}

/** The properties that put a paragraph in a list at a level. */
export function listItem(numId: number, level = 0): string {
  return `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>`;
}

/** A paragraph with these properties (`w:pPr` content) and runs. */
export function paragraph(content: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${content}</w:p>`;
}

/** Plain paragraphs, one a line. */
export function paragraphs(...lines: string[]): string {
  return lines.map((line) => paragraph(run(line))).join('');
}

/** An insertion tracked by Word. */
export function inserted(content: string, id = 901): string {
  return `<w:ins w:id="${id}" ${REVISION}>${content}</w:ins>`;
}

/** A deletion tracked by Word: its runs hold `w:delText`. */
export function deleted(text: string, id = 902, options: { italic?: boolean } = {}): string {
  return `<w:del w:id="${id}" ${REVISION}><w:r>${options.italic ? '<w:rPr><w:i/></w:rPr>' : ''}<w:delText xml:space="preserve">${xmlText(text)}</w:delText></w:r></w:del>`;
}

/** A reference to a footnote of footnotes.xml. */
export function footnoteReference(id: number): string {
  return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${id}"/></w:r>`;
}

/** A footnote of footnotes.xml, as Word writes it (its mark repeated at its start). */
export function footnote(id: number, content: string): string {
  return `<w:footnote w:id="${id}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>${run(' ')}${content}</w:p></w:footnote>`;
}

/** A level of a list definition. */
export interface ListLevel {
  readonly format: string;
  readonly text: string;
  readonly start?: number;
  readonly restart?: number;
}

/** A list definition (`w:abstractNum`) with its levels from level 0. */
export function listDefinition(id: number, levels: readonly ListLevel[]): string {
  const lvls = levels
    .map(
      (level, index) =>
        `<w:lvl w:ilvl="${index}"><w:start w:val="${level.start ?? 1}"/><w:numFmt w:val="${level.format}"/>${level.restart !== undefined ? `<w:lvlRestart w:val="${level.restart}"/>` : ''}<w:lvlText w:val="${xmlText(level.text)}"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="${720 * (index + 1)}" w:hanging="360"/></w:pPr></w:lvl>`,
    )
    .join('');
  return `<w:abstractNum w:abstractNumId="${id}"><w:multiLevelType w:val="hybridMultilevel"/>${lvls}</w:abstractNum>`;
}

/** A numbering instance of a list definition, restarting levels at the values given. */
export function listInstance(numId: number, abstractId: number, startOverrides: Readonly<Record<number, number>> = {}): string {
  const overrides = Object.entries(startOverrides)
    .map(([level, start]) => `<w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride>`)
    .join('');
  return `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${overrides}</w:num>`;
}

/** The operative-paragraph list UN drafts use: "1." then "(a)" then "(i)". */
export const OPERATIVE_LIST = listDefinition(0, [
  { format: 'decimal', text: '%1.' },
  { format: 'lowerLetter', text: '(%2)' },
  { format: 'lowerRoman', text: '(%3)' },
]);

/** A comment of comments.xml. */
export function comment(id: number, author: string, text: string): string {
  return `<w:comment w:id="${id}" w:author="${xmlText(author)}" w:date="2026-11-02T10:00:00Z" w:initials="F"><w:p>${run(text)}</w:p></w:comment>`;
}

/** Runs anchored to a comment. */
export function commented(id: number, content: string): string {
  return `<w:commentRangeStart w:id="${id}"/>${content}<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;
}

/** The parts of a Word file: the body's content and, optionally, the other parts' content. */
export interface WordParts {
  readonly body: string;
  /** `w:abstractNum` and `w:num` elements. */
  readonly numbering?: string;
  /** `w:style` elements. */
  readonly styles?: string;
  /** `w:footnote` elements (the separators are added). */
  readonly footnotes?: string;
  readonly comments?: string;
  /** `w:endnote` elements. */
  readonly endnotes?: string;
  /** Other entries of the zip, by name. */
  readonly extraEntries?: Readonly<Record<string, Uint8Array | string>>;
  /** The main document's content type. */
  readonly documentContentType?: string;
  /** Leave word/document.xml out. */
  readonly withoutDocument?: boolean;
}

const WORD_STYLES = `<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="20"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr></w:style>`;

const SEPARATORS = `<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`;

function part(root: string, content: string): Uint8Array {
  return strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:${root} ${NAMESPACES}>${content}</w:${root}>`);
}

/** A .docx file holding these parts. */
export function wordFile(parts: WordParts): Uint8Array {
  const documentType = parts.documentContentType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
  const relationships: [string, string][] = [['styles', 'styles.xml']];
  const files: Zippable = {
    'word/styles.xml': part('styles', WORD_STYLES + (parts.styles ?? '')),
  };
  if (!parts.withoutDocument) {
    files['word/document.xml'] = part('document', `<w:body>${parts.body}<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body>`);
  }
  if (parts.numbering !== undefined) {
    files['word/numbering.xml'] = part('numbering', parts.numbering);
    relationships.push(['numbering', 'numbering.xml']);
  }
  if (parts.footnotes !== undefined) {
    files['word/footnotes.xml'] = part('footnotes', SEPARATORS + parts.footnotes);
    relationships.push(['footnotes', 'footnotes.xml']);
  }
  if (parts.endnotes !== undefined) {
    files['word/endnotes.xml'] = part('endnotes', parts.endnotes);
    relationships.push(['endnotes', 'endnotes.xml']);
  }
  if (parts.comments !== undefined) {
    files['word/comments.xml'] = part('comments', parts.comments);
    relationships.push(['comments', 'comments.xml']);
  }
  const overrides = [
    `<Override PartName="/word/document.xml" ContentType="${documentType}"/>`,
    ...relationships.map(([kind, target]) => `<Override PartName="/word/${target}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.${kind}+xml"/>`),
  ].join('');
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${RELATIONSHIP}/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships
      .map(([kind, target], i) => `<Relationship Id="rId${i + 1}" Type="${RELATIONSHIP}/${kind}" Target="${target}"/>`)
      .join('')}</Relationships>`,
  );
  for (const [name, content] of Object.entries(parts.extraEntries ?? {})) files[name] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: 6 });
}
