import { createChecker, loadFactBase, type Checker, type FactBaseFiles, type Problem } from '../engine/index';
import { readFactBase } from '../io/readFactBase';

export interface FactBaseState {
  dir: string;
  /** The last valid version of the folder, kept while its current files are invalid. */
  checker?: Checker;
  /** The problems of the folder's current files: none when they are clean, only warnings when they load. */
  problems: Problem[];
}

type Listener = (state: FactBaseState) => void;

/**
 * Every fact base in use, by folder. Loading never throws and never drops a good
 * checker for a bad one: an invalid edit of facts.json leaves checking as it was.
 */
export class FactBaseStore {
  private readonly states = new Map<string, FactBaseState>();
  private readonly files = new Map<string, FactBaseFiles>();

  constructor(private readonly onLoaded: Listener) {}

  get(dir: string): FactBaseState {
    return this.states.get(dir) ?? this.load(dir);
  }

  dirs(): string[] {
    return [...this.states.keys()];
  }

  /** Re-reads the folder; false when its files did not change, so nothing needs re-checking. */
  reload(dir: string): boolean {
    if (!this.states.has(dir)) return false;
    const previous = this.files.get(dir);
    const current = readSafely(dir);
    if (previous && 'files' in current && sameFiles(previous, current.files)) return false;
    this.load(dir, current);
    return true;
  }

  private load(dir: string, read = readSafely(dir)): FactBaseState {
    const previous = this.states.get(dir);
    const state: FactBaseState = { dir, checker: previous?.checker, problems: [] };
    if ('problem' in read) {
      state.problems = [read.problem];
    } else {
      this.files.set(dir, read.files);
      const loaded = loadFactBase(read.files);
      state.problems = loaded.problems;
      if (loaded.factBase) state.checker = createChecker(loaded.factBase);
    }
    this.states.set(dir, state);
    this.onLoaded(state);
    return state;
  }
}

function readSafely(dir: string): { files: FactBaseFiles } | { problem: Problem } {
  try {
    return { files: readFactBase(dir) };
  } catch (error) {
    return { problem: { file: '', line: 0, character: 0, message: `cannot read ${dir}: ${(error as Error).message}` } };
  }
}

function sameFiles(a: FactBaseFiles, b: FactBaseFiles): boolean {
  if (a.size !== b.size) return false;
  for (const [name, text] of a) if (b.get(name) !== text) return false;
  return true;
}
