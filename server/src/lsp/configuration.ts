import { checkRuleSettings, checkVocabulary, layerRuleConfigs, mergeRuleConfigs, RULES, type ConfigProblem, type RuleConfig, type TreatyTable } from '../core';
import type { ServerHost } from './host';

/** The editor setting that configures the rules, as `workspace/configuration` names it. */
export const RULES_SETTING = 'unres.rules';
/** The editor settings of a committee's extra phrases: `unres.vocabulary.operative` and `.preambular`. */
export const VOCABULARY_SETTING = 'unres.vocabulary';
/** The editor setting that applies the fix-all edits when a document is saved. */
export const FIX_ON_SAVE_SETTING = 'unres.fixOnSave';
/** The editor setting naming an extra treaty data file (`unres.treaties.file`); asked for as the `unres.treaties` section. */
export const TREATIES_SETTING = 'unres.treaties';
export const TREATIES_FILE_SETTING = 'unres.treaties.file';
/** The setting section whose changes the server asks to hear of. */
export const SETTINGS_SECTION = 'unres';
/** The settings the server asks the client for, one `workspace/configuration` item each (and one for the whole `unres` section), scoped to a document. */
export const SERVER_SETTINGS: readonly string[] = [RULES_SETTING, VOCABULARY_SETTING, FIX_ON_SAVE_SETTING, TREATIES_SETTING];

/**
 * The settings from a client's answers to the dotted sections (`unres.rules` …) and to the whole
 * `unres` section, asked for together: a client that only answers top-level sections (Emacs's
 * eglot) gives null for each dotted one, and its settings are taken from the whole section.
 */
export function settingsFromAnswers(dotted: EditorSettingsSection, whole: unknown): EditorSettingsSection {
  const section = unresSectionIn({ unres: whole });
  const either = (answer: unknown, part: unknown) => (answer === null || answer === undefined ? part : answer);
  return {
    rules: either(dotted.rules, section?.rules),
    vocabulary: either(dotted.vocabulary, section?.vocabulary),
    fixOnSave: either(dotted.fixOnSave, section?.fixOnSave),
    treaties: either(dotted.treaties, section?.treaties),
  };
}

/** The `unres` settings the server reads, as the client gives them (each may be anything). */
export interface EditorSettingsSection {
  readonly rules?: unknown;
  readonly vocabulary?: unknown;
  readonly fixOnSave?: unknown;
  /** `{ file }`: the `unres.treaties` section. */
  readonly treaties?: unknown;
}

/** The editor settings after checking: what applies, and what was wrong, by setting. */
export interface CheckedEditorSettings {
  /** The `unres.rules` setting with the extra phrases of `unres.vocabulary.*` merged in. */
  readonly config: RuleConfig;
  readonly fixOnSave: boolean;
  /** The extra treaty data file of `unres.treaties.file`, if one is set. */
  readonly treatiesFile?: string;
  /** The problems of each setting, by the name they are told under. */
  readonly problems: ReadonlyMap<string, readonly ConfigProblem[]>;
}

/** The names problems of the editor settings are told under. */
const SETTING_SOURCES = SERVER_SETTINGS.map((setting) => `${setting === TREATIES_SETTING ? TREATIES_FILE_SETTING : setting} setting`);

/**
 * Checks the `unres` settings the server reads: `unres.rules` as `.unres.json` rules,
 * `unres.vocabulary` as its vocabulary, `unres.fixOnSave` a boolean. A wrong value is named and
 * ignored (fix on save stays off); never throws.
 */
export function checkEditorSettings(section: EditorSettingsSection | undefined): CheckedEditorSettings {
  const rules = checkRuleSettings(section?.rules, RULES_SETTING, RULES);
  const vocabulary = checkVocabulary(section?.vocabulary, VOCABULARY_SETTING);
  const fixOnSave = section?.fixOnSave;
  const fixOnSaveProblems: ConfigProblem[] = [];
  if (fixOnSave !== undefined && fixOnSave !== null && typeof fixOnSave !== 'boolean') {
    fixOnSaveProblems.push({ message: `${FIX_ON_SAVE_SETTING}: expected true or false, not ${JSON.stringify(fixOnSave)}; fixing on save stays off` });
  }
  const treatiesFile = (section?.treaties as { file?: unknown } | null | undefined)?.file;
  const treatiesProblems: ConfigProblem[] = [];
  if (treatiesFile !== undefined && treatiesFile !== null && typeof treatiesFile !== 'string') {
    treatiesProblems.push({ message: `${TREATIES_FILE_SETTING}: expected the path of a treaty data file, not ${JSON.stringify(treatiesFile)}; only the bundled table and .unres/treaties.json are used` });
  }
  return {
    config: mergeRuleConfigs(rules.config, vocabulary.config),
    fixOnSave: fixOnSave === true,
    ...(typeof treatiesFile === 'string' && treatiesFile.trim() !== '' ? { treatiesFile: treatiesFile.trim() } : {}),
    problems: new Map([
      [SETTING_SOURCES[0], rules.problems],
      [SETTING_SOURCES[1], vocabulary.problems],
      [SETTING_SOURCES[2], fixOnSaveProblems],
      [SETTING_SOURCES[3], treatiesProblems],
    ]),
  };
}

const NO_SETTINGS: CheckedEditorSettings = checkEditorSettings(undefined);

/** Where problems in the configuration are told: a window message for people, a log line for the record. */
export interface ProblemOutlet {
  showWarning(message: string): void;
  log(message: string): void;
}

