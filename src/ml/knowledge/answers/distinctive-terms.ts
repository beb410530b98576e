import { termCoverage } from '../text/thesaurus';

type Alternatives = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

/**
 * What each question word weighs in telling the sections of a document apart: its idf times
 * log(sections / sections using it). A word every section uses ("api" on the API page) weighs
 * nothing, one only this section uses ("webhooks", "minute") weighs most. The same for every
 * section of the document, so worked out once per document and question.
 */
export function distinctiveWeights(
  sectionsOfDocument: ReadonlyArray<ReadonlySet<string>>,
  queryIdf: ReadonlyMap<string, number>,
  alternatives: Alternatives,
): ReadonlyMap<string, number> {
  const weights = new Map<string, number>();
  for (const [term, idf] of queryIdf) {
    const one = new Map([[term, 1]]);
    const using = sectionsOfDocument.filter((terms) => termCoverage(terms, one, alternatives) > 0).length;
    if (using > 0) weights.set(term, idf * Math.log(sectionsOfDocument.length / using));
  }
  return weights;
}

/**
 * The share of a question a section holds in the words that set it apart from the other sections
 * of its document (weighed by `distinctiveWeights`). 0 when no question word tells the sections apart.
 */
export function distinctiveCoverage(
  section: ReadonlySet<string>,
  sectionsOfDocument: ReadonlyArray<ReadonlySet<string>>,
  queryIdf: ReadonlyMap<string, number>,
  alternatives: Alternatives,
): number {
  return termCoverage(section, distinctiveWeights(sectionsOfDocument, queryIdf, alternatives), alternatives);
}
