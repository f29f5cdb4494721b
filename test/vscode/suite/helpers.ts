import { format } from 'node:util';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'sourcecheck.sourcecheck';

/**
 * The workbench forwards the extension host's console mixed with its own log; the runner
 * prints only lines carrying this mark, so the suite's output stands on its own.
 */
export const REPORT_MARK = '[sourcecheck-vscode] ';

export function report(...args: unknown[]): void {
  console.log(REPORT_MARK + format(...args));
}

/** Polls until fn returns a value, or fails with what was last seen when the deadline passes. */
export async function waitFor<T>(
  what: string,
  fn: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
  lastSeen: () => unknown = () => undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await fn();
    if (value !== undefined) return value;
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(lastSeen())}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the runner must open a workspace folder');
  return vscode.Uri.joinPath(folder.uri, name);
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = typeof d.code === 'object' ? d.code.value : d.code;
  return code === undefined ? undefined : String(code);
}

export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'sourcecheck');
}

export function describeDiagnostics(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map(
    (d) => `${d.range.start.line}:${d.range.start.character} ${d.source}/${ruleOf(d)} ${d.message}`,
  );
}

/**
 * Hover contents as plain text: servers escape ASCII punctuation in Markdown ("Mr\."),
 * VS Code turns plaintext into escaped Markdown ("a&nbsp;b"), and the value in a quote is
 * emphasised, so escapes, entities and emphasis marks are undone before comparing.
 */
export function hoverText(hovers: vscode.Hover[]): string {
  const entities: Record<string, string> = { nbsp: ' ', quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    .replace(/\*\*|__|(?<!\\)[*_]/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (all, name: string) => {
      if (name[0] !== '#') return entities[name] ?? all;
      return String.fromCodePoint(parseInt(name.slice(name[1] === 'x' ? 2 : 1), name[1] === 'x' ? 16 : 10));
    })
    .replace(/\s+/g, ' ');
}

/** The occurrence of text closest to an occurrence of anchor: claims sit beside what they are about. */
export function rangeNear(doc: vscode.TextDocument, text: string, anchor: string): vscode.Range {
  const source = doc.getText();
  const all = (s: string) => {
    const found: number[] = [];
    for (let at = source.indexOf(s); at >= 0; at = source.indexOf(s, at + 1)) found.push(at);
    return found;
  };
  const anchors = all(anchor);
  const distance = (at: number) => Math.min(...anchors.map((a) => Math.abs(a - at)));
  const best = all(text).sort((a, b) => distance(a) - distance(b))[0];
  if (best === undefined || anchors.length === 0) throw new Error(`"${text}" near "${anchor}" is not in ${doc.uri.fsPath}`);
  return new vscode.Range(doc.positionAt(best), doc.positionAt(best + text.length));
}

/**
 * Resolves once diagnostics for uri have changed and satisfy done. Subscribe before
 * acting, so a republish that comes quickly is not missed.
 */
export function diagnosticsChange(uri: vscode.Uri, done: (ours: vscode.Diagnostic[]) => boolean, timeoutMs = 30_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      sub.dispose();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for diagnostics to change; now: ${JSON.stringify(describeDiagnostics(uri))}`));
    }, timeoutMs);
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (!e.uris.some((u) => u.toString() === uri.toString())) return;
      const ours = ourDiagnostics(uri);
      if (!done(ours)) return;
      clearTimeout(timer);
      sub.dispose();
      resolve(ours);
    });
  });
}

export async function hoverTextAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

/** The example draft dates the Sochi visit two days late. */
export const SOCHI = { anchor: 'Sochi', claimed: 'August 21, 2022', sourced: 'August 19, 2022' } as const;

/** The date-contradiction on the example draft's Sochi claim, if the server reports one. */
export function sochiFinding(doc: vscode.TextDocument): vscode.Diagnostic | undefined {
  const claim = rangeNear(doc, SOCHI.claimed, SOCHI.anchor);
  return ourDiagnostics(doc.uri).find((d) => ruleOf(d) === 'date-contradiction' && d.range.intersection(claim) !== undefined);
}
