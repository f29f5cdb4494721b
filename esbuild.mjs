// Bundles the three programs: the CLI, the language server and the VS Code client.
// Each bundle carries its dependencies, so the .vsix works without node_modules.
import * as esbuild from 'esbuild';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');

// The English word list is a JSON array of ~275,000 strings: as an array literal V8
// parses and keeps it at ~100 MiB per thread; as one string (englishWords.ts searches it
// as it is) it costs its 3 MiB.
const wordListAsOneString = {
  name: 'word-list-as-one-string',
  setup(build) {
    build.onLoad({ filter: /an-array-of-english-words[\\/]index\.json$/ }, (args) => ({
      contents: `export default ${JSON.stringify(JSON.parse(readFileSync(args.path, 'utf8')).join('\n'))};`,
      loader: 'js',
    }));
  },
};
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
  plugins: [wordListAsOneString],
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
