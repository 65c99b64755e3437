import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification } from 'vscode-languageserver';
import { PROJECT_CONFIG_FILE_NAME, WORKSPACE_TREATIES_FILE } from '../../core';
import { SETTINGS_SECTION } from '../configuration';
import type { ServerContext } from '../context';

/** The files the server asks the client to watch: project configurations anywhere in the workspace. */
export const PROJECT_CONFIG_GLOB = `**/${PROJECT_CONFIG_FILE_NAME}`;
/** The workspace treaty data files the server asks the client to watch. */
export const TREATY_DATA_GLOB = `**/${WORKSPACE_TREATIES_FILE}`;

/** The path problems of a file are told under: the file system path of a `file:` URI, else the URI. */
function fileSystemPathOf(uri: string): string {
  if (!uri.startsWith('file://')) return uri;
  const path = decodeURIComponent(uri.slice('file://'.length));
  return /^\/[A-Za-z]:/.test(path) ? path.slice(1).replace(/\//g, '\\') : path;
}

/**
 * Changes of what documents are linted with: the `unres` settings, `.unres.json` files and the
 * workspace treaty data. The server registers for them once initialized (when the client lets it)
 * and on each change calls `lintAgain`.
 */
export function registerSettingsChanges(context: ServerContext, lintAgain: () => void): void {
  const { connection } = context;
  connection.onInitialized(() => {
    const registrationFailed = (what: string) => (error: unknown) => context.logError(`could not register for ${what}`, error);
    if (context.client.configurationChangeRegistration) {
      connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION }).catch(registrationFailed('setting changes'));
    }
    if (context.client.watchedFilesRegistration) {
      connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: PROJECT_CONFIG_GLOB }, { globPattern: TREATY_DATA_GLOB }] }).catch(registrationFailed(`changes of ${PROJECT_CONFIG_FILE_NAME} files`));
    }
  });

  connection.onDidChangeConfiguration((params) => {
    context.configurations.settingsChanged(params.settings);
    lintAgain();
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    const projectFiles = changes.filter((change) => change.uri.endsWith(`/${PROJECT_CONFIG_FILE_NAME}`));
    const treatyFiles = changes.filter((change) => change.uri.endsWith(`/${WORKSPACE_TREATIES_FILE}`));
    if (projectFiles.length === 0 && treatyFiles.length === 0) return;
    for (const change of projectFiles) context.configurations.projectFileChanged(change.uri);
    // A project file may set the language the drafts are read in: read them again.
    if (projectFiles.length > 0) context.analyses.clear();
    // The host reads treaty data again when its modification time changes; its problems may be told again.
    for (const change of treatyFiles) context.configurations.reporter.forget(fileSystemPathOf(change.uri));
    lintAgain();
  });
}
