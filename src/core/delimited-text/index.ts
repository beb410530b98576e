/** One reader for every delimited text file we take in (CSV import, orders, scoring, series, messages). */
export { DELIMITERS, detectDelimiter } from './detect-delimiter';
export { isGzip, openBytes, readBytesSync } from './open-bytes';
export { isBlankRecord, isEmptyLine, openDelimitedText, type DelimitedText } from './open-delimited-text';
export {
  readDelimitedTable,
  readDelimitedTableSync,
  type DelimitedTable,
  type TableOptions,
} from './read-delimited-table';
export {
  problemText,
  readingError,
  readingProblemOf,
  unreadableFile,
  type ReadingProblem,
} from './reading-problem';
export { RecordSplitter, type RecordBatch } from './record-splitter';
