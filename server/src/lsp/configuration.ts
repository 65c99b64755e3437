import { checkRuleSettings, layerRuleConfigs, RULES, type CheckedRuleConfig, type ConfigProblem, type RuleConfig } from '../core';
import type { ServerHost } from './host';

/** The editor setting that configures the rules, as `workspace/configuration` names it. */
export const RULES_SETTING = 'unres.rules';
/** The setting section whose changes the server asks to hear of. */
export const SETTINGS_SECTION = 'unres';

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

/** The name problems of the editor setting are told under. */
const SETTING_SOURCE = `${RULES_SETTING} setting`;

/**
 * The rule configuration of each document: rule defaults, under the `unres.rules` setting (scoped
 * to the document), under the nearest `.unres.json`. The setting is asked of the client once a
 * document and kept until the settings change; the host keeps project files by modification time.
 */
export class DocumentConfigurations {
  readonly #settings = new Map<string, Promise<CheckedRuleConfig>>();
  #globalSettings: CheckedRuleConfig = { config: {}, problems: [] };

  /**
   * @param fetchSetting Asks the client for the setting scoped to a document; undefined when the
   *   client cannot be asked (no `workspace/configuration`), and the settings come only with
   *   `workspace/didChangeConfiguration`.
   */
  constructor(
    readonly host: ServerHost,
    readonly reporter: ConfigProblemReporter,
    readonly fetchSetting: ((scopeUri: string) => Promise<unknown>) | undefined,
  ) {}

  /** The configuration `lint` runs with for a document. */
  async forDocument(uri: string): Promise<RuleConfig> {
    const settings = await this.#settingsFor(uri);
    this.reporter.report(SETTING_SOURCE, settings.problems);
    const project = this.host.projectConfig(uri);
    if (project) this.reporter.report(project.file, project.problems);
    return layerRuleConfigs([settings.config, project?.config ?? {}], RULES);
  }

  /**
   * The settings changed. `settings` is what `workspace/didChangeConfiguration` carried: used as
   * the setting for every document when the client cannot be asked per document.
   */
  settingsChanged(settings: unknown): void {
    this.#settings.clear();
    this.reporter.forget(SETTING_SOURCE);
    if (!this.fetchSetting) this.#globalSettings = checkRuleSettings(rulesSettingIn(settings), RULES_SETTING, RULES);
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

  #settingsFor(uri: string): Promise<CheckedRuleConfig> {
    if (!this.fetchSetting) return Promise.resolve(this.#globalSettings);
    let settings = this.#settings.get(uri);
    if (!settings) {
      settings = this.fetchSetting(uri).then(
        (value) => checkRuleSettings(value, RULES_SETTING, RULES),
        (error: unknown) => {
          this.reporter.outlet.log(`unres: could not read the ${RULES_SETTING} setting: ${error instanceof Error ? error.message : String(error)}`);
          return { config: {}, problems: [] };
        },
      );
      this.#settings.set(uri, settings);
    }
    return settings;
  }
}

/** `unres.rules` inside the settings object of `workspace/didChangeConfiguration`: `{ unres: { rules } }`. */
function rulesSettingIn(settings: unknown): unknown {
  const section = (settings as { unres?: unknown } | null | undefined)?.unres;
  return (section as { rules?: unknown } | null | undefined)?.rules;
}
