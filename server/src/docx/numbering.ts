import type { NumberingReference, Styles } from './styles';
import { child, childrenNamed, type XmlElement } from './xml';

const LEVELS = 9;

/** One level of a list definition (`w:lvl`). */
interface LevelDefinition {
  readonly start: number;
  readonly format: string;
  readonly text: string;
  /** The level restarts when a level whose 0-based index is below this is used (0: never). */
  readonly restartBelow: number;
  readonly legal: boolean;
  readonly paragraphStyle?: string;
}

/** A numbering instance (`w:num`): its list definition and the levels it overrides. */
interface NumberingInstance {
  readonly abstractId: string;
  readonly startOverrides: ReadonlyMap<number, number>;
  readonly levelOverrides: ReadonlyMap<number, LevelDefinition>;
}

/** A number as Word shows it before a paragraph, or why it may not be. */
export interface ResolvedNumber {
  readonly label: string;
  /** A number format unres does not write (Word's `ordinalText`, `chineseCounting` …), written as a decimal. */
  readonly unknownFormat?: string;
}

function level(lvl: XmlElement, index: number): LevelDefinition {
  const value = (name: string): string | undefined => child(lvl, name)?.attributes['w:val'];
  const restart = value('w:lvlRestart');
  const legal = child(lvl, 'w:isLgl');
  return {
    start: Number(value('w:start') ?? '0') || 0,
    format: value('w:numFmt') ?? 'decimal',
    text: value('w:lvlText') ?? '',
    // w:lvlRestart="n" restarts the level after a use of level n (1-based) or a level above it; by default any level above restarts it.
    restartBelow: restart === undefined ? index : Number(restart) || 0,
    legal: legal !== undefined && !['false', '0', 'off'].includes(legal.attributes['w:val'] ?? ''),
    paragraphStyle: value('w:pStyle'),
  };
}

function levelsOf(abstractNum: XmlElement): Map<number, LevelDefinition> {
  const levels = new Map<number, LevelDefinition>();
  for (const lvl of childrenNamed(abstractNum, 'w:lvl')) {
    const index = Number(lvl.attributes['w:ilvl'] ?? '0');
    if (index >= 0 && index < LEVELS) levels.set(index, level(lvl, index));
  }
  return levels;
}

