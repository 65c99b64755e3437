import type { ConfigProblem, RuleConfig } from '../core';

/** A project configuration file as the server uses it: where it is, what applies, what is wrong in it. */
export interface ProjectConfigSource {
  /** The path of the file, as problems name it. */
  readonly file: string;
  readonly config: RuleConfig;
  readonly problems: readonly ConfigProblem[];
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
}

/** A host with no file system: no project files, no documentation pages. */
export const HOST_WITHOUT_FILE_SYSTEM: ServerHost = {
  projectConfig: () => undefined,
  projectConfigChanged: () => undefined,
  ruleDocumentation: () => undefined,
};
