import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ValidateFunction } from 'ajv';
import * as fs from 'node:fs';

/**
 * The official SARIF 2.1.0 JSON Schema (OASIS, final "rtm.5"), as Microsoft's SARIF SDK
 * ships it in @microsoft/jest-sarif. It is a draft-04 schema, hence ajv-draft-04.
 */
const SCHEMA = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');

let validate: ValidateFunction | undefined;

/** The schema's complaints about a SARIF log, one per line; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string {
  if (!validate) {
    // The schema's `language` pattern has a stray `]` that only non-unicode regular expressions accept.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')));
  }
  return validate(log) ? '' : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`).join('\n');
}
