import type { Report } from '../report';
import { formatGithub } from './github';
import { formatHtml } from './html';
import { formatJson } from './json';
import { formatJunit } from './junit';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface FormatOptions {
  /** ANSI colours, for a terminal. */
  color: boolean;
  /** The tool's version, for formats that name the tool. */
  version: string;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** Each output format is one pure function from the report to text. */
export const FORMATTERS: Record<string, Formatter> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  html: formatHtml,
};
