import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ENGINE = path.resolve(__dirname, '..', '..', 'server', 'src', 'engine');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('the engine', () => {
  const files = sources(ENGINE).map((f) => ({ name: path.relative(ENGINE, f), text: fs.readFileSync(f, 'utf8') }));

  it('imports nothing from the editor, the protocol or the file system', () => {
    for (const f of files) {
      const imports = [...f.text.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((m) => m[1]);
      const forbidden = imports.filter((i) => /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)(\/|$)|^(node:)?(fs|path|child_process|os|worker_threads)$/.test(i));
      assert.deepEqual(forbidden, [], `${f.name} imports ${forbidden.join(', ')}`);
    }
  });

  it('does not touch the process: no argv, no env, no exit', () => {
    for (const f of files) assert.ok(!/\bprocess\./.test(f.text), `${f.name} uses process`);
  });

  it('is reached through its one front door by the CLI and the server', () => {
    const adapters = ['cli', 'lsp', 'io', 'shared'].flatMap((room) => sources(path.join(ENGINE, '..', room)));
    for (const file of adapters) {
      const deep = [...fs.readFileSync(file, 'utf8').matchAll(/from\s+['"]((?:\.\.\/)+engine\/[^'"]+)['"]/g)].map((m) => m[1]).filter((i) => !/^(?:\.\.\/)+engine\/index$/.test(i));
      assert.deepEqual(deep, [], `${path.relative(path.join(ENGINE, '..'), file)} reaches into ${deep.join(', ')}`);
    }
  });

  it('has no import cycles', () => {
    const all = sources(path.join(ENGINE, '..'));
    const importsOf = (file: string) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm)].map((m) => path.resolve(path.dirname(file), m[1]) + '.ts').filter((f) => fs.existsSync(f));
    const graph = new Map(all.map((f) => [f, importsOf(f)]));
    const state = new Map<string, 'open' | 'done'>();
    const cycles: string[] = [];
    const visit = (f: string, trail: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(f)), f].map((x) => path.relative(path.join(ENGINE, '..'), x)).join(' -> '));
        return;
      }
      state.set(f, 'open');
      for (const g of graph.get(f) ?? []) visit(g, [...trail, f]);
      state.set(f, 'done');
    };
    for (const f of all) visit(f, []);
    assert.deepEqual(cycles, []);
  });
});
