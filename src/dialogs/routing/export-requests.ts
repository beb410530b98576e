/** The CRM collections `crmpro export` writes, as people name them in chat. */
const COLLECTIONS: Array<[RegExp, string]> = [
  [/\baccounts?\b|\bcompan(?:y|ies)\b|\bcustomers?\b/, 'accounts'],
  [/\bcontacts?\b|\bpeople\b/, 'contacts'],
  [/\bleads?\b/, 'leads'],
  [/\bdeals?\b|\bopportunit(?:y|ies)\b|\bopps\b|\bpipeline\b/, 'deals'],
  [/\binteractions?\b|\bactivit(?:y|ies)\b|\bcalls?\b|\bmeetings?\b/, 'interactions'],
  [/\borders?\b/, 'orders'],
  [/\bcases?\b|\btickets?\b/, 'cases'],
];
/** Asking for a file of records: a verb of exporting, a file format, or records put into a spreadsheet. */
const EXPORT_WORDS =
  /\b(?:export|download|dump|extract)\b|\bas (?:a |an )?(?:csv|jsonl|json lines|parquet|spreadsheet|excel|file)\b|\b(?:into|in|to) (?:a |an )?(?:spreadsheet|excel|google sheets?|csv file)\b|\b(?:csv|jsonl|parquet) (?:of|with|file)\b|\bin (?:csv|jsonl|parquet)\b/;
/** A marketing audience, segment or target list is exported by its own handler. */
const NOT_RECORDS =
  /\b(?:audiences?|segments?|target list|champions?|loyal\w*|hibernating|about to sleep|need attention|at[- ]risk)\b/;

/** The file format a request names (csv unless it says jsonl or parquet). */
function formatOf(text: string): 'csv' | 'jsonl' | 'parquet' {
  if (/\bparquet\b/.test(text)) return 'parquet';
  if (/\bjsonl\b|\bjson lines\b|\bjson\b/.test(text)) return 'jsonl';
  return 'csv';
}

/** A request to export a whole collection of CRM records as a file, as read from its words. */
export interface ExportRequest {
  /** The collection named ("contacts"), if any. */
  collection?: string;
  format: 'csv' | 'jsonl' | 'parquet';
}

/**
 * "export the contacts", "can I get the deals as a csv", "download all leads in parquet": a
 * request for a file of CRM records (which the chat does not send: `crmpro export` writes it).
 * Undefined for anything else, and for a marketing audience or segment export.
 */
export function exportRequestOf(message: string): ExportRequest | undefined {
  const text = message.toLowerCase();
  if (!EXPORT_WORDS.test(text) || NOT_RECORDS.test(text)) return undefined;
  const collection = COLLECTIONS.find(([pattern]) => pattern.test(text))?.[1];
  if (!collection && !/\b(?:data|records|crm|everything)\b/.test(text)) return undefined;
  return { ...(collection ? { collection } : {}), format: formatOf(text) };
}
