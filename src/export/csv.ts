import { type Options, stringify } from "csv-stringify/sync";

/**
 * CSV for the spreadsheets staff open. A text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return would run as a formula there (a participant's answer `=HYPERLINK(…)`), so csv-stringify's
 * `escape_formulas` prefixes it with `'`; numbers are passed as numbers and stay readable (-3 stays -3).
 */
export function spreadsheetCsv(records: unknown[], options: Options = {}): string {
  return stringify(records, { ...options, escape_formulas: true });
}
