import { LANGUAGES, readLanguage, type Language } from './language/languages';
import type { Severity } from './findings';
import { readJson } from './jsonText';
import { LineIndex } from './lineIndex';
import { checkPhraseList, EXTRA_PHRASES_OPTION } from './phrasing/extraPhrases';
import type { Rule, RuleOptions } from './rules/rule';

/** How one rule, alias or tag is configured: off, a severity, or a severity with options. */
export type RuleSetting = 'off' | Severity | { readonly severity?: 'off' | Severity; readonly options?: RuleOptions };

/**
 * Rule configuration, as `.unres.json` and the editor settings give it: keys are rule ids
 * ("UNR001"), aliases ("operative-numbering") or tags ("numbering").
 */
export type RuleConfig = Readonly<Record<string, RuleSetting>>;

/** A rule as it runs: its severity (or off) and its options. */
export interface ResolvedRule {
  readonly rule: Rule;
  readonly severity: 'off' | Severity;
  readonly options: RuleOptions;
}

const SEVERITIES: ReadonlySet<string> = new Set(['off', 'error', 'warning', 'information', 'hint']);

/** Whether a value is a rule setting the configuration accepts. */
export function isRuleSetting(value: unknown): value is RuleSetting {
  if (typeof value === 'string') return SEVERITIES.has(value);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { severity, options } = value as { severity?: unknown; options?: unknown };
  return (severity === undefined || (typeof severity === 'string' && SEVERITIES.has(severity))) && (options === undefined || (typeof options === 'object' && options !== null && !Array.isArray(options)));
}

/**
 * The severity and options a rule runs with. A tag applies first, then the alias, then the id, so
 * the most specific key wins; options start from the defaults the rule declares.
 */
export function resolveRule(rule: Rule, config: RuleConfig): ResolvedRule {
  return { rule, ...applySettings(rule, config, { severity: rule.defaultSeverity, options: defaultOptions(rule) }) };
}

function defaultOptions(rule: Rule): RuleOptions {
  const options: Record<string, unknown> = {};
  for (const option of rule.options) options[option.name] = option.default;
  return options;
}

/** Applies the keys of one configuration that name a rule (tag, then alias, then id) to how it runs so far. */
function applySettings(rule: Rule, config: RuleConfig, current: Omit<ResolvedRule, 'rule'>): Omit<ResolvedRule, 'rule'> {
  let severity = current.severity;
  const options: Record<string, unknown> = { ...current.options };
  const keys = [...rule.tags, rule.alias, rule.id];
  for (const key of keys) {
    const setting = config[key];
    if (setting === undefined || !isRuleSetting(setting)) continue;
    if (typeof setting === 'string') {
      severity = setting;
    } else {
      if (setting.severity) severity = setting.severity;
      for (const [name, value] of Object.entries(setting.options ?? {})) options[name] = addedUp(options[name], value);
    }
  }
  return { severity, options };
}

/** An option value over the one before it: lists (extra phrases) add up, without repeats; anything else replaces. */
function addedUp(before: unknown, value: unknown): unknown {
  if (!Array.isArray(before) || !Array.isArray(value)) return value;
  const sum = [...before];
  for (const item of value) if (!sum.some((known) => (typeof known === 'string' && typeof item === 'string' ? known.toLowerCase() === item.toLowerCase() : known === item))) sum.push(item);
  return sum;
}

/** Something wrong in a rule configuration, said so a person can fix it. The entry it names is ignored. */
export interface ConfigProblem {
  readonly message: string;
}

/** A configuration after checking: what of it applies, and what was wrong with the rest. */
export interface CheckedRuleConfig {
  readonly config: RuleConfig;
  readonly problems: readonly ConfigProblem[];
}

/** A project file (`.unres.json`) after reading and checking. */
export interface CheckedProjectConfig extends CheckedRuleConfig {
  /** False when the text is not JSON or not an object: then none of it applies. */
  readonly usable: boolean;
  /** The language of the drafts under the file (`"language": "fr"`), unless a draft's own comment says otherwise. */
  readonly language?: Language;
}

