import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * Replaces a file whole: the new text goes to a temp file in the same folder (same file
 * system, so the rename is atomic), keeps the old file's mode, and is renamed over it.
 * A run killed halfway leaves the old draft or the new one, never half of one.
 */
export function writeAtomic(file: string, text: string): void {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const mode = fs.existsSync(file) ? fs.statSync(file).mode : 0o644;
    fs.writeFileSync(temp, text, { mode });
    fs.renameSync(temp, file);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
}
