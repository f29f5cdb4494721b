/**
 * The year a table's column is about: "2023", "FY2022", "FY 22", "Fiscal 2021". A key
 * figure under "FY2022" is last year's, whatever this year's fact says.
 */
const COLUMN_YEAR = /(?:^|[^\p{L}\p{N}])(?:(?:FY|fiscal\s*(?:year\s*)?)\s?)?((?:1[6-9]|2[01])\d\d)(?![\p{N}])|\bFY\s?(\d\d)(?![\p{N}])/iu;

export function columnYear(header: string | undefined): number | undefined {
  const m = header === undefined ? null : COLUMN_YEAR.exec(header);
  if (!m) return undefined;
  return m[1] ? Number(m[1]) : 2000 + Number(m[2]);
}