/** The file name of a project configuration, looked for in a document's folder and the folders above. */
export const PROJECT_CONFIG_FILE_NAME = '.unres.json';

const SEVERITY_LIST = 'off, error, warning, information or hint';
const ENTRY_FIELDS: ReadonlySet<string> = new Set(['severity', 'options']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A key as a problem names it: bare when it is a simple name, quoted otherwise. */
function keyName(key: string): string {
  return /^[A-Za-z0-9_$-]+$/.test(key) ? key : JSON.stringify(key);
}

/** The location of a key inside the object at `location`: "rules.UNR001", "rules.\"my rule\"". */
function member(location: string, key: string): string {
  return `${location}.${keyName(key)}`;
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/** The number of single-character edits between two short strings. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

/** The rule keys a mistyped key most likely meant: same letters in another case, or one or two typos away. */
function suggestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const sameCase = known.find((name) => name.toLowerCase() === lower);
  if (sameCase) return sameCase;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.floor(key.length / 3));
  for (const name of known) {
    const distance = editDistance(lower, name.toLowerCase());
    if (distance <= bestDistance && (best === undefined || distance < bestDistance)) {
      best = name;
      bestDistance = distance;
    }
  }
  return best;
}

/** The rules a configuration key names: the rule with that id or alias, and every rule with that tag. */
export function rulesNamedBy(key: string, rules: readonly Rule[]): Rule[] {
  return rules.filter((rule) => rule.id === key || rule.alias === key || rule.tags.includes(key));
}

function checkOptions(location: string, key: string, value: unknown, named: readonly Rule[], problems: ConfigProblem[]): Record<string, unknown> | undefined {
  if (!isPlainObject(value)) {
    problems.push({ message: `${location}: expected an object of option values, not ${describeJsonType(value)}; the options are ignored` });
    return undefined;
  }
  const declared = named.flatMap((rule) => rule.options);
  const accepted: Record<string, unknown> = {};
  for (const [name, optionValue] of Object.entries(value)) {
    const where = member(location, name);
    const options = declared.filter((option) => option.name === name);
    if (options.length === 0) {
      const names = [...new Set(declared.map((option) => option.name))];
      const message =
        named.length === 1
          ? `${named[0].id} has no option "${name}" (${names.length === 0 ? 'it has no options' : `its options: ${names.join(', ')}`})`
          : `no rule that "${key}" names has an option "${name}" (${names.length === 0 ? 'they have no options' : `their options: ${names.join(', ')}`})`;
      problems.push({ message: `${where}: ${message}; it is ignored` });
      continue;
    }
    const list = options.find((option) => Array.isArray(option.default));
    if (list) {
      const checked = checkPhraseList(optionValue, where);
      problems.push(...checked.problems);
      if (Array.isArray(optionValue)) accepted[name] = checked.phrases;
      continue;
    }
    if (!options.some((option) => typeof option.default === typeof optionValue)) {
      const [option] = options;
      problems.push({
        message: `${where}: expected ${describeJsonType(option.default)} like its default ${JSON.stringify(option.default)}, not ${describeJsonType(optionValue)}; it is ignored`,
      });
      continue;
    }
    accepted[name] = optionValue;
  }
  return accepted;
}

function checkSeverity(where: string, value: unknown, problems: ConfigProblem[], ignored: string): 'off' | Severity | undefined {
  if (typeof value === 'string' && SEVERITIES.has(value)) return value as 'off' | Severity;
  const found = typeof value === 'string' ? `"${value}"` : describeJsonType(value);
  problems.push({ message: `${where}: ${found} is not a severity: use ${SEVERITY_LIST}; ${ignored}` });
  return undefined;
}

/**
 * Checks rule settings (the `rules` object of `.unres.json`, or the `unres.rules` editor setting)
 * against the rules there are. Keeps what is right and names each mistake, with `location` (where
 * the object sits) in front: a key that is no rule id, alias or tag; a severity that is none; an
 * option the rule does not declare, or of another type than its default. Never throws.
 */
