import { SaxesParser } from 'saxes';
import { strFromU8 } from 'fflate';
import { DOCX_LIMITS, DocxRefusal } from './limits';

/** An XML element with its name and attribute names written with the prefixes of `PREFIXES`. */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
}

/** An element, or the text of a text-holding element (`w:t`, `w:delText`, `w:instrText`, `m:t`). */
export type XmlNode = XmlElement | string;

/**
 * The namespaces read, each under the prefix Word writes for it, so code can compare "w:p" whatever
 * prefix a file uses. Strict Open XML's WordprocessingML namespace reads as the transitional one.
 */
const PREFIXES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/math': 'm',
  'http://purl.oclc.org/ooxml/officeDocument/math': 'm',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'pr',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'urn:schemas-microsoft-com:vml': 'v',
};

/** Elements whose text is kept; the whitespace between other elements is layout of the XML. */
const TEXT_ELEMENTS = new Set(['w:t', 'w:delText', 'w:instrText', 'm:t']);

function prefixed(uri: string, local: string): string {
  const prefix = PREFIXES[uri];
  return prefix === undefined ? local : `${prefix}:${local}`;
}

interface OpenElement {
  readonly name: string;
  readonly attributes: Record<string, string>;
  children: XmlNode[];
}

/** Shared by every element without attributes or children, which are most of a part (`<w:i/>`, `<w:b/>` …). */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({}) as Record<string, string>;
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];

function append(parent: OpenElement, node: XmlNode): void {
  if (parent.children === NO_CHILDREN) parent.children = [];
  parent.children.push(node);
}

/**
 * Parses one part of a package into elements, refusing what Word never writes and what would cost
 * without bound: a part that is not well-formed XML, one that declares a document type (entity
 * definitions), and nesting deeper than `DOCX_LIMITS.xmlDepth`.
 */
export function parseXmlPart(bytes: Uint8Array, partName: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: OpenElement[] = [];
  let root: OpenElement | undefined;
  let elements = 0;
  parser.on('error', (error) => {
    throw new DocxRefusal(`malformed XML in ${partName}: ${error.message.split('\n')[0]}`);
  });
  parser.on('doctype', () => {
    throw new DocxRefusal(`${partName} declares a document type, which Word never writes`);
  });
  parser.on('opentag', (tag) => {
    if (stack.length >= DOCX_LIMITS.xmlDepth) throw new DocxRefusal(`XML too deep: ${partName} nests elements more than ${DOCX_LIMITS.xmlDepth} deep`);
    if (++elements > DOCX_LIMITS.xmlElements) throw new DocxRefusal(`XML too big: ${partName} has more than ${DOCX_LIMITS.xmlElements} elements`);
    let attributes = NO_ATTRIBUTES;
    for (const attribute of Object.values(tag.attributes)) {
      if (attribute.prefix === 'xmlns' || attribute.name === 'xmlns') continue;
      if (attributes === NO_ATTRIBUTES) attributes = {};
      attributes[prefixed(attribute.uri, attribute.local)] = attribute.value;
    }
    const element: OpenElement = { name: prefixed(tag.uri, tag.local), attributes, children: NO_CHILDREN };
    if (stack.length > 0) append(stack[stack.length - 1], element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const keepText = (text: string): void => {
    const open = stack[stack.length - 1];
    if (open && TEXT_ELEMENTS.has(open.name)) append(open, text);
  };
  parser.on('text', keepText);
  parser.on('cdata', keepText);
  let text: string;
  try {
    text = strFromU8(bytes);
  } catch {
    throw new DocxRefusal(`malformed XML in ${partName}: not UTF-8`);
  }
  parser.write(text).close();
  if (!root) throw new DocxRefusal(`malformed XML in ${partName}: no root element`);
  return root;
}

/** The child elements of an element with this name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The first child element with this name. */
export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!element) return undefined;
  for (const node of element.children) if (typeof node !== 'string' && node.name === name) return node;
  return undefined;
}

/** The element at the end of a path of child names. */
export function descendant(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  let current = element;
  for (const name of names) current = child(current, name);
  return current;
}

/** The text of an element: its own text nodes, or for a container, that of its text-holding descendants. */
export function textOf(element: XmlElement): string {
  let text = '';
  for (const node of element.children) text += typeof node === 'string' ? node : textOf(node);
  return text;
}

/** Whether an element or one of its descendants has this name. */
export function contains(element: XmlElement, name: string): boolean {
  for (const node of element.children) {
    if (typeof node !== 'string' && (node.name === name || contains(node, name))) return true;
  }
  return false;
}
