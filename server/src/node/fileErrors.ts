/** Why a file or folder could not be read, in a few words: "no such file or folder", "cannot read: permission denied". */
export function describeFileSystemError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot read: permission denied';
  if (code === 'EISDIR') return 'cannot read: it is a folder';
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}