const ROMAN: readonly [number, string][] = [
  [1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'],
  [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i'],
];

function roman(value: number): string {
  let rest = value;
  let text = '';
  for (const [amount, letters] of ROMAN) {
    while (rest >= amount) {
      text += letters;
      rest -= amount;
    }
  }
  return text;
}

/** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not carried as in spreadsheets). */
function letters(value: number): string {
  if (value <= 0) return '';
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

const KNOWN_FORMATS = new Set(['decimal', 'decimalZero', 'lowerLetter', 'upperLetter', 'lowerRoman', 'upperRoman', 'bullet', 'none']);

function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(value);
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerRoman':
      return roman(value);
    case 'upperRoman':
      return roman(value).toUpperCase();
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'none':
      return '';
    default:
      return String(value);
  }
}

/** A bullet drawn from a symbol font's private-use character is written as the bullet it shows. */
function bulletText(text: string): string {
  return /^[\uf000-\uf0ff]$/.test(text) ? '•' : text;
}

/**
 * Word's automatic paragraph numbering (numbering.xml), resolved to the numbers Word shows. Counts
 * are kept per list definition, so instances of one definition continue each other's numbering,
 * as in Word, unless an instance restarts a level with `w:startOverride` at its first paragraph.
 */
export class NumberingCounter {
  readonly #abstractLevels = new Map<string, Map<number, LevelDefinition>>();
  readonly #instances = new Map<string, NumberingInstance>();
  readonly #counts = new Map<string, (number | undefined)[]>();
  readonly #overridesApplied = new Set<string>();

  constructor(
    root: XmlElement | undefined,
    styles: Styles,
  ) {
    if (!root) return;
    const styleLinks = new Map<string, string>();
    for (const abstractNum of childrenNamed(root, 'w:abstractNum')) {
      const id = abstractNum.attributes['w:abstractNumId'];
      if (id === undefined) continue;
      this.#abstractLevels.set(id, levelsOf(abstractNum));
      const link = child(abstractNum, 'w:numStyleLink')?.attributes['w:val'];
      if (link !== undefined) styleLinks.set(id, link);
    }
    for (const num of childrenNamed(root, 'w:num')) {
      const numId = num.attributes['w:numId'];
      const abstractId = child(num, 'w:abstractNumId')?.attributes['w:val'];
      if (numId === undefined || abstractId === undefined) continue;
      const startOverrides = new Map<number, number>();
      const levelOverrides = new Map<number, LevelDefinition>();
      for (const override of childrenNamed(num, 'w:lvlOverride')) {
        const index = Number(override.attributes['w:ilvl'] ?? '0');
        const start = child(override, 'w:startOverride')?.attributes['w:val'];
        if (start !== undefined) startOverrides.set(index, Number(start) || 0);
        const lvl = child(override, 'w:lvl');
        if (lvl) levelOverrides.set(index, level(lvl, index));
      }
      this.#instances.set(numId, { abstractId, startOverrides, levelOverrides });
    }
    // A definition that only points at a numbering style takes the levels of the list that style uses.
    for (const [id, styleId] of styleLinks) {
      const linkedNumId = styles.numbering(styleId)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.#instances.get(linkedNumId);
      const levels = linked && this.#abstractLevels.get(linked.abstractId);
      if (levels && levels.size > 0) this.#abstractLevels.set(id, levels);
    }
  }

  #level(instance: NumberingInstance, index: number): LevelDefinition | undefined {
    return instance.levelOverrides.get(index) ?? this.#abstractLevels.get(instance.abstractId)?.get(index);
  }

  /**
   * Counts a numbered paragraph and returns the number Word shows before it; undefined for a
   * paragraph that is not numbered (no instance, `w:numId` 0, or an instance without the level).
   */
  next(reference: NumberingReference, paragraphStyle: string | undefined): ResolvedNumber | undefined {
    const instance = this.#instances.get(reference.numId);
    if (!instance) return undefined;
    let index = reference.level;
    if (index === undefined) {
      const levels = this.#abstractLevels.get(instance.abstractId);
      index = [...(levels ?? new Map<number, LevelDefinition>())].find(([, definition]) => paragraphStyle !== undefined && definition.paragraphStyle === paragraphStyle)?.[0] ?? 0;
    }
    if (index < 0 || index >= LEVELS) return undefined;
    const definition = this.#level(instance, index);
    if (!definition) return undefined;
    let counts = this.#counts.get(instance.abstractId);
    if (!counts) {
      counts = new Array<number | undefined>(LEVELS).fill(undefined);
      this.#counts.set(instance.abstractId, counts);
    }
    if (!this.#overridesApplied.has(reference.numId)) {
      this.#overridesApplied.add(reference.numId);
      for (const [overridden, start] of instance.startOverrides) counts[overridden] = start - 1;
    }
    counts[index] = (counts[index] ?? definition.start - 1) + 1;
    for (let deeper = index + 1; deeper < LEVELS; deeper++) {
      const restartBelow = this.#level(instance, deeper)?.restartBelow ?? deeper;
      if (index < restartBelow) counts[deeper] = undefined;
    }
    if (definition.format === 'bullet') return { label: bulletText(definition.text) };
    const label = definition.text.replace(/%([1-9])/g, (_, digit: string) => {
      const shown = Number(digit) - 1;
      const shownLevel = this.#level(instance, shown);
      const value = counts[shown] ?? shownLevel?.start ?? 1;
      return formatNumber(value, definition.legal ? 'decimal' : (shownLevel?.format ?? 'decimal'));
    });
    const format = definition.format;
    return KNOWN_FORMATS.has(format) ? { label } : { label, unknownFormat: format };
  }
}
