/** CSV import into the CRM: header mapping, per-row checks, one all-or-nothing write per file. */
export { openCsv, type CsvRow } from './csv-records';
export { headerKey } from './column-map';
export { IMPORT_KINDS, type ImportKindName, type ImportOptions } from './import-kind';
export { IMPORTERS, importCsv, importSummaryLine, type ImportReport, type RejectedRow } from './import-csv';
