/**
 * Evidence about the passage chosen to answer a question beside its confidence, for a better
 * answer decision than one confidence threshold: a right passage worded unlike the question scores
 * 0.33-0.48 while off-topic questions in the documents' words score 0.48-0.55.
 * `bench/tune-knowledge-answerability.ts` fits a logistic model on these (development data only);
 * the decision in the product is still the confidence against the threshold: see docs/knowledge.md,
 * "Eighth round" (K10), for why.
 */
export interface AnswerabilityFeatures {
  /** The passage's confidence (`answerConfidence`). */
  readonly confidence: number;
  /** Share of the question's idf mass present in the passage. */
  readonly coverage: number;
  /** Cosine similarity of question and passage embeddings. */
  readonly similarity: number;
  /** Share of the question's idf mass in the passage's title and headings. */
  readonly titleCoverage: number;
  /** Share of the question's idf mass in words the knowledge base uses at all ("taxes" yes, "supermarket" no). */
  readonly knownShare: number;
  /** Confidence above the best other candidate passage. */
  readonly gap: number;
}

/** The model's inputs, in the order of `ANSWERABILITY_MODEL.weights`. */
export function answerabilityInputs(features: AnswerabilityFeatures): number[] {
  return [features.confidence, features.coverage, features.knownShare];
}
