// The files "Compare with another language version" offers, best first: pure string work on
// their paths, so it is tested without an editor.

/** A file the person may compare the draft with. */
export interface VersionCandidate {
  /** The file's name: "older-persons.fr.unres". */
  readonly label: string;
  /** Its folder, relative to the workspace when the caller gives it so. */
  readonly description: string;
  /** The path or URI as given. */
  readonly file: string;
}

/** The language tags a file name may carry before its extension: "draft.fr.unres", "draft_es.docx", "draft-EN.md". */
const LANGUAGE_TAG = /[._-](?:en|fr|es|ru|ar|zh)$/i;

/** A file name without its extensions and language tag: "older-persons.fr.res.md" → "older-persons". */
export function versionStem(name: string): string {
  const withoutExtension = name.replace(/\.res\.md$/i, '').replace(/\.docx\.unres$/i, '').replace(/\.[^.]+$/, '');
  return withoutExtension.replace(LANGUAGE_TAG, '').toLowerCase();
}

function split(file: string): { folder: string; name: string } {
  const slash = file.lastIndexOf('/');
  return { folder: slash < 0 ? '' : file.slice(0, slash), name: file.slice(slash + 1) };
}

/**
 * The files to offer for comparing `current` with, without `current` itself: first the ones whose
 * name is the same but for its language tag and extension ("older-persons.en.unres" for
 * "older-persons.fr.unres"), then those in its folder, then the others, each group by name.
 */
export function versionCandidates(current: string, files: readonly string[]): VersionCandidate[] {
  const here = split(current);
  const stem = versionStem(here.name);
  const rank = (file: string): number => {
    const { folder, name } = split(file);
    if (versionStem(name) === stem) return 0;
    return folder === here.folder ? 1 : 2;
  };
  return [...new Set(files)]
    .filter((file) => file !== current)
    .map((file) => ({ file, rank: rank(file), ...split(file) }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name) || a.folder.localeCompare(b.folder))
    .map(({ file, name, folder }) => ({ label: name, description: folder, file }));
}
