import { child, childrenNamed, type XmlElement } from './xml';

/** A paragraph's list membership: which numbering instance and which level. */
export interface NumberingReference {
  readonly numId: string;
  /** Undefined when a style gives the numbering without a level: the level that names the style is used. */
  readonly level?: number;
}

interface StyleDefinition {
  readonly basedOn?: string;
  readonly italic?: boolean;
  readonly strike?: boolean;
  readonly hidden?: boolean;
  readonly numbering?: NumberingReference;
}

/** Whether an on/off property such as `<w:i/>` or `<w:i w:val="false"/>` is on; undefined when absent. */
export function onOff(properties: XmlElement | undefined, name: string): boolean | undefined {
  const property = child(properties, name);
  if (!property) return undefined;
  const value = property.attributes['w:val'];
  return value === undefined || !['false', '0', 'off'].includes(value);
}

/** The numbering a `w:numPr` gives, if any. */
export function numberingOf(paragraphProperties: XmlElement | undefined): NumberingReference | undefined {
  const numPr = child(paragraphProperties, 'w:numPr');
  if (!numPr) return undefined;
  const numId = child(numPr, 'w:numId')?.attributes['w:val'];
  const level = child(numPr, 'w:ilvl')?.attributes['w:val'];
  if (numId === undefined) return undefined;
  return level === undefined ? { numId } : { numId, level: Number(level) || 0 };
}

/**
 * The styles of styles.xml that bear on reading: italics, strike-through and hidden text of
 * character and paragraph styles, and the numbering of paragraph styles, each through its
 * `basedOn` chain.
 */
export class Styles {
  readonly #styles = new Map<string, StyleDefinition>();
  readonly defaultParagraphStyle: string | undefined;
  readonly #defaultItalic: boolean | undefined;

  constructor(root: XmlElement | undefined) {
    let defaultParagraphStyle: string | undefined;
    for (const style of root ? childrenNamed(root, 'w:style') : []) {
      const id = style.attributes['w:styleId'];
      if (id === undefined) continue;
      const runProperties = child(style, 'w:rPr');
      this.#styles.set(id, {
        basedOn: child(style, 'w:basedOn')?.attributes['w:val'],
        italic: onOff(runProperties, 'w:i'),
        strike: onOff(runProperties, 'w:strike') ?? onOff(runProperties, 'w:dstrike'),
        hidden: onOff(runProperties, 'w:vanish'),
        numbering: numberingOf(child(style, 'w:pPr')),
      });
      if (style.attributes['w:type'] === 'paragraph' && ['1', 'true', 'on'].includes(style.attributes['w:default'] ?? '')) defaultParagraphStyle = id;
    }
    this.defaultParagraphStyle = defaultParagraphStyle;
    const defaults = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    this.#defaultItalic = onOff(defaults, 'w:i');
  }

  /** The first value a property has along a style's `basedOn` chain. */
  #inherited<K extends keyof StyleDefinition>(styleId: string | undefined, key: K): StyleDefinition[K] | undefined {
    const seen = new Set<string>();
    let id = styleId;
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const style = this.#styles.get(id);
      if (!style) return undefined;
      if (style[key] !== undefined) return style[key];
      id = style.basedOn;
    }
    return undefined;
  }

  /** A run property from the run's character style, then its paragraph's style, then the document defaults. */
  runProperty(property: 'italic' | 'strike' | 'hidden', runStyle: string | undefined, paragraphStyle: string | undefined): boolean {
    return (
      this.#inherited(runStyle, property) ??
      this.#inherited(paragraphStyle ?? this.defaultParagraphStyle, property) ??
      (property === 'italic' ? this.#defaultItalic : undefined) ??
      false
    );
  }

  /** The numbering a paragraph style gives its paragraphs. */
  numbering(paragraphStyle: string | undefined): NumberingReference | undefined {
    return this.#inherited(paragraphStyle ?? this.defaultParagraphStyle, 'numbering');
  }
}
