import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledFactBaseDir } from '../io/readFactBase';

/**
 * Which fact base checks a draft: the workspace folder's own `facts/` when it holds
 * a facts.json, else the `sourcecheck.factBase` setting, else the bundled one.
 */
export function locateFactBase(folder: string | undefined, setting: string): string {
  if (folder) {
    const own = path.join(folder, 'facts');
    if (fs.existsSync(path.join(own, 'facts.json'))) return own;
  }
  if (setting.trim() !== '') return path.resolve(folder ?? process.cwd(), setting.trim());
  return bundledFactBaseDir();
}