/**
 * Tells each problem of a configuration source once: a problem already told for a source is not
 * told again until the source changes (`forget`), so a wrong entry does not pop up a message at
 * every keystroke. One window message a source and batch, one log line a problem.
 */
export class ConfigProblemReporter {
  readonly #told = new Map<string, Set<string>>();

  constructor(readonly outlet: ProblemOutlet) {}

  report(source: string, problems: readonly ConfigProblem[]): void {
    let told = this.#told.get(source);
    const fresh = problems.filter((problem) => !told?.has(problem.message));
    if (fresh.length === 0) return;
    if (!told) this.#told.set(source, (told = new Set()));
    for (const problem of fresh) {
      told.add(problem.message);
      this.outlet.log(`unres: ${source}: ${problem.message}`);
    }
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more problem${fresh.length > 2 ? 's' : ''}: see the output of the unres language server)` : '';
    this.outlet.showWarning(`unres: ${source}: ${fresh[0].message}${more}`);
  }

  /** Lets the problems of a source be told again, after it changed. Without a source, of every source. */
  forget(source?: string): void {
    if (source === undefined) this.#told.clear();
    else this.#told.delete(source);
  }
}

/**
 * The rule configuration of each document: rule defaults, under the `unres.rules` and
 * `unres.vocabulary` settings (scoped to the document), under the nearest `.unres.json`; extra
 * phrases add up over the layers. The settings are asked of the client once a document and kept
 * until they change; the host keeps project files by modification time.
 */
export class DocumentConfigurations {
  readonly #settings = new Map<string, Promise<CheckedEditorSettings>>();
  #globalSettings: CheckedEditorSettings = NO_SETTINGS;

  /**
   * @param fetchSettings Asks the client for the `unres` settings scoped to a document; undefined
   *   when the client cannot be asked (no `workspace/configuration`), and the settings come only
   *   with `workspace/didChangeConfiguration`.
   */
  constructor(
    readonly host: ServerHost,
    readonly reporter: ConfigProblemReporter,
    readonly fetchSettings: ((scopeUri: string) => Promise<EditorSettingsSection>) | undefined,
  ) {}

  /** The configuration `lint` runs with for a document. */
  async forDocument(uri: string): Promise<RuleConfig> {
    const settings = await this.#checkedSettingsFor(uri);
    const project = this.host.projectConfig(uri);
    if (project) this.reporter.report(project.file, project.problems);
    return layerRuleConfigs([settings.config, project?.config ?? {}], RULES);
  }

  /**
   * The treaty table of a document: bundled, under the nearest `.unres/treaties.json`, under the
   * file of `unres.treaties.file`. A data file that cannot be used is told once (its message names
   * the file and the line) and left out.
   */
  async treatyTable(uri: string, workspaceFolderUris: readonly string[]): Promise<TreatyTable> {
    const settings = await this.#checkedSettingsFor(uri);
    const source = this.host.treatyTable(uri, settings.treatiesFile, workspaceFolderUris);
    for (const problem of source.problems) {
      // Told under the file's name, so the message goes on with where in it: "line 18, column 11: …".
      const rest = problem.message.startsWith(`${problem.file}:`) ? problem.message.slice(problem.file.length + 1).trim() : problem.message;
      this.reporter.report(problem.file, [{ message: rest.replace(/^(\d+):(\d+): /, 'line $1, column $2: ') }]);
    }
    return source.table;
  }

  /** Whether the fix-all edits are applied when the document is saved (`unres.fixOnSave`). */
  async fixOnSave(uri: string): Promise<boolean> {
    return (await this.#checkedSettingsFor(uri)).fixOnSave;
  }

  /**
   * The settings changed. `settings` is what `workspace/didChangeConfiguration` carried: used as
   * the settings of every document when the client cannot be asked per document.
   */
  settingsChanged(settings: unknown): void {
    this.#settings.clear();
    for (const source of SETTING_SOURCES) this.reporter.forget(source);
    if (!this.fetchSettings) this.#globalSettings = checkEditorSettings(unresSectionIn(settings));
  }

  /** A project file changed on disk. */
  projectFileChanged(fileUri: string): void {
    const file = this.host.projectConfigChanged(fileUri);
    if (file !== undefined) this.reporter.forget(file);
  }

  /** Forgets the setting kept for a closed document. */
  forget(uri: string): void {
    this.#settings.delete(uri);
  }

  /** The checked settings of a document, their problems told (each once). */
  async #checkedSettingsFor(uri: string): Promise<CheckedEditorSettings> {
    const settings = await this.#settingsFor(uri);
    for (const [source, problems] of settings.problems) this.reporter.report(source, problems);
    return settings;
  }

  #settingsFor(uri: string): Promise<CheckedEditorSettings> {
    if (!this.fetchSettings) return Promise.resolve(this.#globalSettings);
    let settings = this.#settings.get(uri);
    if (!settings) {
      settings = this.fetchSettings(uri).then(checkEditorSettings, (error: unknown) => {
        this.reporter.outlet.log(`unres: could not read the unres settings: ${error instanceof Error ? error.message : String(error)}`);
        return NO_SETTINGS;
      });
      this.#settings.set(uri, settings);
    }
    return settings;
  }
}

/** The `unres` section inside the settings object of `workspace/didChangeConfiguration`: `{ unres: { rules, … } }`. */
function unresSectionIn(settings: unknown): EditorSettingsSection | undefined {
  const section = (settings as { unres?: unknown } | null | undefined)?.unres;
  return typeof section === 'object' && section !== null && !Array.isArray(section) ? section : undefined;
}
