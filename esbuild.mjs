// Bundles the three programs: the CLI, the language server and the VS Code client.
// Each bundle carries its dependencies, so the .vsix works without node_modules.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const common = {
  bundle: true,
  platform: 'node',
  target: 'es2022',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // zod and markdown-it publish ESM entry points that esbuild prefers; keep them.
  mainFields: ['module', 'main'],
  define: { __VERSION__: JSON.stringify(pkg.version) },
};

const programs = [
  { entryPoints: { cli: 'server/src/cli/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { server: 'server/src/lsp/main.ts' }, banner: { js: '#!/usr/bin/env node' } },
  { entryPoints: { client: 'client/src/extension.ts' }, external: ['vscode'] },
];

const contexts = await Promise.all(
  programs.map((p) => esbuild.context({ ...common, ...p, outdir: 'dist' })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
