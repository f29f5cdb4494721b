// The --extensionTestsPath module: VS Code's extension host calls run() and takes a
// rejection as failure. The suite is bundled (mocha included) so the host needs nothing
// from node_modules; test files are imported only after mocha has set up its globals.
import Mocha from 'mocha';
import { report } from './helpers';

export async function run(): Promise<void> {
  // Failures then point at test/vscode/suite/*.ts rather than into the bundle.
  process.setSourceMapsEnabled(true);
  Mocha.reporters.Base.consoleLog = report;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  mocha.suite.emit('pre-require', globalThis, 'bundle', mocha);
  await import('./draft.test');
  await import('./commands.test');
  await import('./sourcesView.test');
  await import('./settings.test');
  await import('./workspaceFacts.test');
  await import('./largeDraft.test');
  const stats = await new Promise<Mocha.Stats>((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats!));
  });
  report(`${stats.passes} passed, ${stats.failures} failed`);
  if (stats.failures > 0) throw new Error(`${stats.failures} extension test(s) failed`);
}
