import type { Report } from '../report';
import { formatJson } from './json';
import { formatStylish } from './stylish';

export type Formatter = (report: Report, color?: boolean) => string;

/** Each output format is one pure function from the report to text. */
export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
};