export function checkRuleSettings(value: unknown, location: string, rules: readonly Rule[]): CheckedRuleConfig {
  const problems: ConfigProblem[] = [];
  if (value === undefined || value === null) return { config: {}, problems };
  if (!isPlainObject(value)) {
    problems.push({ message: `${location}: expected an object whose keys are rule ids, aliases or tags, not ${describeJsonType(value)}; it is ignored` });
    return { config: {}, problems };
  }
  const knownKeys = [...new Set(rules.flatMap((rule) => [rule.id, rule.alias, ...rule.tags]))];
  const config: Record<string, RuleSetting> = {};
  for (const [key, setting] of Object.entries(value)) {
    const where = member(location, key);
    const named = rulesNamedBy(key, rules);
    if (named.length === 0) {
      const suggestion = suggestKey(key, knownKeys);
      const hint = suggestion ? `did you mean "${suggestion}"?` : 'use a rule id such as UNR001, an alias or a tag';
      problems.push({ message: `${where}: no rule has this id, alias or tag (${hint}); the entry is ignored` });
      continue;
    }
    if (typeof setting === 'string') {
      const severity = checkSeverity(where, setting, problems, 'the entry is ignored');
      if (severity) config[key] = severity;
      continue;
    }
    if (!isPlainObject(setting)) {
      problems.push({ message: `${where}: expected a severity (${SEVERITY_LIST}) or an object with "severity" and "options", not ${describeJsonType(setting)}; the entry is ignored` });
      continue;
    }
    let severity: 'off' | Severity | undefined;
    let options: Record<string, unknown> | undefined;
    for (const [field, fieldValue] of Object.entries(setting)) {
      if (field === 'severity') severity = checkSeverity(member(where, field), fieldValue, problems, 'it is ignored');
      else if (field === 'options') options = checkOptions(member(where, field), key, fieldValue, named, problems);
      else problems.push({ message: `${member(where, field)}: an entry has only ${[...ENTRY_FIELDS].map((f) => `"${f}"`).join(' and ')}; this field is ignored` });
    }
    if (severity !== undefined || options !== undefined) config[key] = { ...(severity !== undefined && { severity }), ...(options !== undefined && { options }) };
  }
  return { config, problems };
}

/** The top-level keys of `.unres.json`: "$schema" lets editors check the file. */
const PROJECT_FILE_KEYS: ReadonlySet<string> = new Set(['rules', 'vocabulary', 'language', '$schema']);

/** The rule that takes the extra phrases of each part: `vocabulary.operative` and `vocabulary.preambular`. */
export const VOCABULARY_RULES = { operative: 'UNR002', preambular: 'UNR005' } as const;

/**
 * Checks a committee's extra vocabulary, `{ "operative": [phrases], "preambular": [phrases] }` (the
 * `vocabulary` object of `.unres.json`; the settings `unres.vocabulary.*` give the same object), and
 * turns it into the `extraPhrases` options of UNR002 and UNR005. Names each mistake; never throws.
 */
export function checkVocabulary(value: unknown, location: string): CheckedRuleConfig {
  const problems: ConfigProblem[] = [];
  if (value === undefined || value === null) return { config: {}, problems };
  if (!isPlainObject(value)) {
    return { config: {}, problems: [{ message: `${location}: expected an object such as { "operative": ["Takes cognizance of"] }, not ${describeJsonType(value)}; it is ignored` }] };
  }
  const config: Record<string, RuleSetting> = {};
  for (const [key, phrases] of Object.entries(value)) {
    const where = member(location, key);
    if (key !== 'operative' && key !== 'preambular') {
      problems.push({ message: `${where}: the vocabulary has "operative" and "preambular" phrases only; this entry is ignored` });
      continue;
    }
    if (phrases === undefined || phrases === null) continue;
    const checked = checkPhraseList(phrases, where);
    problems.push(...checked.problems);
    if (checked.phrases.length > 0) config[VOCABULARY_RULES[key]] = { options: { [EXTRA_PHRASES_OPTION]: checked.phrases } };
  }
  return { config, problems };
}

