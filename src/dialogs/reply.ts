/**
 * The channel-neutral answer of the bot core. Dialogs build it from skill results; each channel
 * renders it (Adaptive Card for Teams and the web chat, Block Kit for Slack, plain text for the CLI).
 * `text` always carries the whole answer on its own, for channels that show only text.
 */
export interface Reply {
  text: string;
  title?: string;
  facts?: ReplyFact[];
  lists?: ReplyList[];
  buttons?: ReplyButton[];
  /** Pictures such as forecast charts (drawn by the channel's renderer). */
  images?: ReplyImage[];
  /** Where an answer came from (knowledge documents), shown as citations. */
  sources?: ReplySource[];
  /** Files to hand over, e.g. a CSV export of a target list. */
  files?: ReplyFile[];
}

export interface ReplyFact {
  label: string;
  value: string;
}

export interface ReplyList {
  title?: string;
  items: ReplyListItem[];
}

export interface ReplyListItem {
  title: string;
  subtitle?: string;
  /** A short value shown at the right (an amount, a score). */
  value?: string;
}

/** A suggested action: clicking it sends `value` as the user's next message. */
export interface ReplyButton {
  title: string;
  value: string;
}

/** A Vega-Lite chart specification (JSON); the channel's renderer draws it. */
export type ReplyChartSpec = Record<string, unknown>;

/** A picture: a chart to draw at the edge (`chart`), or a drawn one (`url`, may be a data: URI). */
export interface ReplyImage {
  alt: string;
  url?: string;
  chart?: ReplyChartSpec;
}

export interface ReplySource {
  title: string;
  section?: string;
  url?: string;
}

/** Rows to hand over as a file; the channel's renderer writes them (CSV for text/csv). */
export interface ReplyTable {
  columns: string[];
  rows: Array<Array<string | number>>;
}

/** A file to hand over: a table to write at the edge (`table`), or written content (`base64`). */
export interface ReplyFile {
  name: string;
  contentType: string;
  /** File content, base64-encoded. */
  base64?: string;
  table?: ReplyTable;
}
