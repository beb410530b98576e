/** A section of a knowledge document: the headings above it and its plain text. */
export interface DocumentSection {
  /** Headings from the top of the document down to this section (may be empty). */
  readonly headingPath: readonly string[];
  readonly text: string;
}

/** A knowledge document read from `knowledge/`, reduced to plain-text sections. */
export interface KnowledgeDocument {
  /** Path relative to the knowledge directory, with forward slashes. */
  readonly path: string;
  readonly title: string;
  /** Public address of the page, from front matter (`url:`) or an HTML canonical link. */
  readonly url?: string;
  readonly sections: readonly DocumentSection[];
}
