import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** A folder of its own under the system's temporary folder, for a test's drafts and settings files. */
export class TempFolder {
  readonly path: string;

  constructor(prefix: string) {
    this.path = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  }

  /** Writes a file at a path relative to the folder, making its parent folders; returns its full path. */
  write(name: string, content: string): string {
    const file = path.join(this.path, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  }

  remove(): void {
    fs.rmSync(this.path, { recursive: true, force: true });
  }
}
