// Answers the server's `workspace/configuration` requests with language-specific settings.
// Pure: the VS Code workspace is passed in, so the choice of scope is tested without VS Code.
import type { ConfigurationScope, TextDocument, WorkspaceConfiguration } from 'vscode';
import type { ConfigurationParams, ConfigurationRequest, Middleware } from 'vscode-languageclient';

/** The part of `vscode.workspace` the answer reads. */
export interface SettingsWorkspace {
  readonly textDocuments: readonly TextDocument[];
  getConfiguration(section?: string, scope?: ConfigurationScope | null): WorkspaceConfiguration;
}

/** A setting as JSON: what the language client sends (VS Code's values can be read-only proxies). */
function asJson(value: unknown): unknown {
  return value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown);
}

/**
 * The value of a setting (`unres.fixOnSave`), a section (`unres.treaties`) or, without a name, of
 * every setting, in a scope: as the language client reads it, but given the scope whole.
 */
export function readSetting(workspace: SettingsWorkspace, section: string | null | undefined, scope: ConfigurationScope): unknown {
  if (!section) {
    const all = workspace.getConfiguration(undefined, scope);
    return Object.fromEntries(Object.keys(all).filter((key) => all.has(key)).map((key) => [key, asJson(all.get(key))]));
  }
  const dot = section.lastIndexOf('.');
  if (dot === -1) return asJson(workspace.getConfiguration(undefined, scope).get(section));
  return asJson(workspace.getConfiguration(section.slice(0, dot), scope).get(section.slice(dot + 1)));
}

/**
 * The language client's `workspace/configuration` middleware. The server scopes its questions to
 * a document by URI, and a URI alone does not bring in the settings a user gives a language
 * (`"[unres]": { "unres.fixOnSave": true }`): for a document that is open, the setting is read in
 * the scope of the document and its language. Questions about anything else go to the client's
 * own answer (`next`).
 */
export function languageScopedConfiguration(workspace: SettingsWorkspace): NonNullable<Middleware['workspace']>['configuration'] {
  return async (params: ConfigurationParams, token, next: ConfigurationRequest.HandlerSignature) => {
    const documents = params.items.map(({ scopeUri }) => (scopeUri === undefined ? undefined : workspace.textDocuments.find((document) => document.uri.toString() === scopeUri)));
    const others = params.items.filter((_, index) => documents[index] === undefined);
    const otherValues = others.length === 0 ? [] : await next({ items: others }, token);
    // A failed answer (ResponseError) stays the answer.
    if (!Array.isArray(otherValues)) return otherValues;
    let other = 0;
    return params.items.map((item, index) => {
      const document = documents[index];
      return document ? readSetting(workspace, item.section, { uri: document.uri, languageId: document.languageId }) : otherValues[other++];
    });
  };
}
