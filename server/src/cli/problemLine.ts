import * as path from 'node:path';
import { blocksLoading, type Problem } from '../engine/index';
import { terminalText } from './terminalText';

/** A fact base problem as compilers print theirs, "file:line:column: message", for terminals and editors to follow. */
export function problemLine(dir: string, problem: Problem): string {
  const severity = blocksLoading(problem) ? '' : 'warning: ';
  return `${path.join(dir, problem.file)}:${problem.line + 1}:${problem.character + 1}: ${severity}${terminalText(problem.message)}`;
}
