/**
 * Writes package.json's `sourcecheck.severity` setting from the rules' declarations
 * (server/src/engine/rules/), so the editor offers every rule with its own default.
 * The invariant tests fail when it is stale.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { severitySetting } from '../server/src/shared/severitySetting';

const file = path.resolve(__dirname, '..', 'package.json');
const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
pkg.contributes.configuration.properties['sourcecheck.severity'] = severitySetting();
fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), file)}: sourcecheck.severity`);
