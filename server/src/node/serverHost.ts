import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseWordTextUri, wordTextUri } from '../../../shared/wordText';
import { isDraftText } from '../core';
import { isWordFileName, readDocx } from '../docx';
import type { ServerHost } from '../lsp/host';
import { DRAFT_MAX_BYTES, readBoundedFile } from './boundedRead';
import { decodeText, findDraftFiles, isResolutionByName } from './draftFiles';
import { IgnoreFiles } from './ignoreFiles';
import { ProjectConfigLoader } from './projectConfig';
import { TreatyDataLoader } from './treatyData';

/**
 * The file system path of a `file:` URI, or of the Word file a resolution text shows (so the
 * `.unres.json` and treaty data beside a .docx apply to its text), or undefined for any other URI.
 */
export function fileSystemPath(uri: string): string | undefined {
  const word = parseWordTextUri(uri);
  if (word) return fileSystemPath(word.source);
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
      const files: { uri: string; text: string }[] = [];
      const unreadableWordFiles: string[] = [];
      for (const folder of folders) {
        // Folders that cannot be read are left out; the files that can be are linted.
        const found = await findDraftFiles(folder, ignoreFiles);
        for (const file of found.files) {
          const absolute = path.resolve(file);
          if (seen.has(absolute)) continue;
          seen.add(absolute);
          const uri = pathToFileURL(absolute).href;
          if (isWordFileName(file)) {
            // A Word file's diagnostics point into the text read from it: they go to its resolution text, which opens from the Problems panel.
            const read = readBoundedFile(absolute, DRAFT_MAX_BYTES);
            const result = read.ok ? readDocx(read.bytes) : { ok: false as const, reason: read.reason };
            if (!result.ok) unreadableWordFiles.push(`${path.relative(folder, absolute)}: ${result.reason}`);
            else if (isDraftText(result.reading.text, 'plain')) files.push({ uri: wordTextUri(uri, result.reading.changes), text: result.reading.text });
            continue;
          }
          const text = readDraftText(absolute);
          if (text === undefined) continue;
          if (isResolutionByName(file) || isDraftText(text, file.toLowerCase().endsWith('.md') ? 'markdown' : 'plain')) files.push({ uri, text });
        }
      }
      return { files, unreadableWordFiles };
    },
    async readText(fileUri) {
      const file = fileSystemPath(fileUri);
      if (file === undefined) return undefined;
      const word = parseWordTextUri(fileUri);
      if (!word) return readDraftText(file);
      const read = readBoundedFile(file, DRAFT_MAX_BYTES);
      if (!read.ok) return undefined;
      const result = readDocx(read.bytes, { changes: word.view });
      return result.ok ? result.reading.text : undefined;
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
