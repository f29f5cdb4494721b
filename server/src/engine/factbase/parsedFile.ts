import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { Problem } from '../types';
import { LineMap } from '../text/lineMap';

/**
 * A fact file parsed and validated, with what it takes to place a problem in it. The
 * syntax tree and the line starts cost more than the parse itself (a tree node per
 * value of a 50 MB facts.json), and a valid base needs neither: both are built only
 * when a problem is to be placed.
 */
export class ParsedFile<T> {
  private tree: Node | undefined;
  private lineMap: LineMap | undefined;

  constructor(
    readonly file: string,
    private readonly text: string,
    readonly value: T,
  ) {}

  get lines(): LineMap {
    this.lineMap ??= new LineMap(this.text);
    return this.lineMap;
  }

  /** The offset of the value at a JSON path, or of the nearest enclosing one that exists. */
  offset(path: Array<string | number>): number {
    this.tree ??= parseTree(this.text, [], { allowTrailingComma: false, disallowComments: true });
    return (this.tree && (findNodeAtLocation(this.tree, path) ?? nearestNode(this.tree, path))?.offset) ?? 0;
  }
}

/** A problem at a JSON path of a parsed file. */
export function at(parsed: ParsedFile<unknown>, path: Array<string | number>, message: string): Problem {
  return { file: parsed.file, ...parsed.lines.position(parsed.offset(path)), message: `${message} (at ${path.join('.')})` };
}

/** A missing key has no node: point at the object that should hold it. */
function nearestNode(root: Node, path: Array<string | number>): Node | undefined {
  for (let n = path.length - 1; n >= 0; n--) {
    const node = findNodeAtLocation(root, path.slice(0, n));
    if (node) return node;
  }
  return undefined;
}
