import { strFromU8 } from 'fflate';
import { DOCX_LIMITS, DocxRefusal, formatBytes } from './limits';
import { parseXmlPart, childrenNamed, type XmlElement } from './xml';
import { BoundedZip } from './zip';

/** The parts of a Word package that the reader reads, each parsed; absent parts are undefined. */
export interface WordPackage {
  readonly document: XmlElement;
  readonly styles?: XmlElement;
  readonly numbering?: XmlElement;
  readonly footnotes?: XmlElement;
  readonly endnotes?: XmlElement;
  readonly comments?: XmlElement;
}

/** The signature of an OLE compound file: a legacy .doc, or a .docx saved with a password (Word wraps it in one). */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RELATIONSHIP_TYPES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELATIONSHIP_TYPES = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

type PartKind = 'styles' | 'numbering' | 'footnotes' | 'endnotes' | 'comments';
const PART_KINDS: readonly PartKind[] = ['styles', 'numbering', 'footnotes', 'endnotes', 'comments'];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/** The part name a relationship target points to, from the folder of the part that holds the relationship. */
function resolveTarget(folder: string, target: string): string {
  const segments = target.startsWith('/') ? [] : folder.split('/').filter((segment) => segment !== '');
  for (const segment of target.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(segment);
  }
  return segments.join('/');
}

/** The relationships of a part (or of the package, for ""): type (last segment) to target part names. */
function relationships(zip: BoundedZip, partName: string): Map<string, string> {
  const slash = partName.lastIndexOf('/');
  const folder = slash < 0 ? '' : partName.slice(0, slash);
  const relsName = `${folder === '' ? '' : `${folder}/`}_rels/${partName.slice(slash + 1)}.rels`;
  const found = new Map<string, string>();
  const bytes = zip.read(relsName);
  if (!bytes) return found;
  for (const relationship of childrenNamed(parseXmlPart(bytes, relsName), 'pr:Relationship')) {
    const type = relationship.attributes['Type'] ?? '';
    const target = relationship.attributes['Target'];
    if (target === undefined || relationship.attributes['TargetMode'] === 'External') continue;
    const kind = type.startsWith(RELATIONSHIP_TYPES) ? type.slice(RELATIONSHIP_TYPES.length) : type.startsWith(STRICT_RELATIONSHIP_TYPES) ? type.slice(STRICT_RELATIONSHIP_TYPES.length) : undefined;
    if (kind !== undefined && !found.has(kind)) found.set(kind, resolveTarget(folder, target));
  }
  return found;
}

/**
 * Opens a .docx from its bytes: checks what kind of file it is, refuses what is not a plain Word
 * document (a legacy or encrypted file, one with macros), and parses the parts that carry the
 * text, its numbering, styles, notes and comments. Throws a `DocxRefusal` with the reason.
 */
export function openWordPackage(bytes: Uint8Array): WordPackage {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new DocxRefusal('encrypted or legacy Word file (an OLE compound file, not a .docx zip): save it as a .docx without a password');
  }
  if (bytes.length > DOCX_LIMITS.archiveBytes) throw new DocxRefusal(`larger than ${formatBytes(DOCX_LIMITS.archiveBytes)}`);
  const zip = new BoundedZip(bytes);
  const contentTypes = zip.read('[Content_Types].xml');
  const macroPart = zip.names.find((name) => /(^|\/)vbaProject\.bin$/i.test(name));
  if (macroPart !== undefined || (contentTypes && /macroEnabled/i.test(strFromU8(contentTypes, true)))) {
    throw new DocxRefusal('macro-enabled Word file (it holds a VBA project): save it as a .docx without macros');
  }
  const main = relationships(zip, '').get('officeDocument') ?? 'word/document.xml';
  if (!zip.has(main)) throw new DocxRefusal(`not a Word document: no ${main}`);
  const partRelationships = relationships(zip, main);
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const partNames = PART_KINDS.map((kind) => [kind, partRelationships.get(kind) ?? `${folder}${kind}.xml`] as const);
  // Sizes from the directory first: a file whose parts together would pass the bound is refused before any is inflated.
  const declared = [main, ...partNames.map(([, name]) => name)].reduce((total, name) => total + zip.declaredSize(name), 0);
  if (declared > DOCX_LIMITS.totalBytes) throw new DocxRefusal(`zip bomb or oversized file: its parts expand past ${formatBytes(DOCX_LIMITS.totalBytes)}`);
  const document = parseXmlPart(zip.read(main) ?? new Uint8Array(), main);
  if (document.name !== 'w:document') throw new DocxRefusal(`not a Word document: ${main} is not WordprocessingML`);
  const parts: Partial<Record<PartKind, XmlElement>> = {};
  for (const [kind, name] of partNames) {
    const partBytes = zip.read(name);
    if (partBytes) parts[kind] = parseXmlPart(partBytes, name);
  }
  return { document, ...parts };
}
