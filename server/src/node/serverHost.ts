import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDraftText } from '../core';
import { isWordFileName } from '../docx';
import type { ServerHost } from '../lsp/host';
import { DRAFT_MAX_BYTES, readBoundedFile } from './boundedRead';
import { decodeText, findDraftFiles, isResolutionByName } from './draftFiles';
import { IgnoreFiles } from './ignoreFiles';
import { ProjectConfigLoader } from './projectConfig';
import { TreatyDataLoader } from './treatyData';

/** The file system path of a `file:` URI, or undefined for any other URI. */
export function fileSystemPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The text of a file on disk, or undefined when it cannot be read as text under the bound. */
function readDraftText(file: string): string | undefined {
  const read = readBoundedFile(file, DRAFT_MAX_BYTES);
  if (!read.ok) return undefined;
  const decoded = decodeText(read.bytes);
  return 'text' in decoded ? decoded.text : undefined;
}

/**
 * The node host of the language server: project configuration from the `.unres.json` nearest each
 * document, and documentation links to the pages in `ruleDocsFolder` that exist.
 */
export function createNodeServerHost(ruleDocsFolder: string, loader = new ProjectConfigLoader()): ServerHost {
  const documentation = new Map<string, string | undefined>();
  const treatyData = new TreatyDataLoader();
  // Present when node runs with --expose-gc, as the extension starts it (LANGUAGE_SERVER_NODE_OPTIONS).
  const collectGarbage = typeof globalThis.gc === 'function' ? globalThis.gc : undefined;
  return {
    collectGarbage: collectGarbage && (() => void collectGarbage()),
    treatyTable(documentUri, extraFile, workspaceFolderUris) {
      const file = fileSystemPath(documentUri);
      if (file === undefined) return treatyData.load(extraFile !== undefined && path.isAbsolute(extraFile) ? [extraFile] : []);
      let extra = extraFile;
      if (extra !== undefined && !path.isAbsolute(extra)) {
        const folders = workspaceFolderUris.map(fileSystemPath).filter((folder): folder is string => folder !== undefined && file.startsWith(folder + path.sep));
        const folder = folders.sort((a, b) => b.length - a.length)[0] ?? path.dirname(file);
        extra = path.join(folder, extra);
      }
      return treatyData.forFolder(path.dirname(file), extra);
    },
    projectConfig(documentUri) {
      const file = fileSystemPath(documentUri);
      return file === undefined ? undefined : loader.forFolder(path.dirname(file));
    },
    projectConfigChanged(fileUri) {
      const file = fileSystemPath(fileUri);
      if (file !== undefined) loader.forget(file);
      return file;
    },
    async workspaceResolutions(folderUris) {
      const folders = folderUris.map(fileSystemPath).filter((folder): folder is string => folder !== undefined);
      const ignoreFiles = new IgnoreFiles();
      const seen = new Set<string>();
      const found: { uri: string; text: string }[] = [];
      for (const folder of folders) {
        // Folders that cannot be read are left out; the files that can be are linted.
        const { files } = await findDraftFiles(folder, ignoreFiles);
        for (const file of files) {
          const absolute = path.resolve(file);
          // A Word file's diagnostics point into the text read from it, which no editor shows yet: they are left to `unres lint`.
          if (seen.has(absolute) || isWordFileName(file)) continue;
          seen.add(absolute);
          const text = readDraftText(absolute);
          if (text === undefined) continue;
          if (isResolutionByName(file) || isDraftText(text, file.toLowerCase().endsWith('.md') ? 'markdown' : 'plain')) found.push({ uri: pathToFileURL(absolute).href, text });
        }
      }
      return found;
    },
    async readText(fileUri) {
      const file = fileSystemPath(fileUri);
      return file === undefined ? undefined : readDraftText(file);
    },
    ruleDocumentation(ruleId) {
      if (!documentation.has(ruleId)) {
        const page = path.join(ruleDocsFolder, `${ruleId}.md`);
        documentation.set(ruleId, fs.existsSync(page) ? pathToFileURL(page).href : undefined);
      }
      return documentation.get(ruleId);
    },
  };
}
