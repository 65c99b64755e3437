import { BUNDLED_TREATY_TABLE, type ConfigProblem, type Language, type RuleConfig, type TreatyTable } from '../core';

/** A project configuration file as the server uses it: where it is, what applies, what is wrong in it. */
export interface ProjectConfigSource {
  /** The path of the file, as problems name it. */
  readonly file: string;
  readonly config: RuleConfig;
  readonly problems: readonly ConfigProblem[];
  /** The language the file sets for the drafts under it. */
  readonly language?: Language;
}

/** A file of the workspace that holds a resolution, as the host read it. */
export interface WorkspaceFile {
  readonly uri: string;
  readonly text: string;
}

/** The resolutions of the workspace folders, and the Word files among them that cannot be read. */
export interface WorkspaceResolutions {
  readonly files: readonly WorkspaceFile[];
  /** Word files refused (encrypted, not a zip, past a bound): each as "drafts/minutes.docx: not a zip archive …". */
  readonly unreadableWordFiles: readonly string[];
}

/**
 * What the server needs from the place it runs in beyond the connection. The node host reads
 * `.unres.json` files and ships the rule documentation; a host without a file system has neither.
 */
export interface ServerHost {
  /** The project configuration nearest a document, or undefined when there is none or the host cannot look. */
  projectConfig(documentUri: string): ProjectConfigSource | undefined;
  /**
   * Forgets what the host knows of a project configuration file that changed, was created or
   * deleted. Returns the path its problems are named under (`ProjectConfigSource.file`), if any.
   */
  projectConfigChanged(fileUri: string): string | undefined;
  /** The URI of a rule's documentation page, when the host has it. */
  ruleDocumentation(ruleId: string): string | undefined;
  /**
   * The resolutions under the workspace folders, as `unres lint` finds them in a folder (`.unres`
   * and `.res.md` files, `.txt` and `.md` files whose text is a resolution, Word files read as the
   * text of their `unres-word:` address); undefined when the host has no file system.
   */
  workspaceResolutions(folderUris: readonly string[]): Promise<WorkspaceResolutions | undefined>;
  /** The text of a file on disk, or undefined when it cannot be read or the host has no file system. */
  readText(fileUri: string): Promise<string | undefined>;
  /**
   * The treaty table of a document: the bundled table under the `.unres/treaties.json` nearest it,
   * under `extraFile` (the `unres.treaties.file` setting; a relative path is taken from the
   * workspace folder of the document), with the one message of each file that cannot be used.
   */
  treatyTable(documentUri: string, extraFile: string | undefined, workspaceFolderUris: readonly string[]): TreatyTableSource;
  /**
   * A full garbage collection, when the host can run one (node started with `--expose-gc`); the
   * server calls it once it is idle after work on a long text (see `IdleCollector`).
   */
  readonly collectGarbage?: () => void;
}

/** A document's treaty table, and what is wrong with the data files it would have used. */
export interface TreatyTableSource {
  readonly table: TreatyTable;
  readonly problems: ReadonlyArray<{ readonly file: string; readonly message: string }>;
}

/** A host with no file system (a browser worker): no project files, no documentation pages, no workspace files. */
export const HOST_WITHOUT_FILE_SYSTEM: ServerHost = {
  projectConfig: () => undefined,
  projectConfigChanged: () => undefined,
  ruleDocumentation: () => undefined,
  workspaceResolutions: () => Promise.resolve(undefined),
  readText: () => Promise.resolve(undefined),
  treatyTable: () => ({ table: BUNDLED_TREATY_TABLE, problems: [] }),
};