/**
 * Two configurations of one source as one (its rules and its vocabulary): entries for the same
 * key are merged, the severity of the later kept and option lists added up.
 */
export function mergeRuleConfigs(a: RuleConfig, b: RuleConfig): RuleConfig {
  const merged: Record<string, RuleSetting> = { ...a };
  for (const [key, setting] of Object.entries(b)) {
    const before = merged[key];
    if (before === undefined || typeof setting === 'string') {
      merged[key] = setting;
      continue;
    }
    const earlier = typeof before === 'string' ? { severity: before } : before;
    const options: Record<string, unknown> = { ...earlier.options };
    for (const [name, value] of Object.entries(setting.options ?? {})) options[name] = addedUp(options[name], value);
    merged[key] = { ...earlier, ...(setting.severity !== undefined && { severity: setting.severity }), options };
  }
  return merged;
}

/**
 * Reads the text of a project file, `{ "rules": { "<id|alias|tag>": severity | { severity, options } },
 * "vocabulary": { "operative": [phrases], "preambular": [phrases] } }`.
 * Text that is not JSON (the problem gives its line and column) or not an object makes the file
 * unusable; any other mistake drops only the entry it is in. Never throws.
 */
export function readProjectConfig(text: string, rules: readonly Rule[]): CheckedProjectConfig {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { config: {}, problems: [{ message: 'the file is empty: write a JSON object such as { "rules": { "UNR001": "warning" } }; nothing in it applies' }], usable: false };
  const read = readJson(body);
  if (!read.ok) {
    const { line, character } = new LineIndex(body).positionAt(read.offset);
    return { config: {}, problems: [{ message: `invalid JSON at line ${line + 1}, column ${character + 1}: ${read.reason}; nothing in the file applies` }], usable: false };
  }
  if (!isPlainObject(read.value)) {
    return { config: {}, problems: [{ message: `expected a JSON object such as { "rules": { "UNR001": "warning" } }, not ${describeJsonType(read.value)}; nothing in the file applies` }], usable: false };
  }
  const problems: ConfigProblem[] = [];
  for (const key of Object.keys(read.value)) {
    if (!PROJECT_FILE_KEYS.has(key)) problems.push({ message: `${keyName(key)}: unknown setting (the file has "rules", "vocabulary" and "language"); it is ignored` });
  }
  const checked = checkRuleSettings(read.value.rules, 'rules', rules);
  const vocabulary = checkVocabulary(read.value.vocabulary, 'vocabulary');
  const language = checkLanguage(read.value.language, 'language');
  return {
    config: mergeRuleConfigs(checked.config, vocabulary.config),
    problems: [...problems, ...checked.problems, ...vocabulary.problems, ...language.problems],
    usable: true,
    ...(language.language ? { language: language.language } : {}),
  };
}

/** Checks a `language` setting: a code ("fr") or a name ("French", "español"); anything else is named and ignored. */
export function checkLanguage(value: unknown, name: string): { language?: Language; problems: ConfigProblem[] } {
  if (value === undefined || value === null) return { problems: [] };
  const language = readLanguage(value);
  if (language) return { language, problems: [] };
  return { problems: [{ message: `${name}: ${JSON.stringify(value)} is not a language: use one of ${LANGUAGES.map((code) => `"${code}"`).join(', ')} (or its name); the language is read from each draft` }] };
}

/**
 * One configuration from several, each layer over the ones before it: for every rule, a layer
 * that names it (by tag, alias or id) sets what it names, so a later layer wins even over a more
 * specific key of an earlier one. The result configures every rule by its id.
 */
export function layerRuleConfigs(layers: readonly RuleConfig[], rules: readonly Rule[]): RuleConfig {
  const layered: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    let resolved: Omit<ResolvedRule, 'rule'> = { severity: rule.defaultSeverity, options: defaultOptions(rule) };
    for (const layer of layers) resolved = applySettings(rule, layer, resolved);
    layered[rule.id] = { severity: resolved.severity, options: resolved.options };
  }
  return layered;
}
