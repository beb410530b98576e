import { createAnalyzer, DEFAULT_ANALYZER, type AnalyzerOptions } from '../text/analyzer';
import { QUESTION_WORDS, questionCueTerms } from '../text/question-words';
import {
  EXPANSION_WEIGHT,
  QueryExpander,
  termCoverage,
  type ExpandedQuery,
  type Thesaurus,
} from '../text/thesaurus';
import { LIGHT_WORD_WEIGHT, lightTerms } from '../text/light-words';
import { DEFAULT_LSA_OPTIONS, LsaEmbedding, type LsaTrainingOptions } from '../embedding/lsa-embedding';
import { Bm25Index, queryOf, type Bm25Parameters } from './bm25-index';
import { fuseScores, normalizedScores } from './score-fusion';
import { DEFAULT_VECTOR_INDEX, VectorIndex, type VectorIndexParameters } from './vector-index';
import { embedRemotely } from '../embedding/remote-embedding';
import type { TextEmbedder } from '../../llm/language-model';

/** What a remote embeddings model embeds for a passage: its title (document › headings), then its text. */
export function remotePassageText(passage: Pick<Passage, 'title' | 'text'>): string {
  return `${passage.title}\n\n${passage.text}`;
}

/** How many questions' analyses a retriever keeps (one answer judges a message and a few rewordings of it). */
const RECENT_QUESTIONS = 16;

interface QuestionAnalysis {
  readonly expansion: ExpandedQuery;
  /** The distinct topical terms with their idf. */
  readonly idf: ReadonlyMap<string, number>;
  /** The embedding of the terms and their expansion. */
  readonly vector: Float32Array;
}

/** Everything that decides a ranking; stored with the index so queries are answered as indexed. */
export interface RetrievalSettings {
  readonly analyzer: AnalyzerOptions;
  readonly bm25: Bm25Parameters;
  /** How many times a passage's title (document title + heading path) counts. */
  readonly titleWeight: number;
  /** Share of the dense (vector) score in the fused score; 0 = BM25 only. */
  readonly denseWeight: number;
  /**
   * The same share when the vectors come from a remote embeddings model (OPENAI_EMBEDDING_MODEL),
   * which ranks far better alone than the local embedding. Not tuned here (no network): an even blend.
   */
  readonly remoteDenseWeight: number;
  /** Candidates taken from each list before fusion. */
  readonly candidates: number;
  readonly embedding: LsaTrainingOptions;
  readonly vectorIndex: VectorIndexParameters;
}

/**
 * The product's retrieval settings, chosen on the SciFact *train* queries (809) and reported on
 * the test queries (300) only once: see docs/knowledge.md, "Measured: BEIR SciFact".
 */
export const DEFAULT_RETRIEVAL: RetrievalSettings = Object.freeze({
  analyzer: DEFAULT_ANALYZER,
  bm25: Object.freeze({ k1: 1.2, b: 0.75 }),
  titleWeight: 2,
  denseWeight: 0.1,
  remoteDenseWeight: 0.5,
  candidates: 100,
  embedding: DEFAULT_LSA_OPTIONS,
  vectorIndex: DEFAULT_VECTOR_INDEX,
});

/** A passage to rank: a title (document title, heading path) and its text, under a stable label. */
export interface Passage {
  readonly label: number;
  readonly title: string;
  readonly text: string;
}

/** One ranked passage, with the signals behind its score. */
export interface RetrievalHit {
  /** Position in the retriever's passage list. */
  readonly position: number;
  readonly label: number;
  /** Fused score in [0, 1], relative to this query's candidates. */
  readonly score: number;
  /** Raw BM25 score (0 when no query term matches). */
  readonly lexical: number;
}

/** Absolute evidence that a passage answers a question (fused scores are only relative). */
export interface HitEvidence {
  /** Share of the question's idf mass present in the passage (0..1); unknown words count as missing. */
  readonly coverage: number;
  /** Cosine similarity of question and passage embeddings (−1..1). */
  readonly similarity: number;
  /**
   * The same share as `coverage`, in the passage's title (document title and heading path) alone:
   * a passage whose title names the question's topic is about it, not mentioning it in passing.
   */
  readonly titleCoverage: number;
}

/**
 * Hybrid retrieval: BM25 over analysed terms fused with cosine search in an hnswlib index of
 * corpus-trained embeddings. The same class serves the bot (chunks of `knowledge/`) and
 * `crmpro knowledge search|eval` (BEIR documents), so the measured quality is the bot's.
 */
export class HybridRetriever {
  private readonly analyze: (text: string) => string[];
  private readonly positionOfLabel: Map<number, number>;
  private readonly questionWords: ReadonlySet<string>;
  private readonly expander: QueryExpander | undefined;
  private readonly light: ReadonlySet<string> | undefined;
  /**
   * What a question's words give (terms, thesaurus expansion, idf, embedding), for the last few
   * questions: one knowledge answer weighs the same question against every candidate passage, and
   * the passages are fixed, so neither is worked out twice.
   */
  private readonly recentQuestions = new Map<string, QuestionAnalysis>();
  private readonly passageVectors: Array<Float32Array | undefined> = [];
  private readonly passageTitleTerms: Array<ReadonlySet<string> | undefined> = [];

  constructor(
    readonly passages: readonly Passage[],
    private readonly lexical: Bm25Index,
    readonly embedding: LsaEmbedding,
    readonly vectors: VectorIndex,
    readonly settings: RetrievalSettings,
    /** Where the vectors came from: the local embedding, or a remote model (queries then bring their own vector). */
    readonly denseSource: 'local' | 'remote' = 'local',
    /** Groups of words that mean the same (see `KNOWLEDGE_THESAURUS`); none for BEIR evaluation. */
    thesaurus?: Thesaurus,
  ) {
    this.analyze = createAnalyzer(settings.analyzer);
    this.positionOfLabel = new Map(passages.map((passage, position) => [passage.label, position]));
    this.questionWords = new Set(QUESTION_WORDS.flatMap((word) => this.analyze(word)));
    this.expander = thesaurus ? new QueryExpander(thesaurus, this.analyze) : undefined;
    // Only knowledge answers weigh light words less (as with the thesaurus): the BEIR path is unchanged.
    this.light = thesaurus ? lightTerms(this.analyze) : undefined;
  }

  /** Index terms of a passage (title counted `titleWeight` times), as BM25 and the embedding see it. */
  static passageTerms(
    passage: Pick<Passage, 'title' | 'text'>,
    analyze: (text: string) => string[],
    titleWeight: number,
  ): string[] {
    const title = analyze(passage.title);
    const terms: string[] = [];
    for (let i = 0; i < titleWeight; i++) terms.push(...title);
    terms.push(...analyze(passage.text));
    return terms;
  }

  /**
   * Builds everything in memory: analyses the passages, trains the embedding (unless given one)
   * and fills a fresh vector index. Used for BEIR evaluation and for a first index of `knowledge/`.
   */
  static build(
    passages: readonly Passage[],
    settings: RetrievalSettings = DEFAULT_RETRIEVAL,
    embedding?: LsaEmbedding,
  ): HybridRetriever {
    const analyze = createAnalyzer(settings.analyzer);
    const terms = passages.map((passage) =>
      HybridRetriever.passageTerms(passage, analyze, settings.titleWeight),
    );
    const model = embedding ?? LsaEmbedding.train(terms, settings.embedding);
    const vectors = VectorIndex.create(model.dimensions, passages.length, settings.vectorIndex);
    passages.forEach((passage, position) => vectors.add(passage.label, model.embed(terms[position]!)));
    return new HybridRetriever(passages, new Bm25Index(terms, settings.bm25), model, vectors, settings);
  }

  /**
   * Like `build`, with the vectors from a remote embeddings model (each passage embedded as its
   * title and text); the local embedding is still trained, for the evidence behind "no answer".
   */
  static async buildRemote(
    passages: readonly Passage[],
    embedder: TextEmbedder,
    settings: RetrievalSettings = DEFAULT_RETRIEVAL,
  ): Promise<HybridRetriever> {
    const analyze = createAnalyzer(settings.analyzer);
    const terms = passages.map((passage) =>
      HybridRetriever.passageTerms(passage, analyze, settings.titleWeight),
    );
    const embedded = await embedRemotely(embedder, passages.map(remotePassageText));
    const vectors = VectorIndex.create(embedded[0]?.length ?? 1, passages.length, settings.vectorIndex);
    passages.forEach((passage, position) => vectors.add(passage.label, embedded[position]!));
    const model = LsaEmbedding.train(terms, settings.embedding);
    return new HybridRetriever(
      passages,
      new Bm25Index(terms, settings.bm25),
      model,
      vectors,
      settings,
      'remote',
    );
  }

  /**
   * Rebuilds the lexical side over stored passages and attaches an already filled vector index
   * (`denseSource` 'remote' when its vectors came from a remote embeddings model), expanding
   * questions with `thesaurus` when one is given.
   */
  static attach(
    passages: readonly Passage[],
    embedding: LsaEmbedding,
    vectors: VectorIndex,
    settings: RetrievalSettings,
    denseSource: 'local' | 'remote' = 'local',
    thesaurus?: Thesaurus,
  ): HybridRetriever {
    const analyze = createAnalyzer(settings.analyzer);
    const terms = passages.map((passage) =>
      HybridRetriever.passageTerms(passage, analyze, settings.titleWeight),
    );
    return new HybridRetriever(
      passages,
      new Bm25Index(terms, settings.bm25),
      embedding,
      vectors,
      settings,
      denseSource,
      thesaurus,
    );
  }

  /**
   * The `k` best passages for a question, best first. With remote vectors the caller passes the
   * question's vector from the same model; without one the ranking is lexical only.
   */
  search(question: string, k: number, remoteQueryVector?: Float32Array): RetrievalHit[] {
    const topical = this.topicalTerms(this.analyze(question));
    if (!topical.length) return [];
    const cues = questionCueTerms(question).flatMap((word) => this.analyze(word));
    const terms = [...topical, ...cues.filter((term) => !topical.includes(term))];
    const query = queryOf(terms);
    const { added } = this.questionAnalysis(question).expansion;
    for (const [term, weight] of added) if (!query.has(term)) query.set(term, weight);
    const candidates = Math.max(k, this.settings.candidates);
    const lexicalHits = this.lexical.search(query, candidates);
    const remote = this.denseSource === 'remote';
    const queryVector = remote
      ? remoteQueryVector
      : this.embedding.embed(added.size ? [...terms, ...added.keys()] : terms);
    const denseWeight = remote ? this.settings.remoteDenseWeight : this.settings.denseWeight;
    const hasVector = queryVector?.some((value) => value !== 0) ?? false;
    const denseHits =
      queryVector && hasVector && denseWeight > 0 ? this.vectors.search(queryVector, candidates) : [];
    const lexicalScores = normalizedScores(
      lexicalHits.map((hit) => ({ key: hit.doc, score: hit.score })),
      candidates,
    );
    const densePositions = [];
    for (const hit of denseHits) {
      const position = this.positionOfLabel.get(hit.label);
      if (position !== undefined) densePositions.push({ key: position, score: hit.similarity });
    }
    const fused = fuseScores(lexicalScores, normalizedScores(densePositions, candidates), denseWeight);
    const rawLexical = new Map(lexicalHits.map((hit) => [hit.doc, hit.score]));
    return [...fused]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([position, score]) => ({
        position,
        label: this.passages[position]!.label,
        score,
        lexical: rawLexical.get(position) ?? 0,
      }));
  }

  /**
   * A passage by its label as a hit that was not retrieved (score 0): a section of a retrieved
   * document that the search ranked below the leading hits, for `evidence`.
   */
  unrankedHit(label: number): RetrievalHit | undefined {
    const position = this.positionOfLabel.get(label);
    return position === undefined ? undefined : { position, label, score: 0, lexical: 0 };
  }

  /** How well one retrieved passage covers the question, in absolute terms (for the no-answer decision). */
  evidence(question: string, hit: Pick<RetrievalHit, 'position'>): HitEvidence {
    const { expansion, idf, vector } = this.questionAnalysis(question);
    return {
      coverage: termCoverage(this.lexical.termsOf(hit.position), idf, expansion.alternatives),
      titleCoverage: termCoverage(this.titleTermsOf(hit.position), idf, expansion.alternatives),
      similarity: this.similarityTo(vector, hit.position),
    };
  }

  /** The question's distinct index terms with their idf (what answer extraction weighs sentences by). */
  questionTerms(question: string): ReadonlyMap<string, number> {
    return this.questionAnalysis(question).idf;
  }

  /** The thesaurus alternatives of the question's terms (empty without a thesaurus). */
  questionAlternatives(question: string): ExpandedQuery['alternatives'] {
    return this.questionAnalysis(question).expansion.alternatives;
  }

  private questionAnalysis(question: string): QuestionAnalysis {
    const known = this.recentQuestions.get(question);
    if (known) return known;
    const terms = this.analyze(question);
    const expansion = this.expansion(terms);
    const analysis: QuestionAnalysis = {
      expansion,
      idf: this.queryIdf(terms),
      vector: this.embedding.embed(expansion.added.size ? [...terms, ...expansion.added.keys()] : terms),
    };
    if (this.recentQuestions.size >= RECENT_QUESTIONS)
      this.recentQuestions.delete(this.recentQuestions.keys().next().value!);
    this.recentQuestions.set(question, analysis);
    return analysis;
  }

  private titleTermsOf(position: number): ReadonlySet<string> {
    return (this.passageTitleTerms[position] ??= new Set(this.analyze(this.passages[position]!.title)));
  }

  /**
   * The thesaurus expansion of a question's analysed terms, plus compounds split: a word the index does not
   * know that is two words it does ("nonprofits" / "non-profit", "signon" / "sign-on") stands for
   * them. Only with a thesaurus (knowledge answers), so the BEIR path is unchanged.
   */
  private expansion(allTerms: readonly string[]): ExpandedQuery {
    if (!this.expander) return { added: new Map(), alternatives: new Map() };
    // Phrases are matched on all the question's terms: a phrase may hold a word that alone only
    // shapes a question ("hook up", "set up", "sign up"); coverage still weighs topical terms only.
    const terms = this.topicalTerms(allTerms);
    const expanded = this.expander.expand(allTerms);
    const added = new Map(expanded.added);
    const alternatives = new Map(expanded.alternatives);
    for (const term of new Set(terms)) {
      if (this.lexical.documentFrequency(term) || alternatives.has(term)) continue;
      const parts = this.compoundParts(term);
      if (!parts) continue;
      alternatives.set(term, [parts]);
      for (const part of parts)
        if (!terms.includes(part)) added.set(part, Math.max(added.get(part) ?? 0, EXPANSION_WEIGHT / 2));
    }
    return { added, alternatives };
  }

  /** Two index terms a word unknown to the index is written from, if any (the most frequent pair). */
  private compoundParts(word: string): [string, string] | undefined {
    let best: { parts: [string, string]; df: number } | undefined;
    for (let cut = 2; cut <= word.length - 2; cut++) {
      const left = this.analyze(word.slice(0, cut));
      const right = this.analyze(word.slice(cut));
      if (left.length !== 1 || right.length !== 1) continue;
      const df = Math.min(
        this.lexical.documentFrequency(left[0]!),
        this.lexical.documentFrequency(right[0]!),
      );
      if (df > 0 && (!best || df > best.df)) best = { parts: [left[0]!, right[0]!], df };
    }
    return best?.parts;
  }

  /** How many passages contain an index term. */
  passageCount(term: string): number {
    return this.lexical.documentFrequency(term);
  }

  /** The analyzer the index was built with. */
  analyzer(): (text: string) => string[] {
    return this.analyze;
  }

  /**
   * How many distinct terms of the text name a topic: terms other than question words and bare
   * numbers ("what should we do?" and "we're about 200" have none).
   */
  topicalTermCount(text: string): number {
    return new Set(this.analyze(text).filter((term) => !this.questionWords.has(term) && /\p{L}/u.test(term)))
      .size;
  }

  /** The terms that carry the topic: question words dropped, unless nothing else is left. */
  private topicalTerms(terms: readonly string[]): readonly string[] {
    const topical = terms.filter((term) => !this.questionWords.has(term));
    return topical.length ? topical : terms;
  }

  /**
   * Each distinct topical query term with its idf (question words left out); unknown terms get the
   * largest idf, since they are informative and missing from every passage. For knowledge answers,
   * light words ("put", "big", "far back": see `light-words.ts`) keep a fraction of it.
   */
  private queryIdf(terms: readonly string[]): Map<string, number> {
    const unseen = Math.log(1 + (this.lexical.size + 0.5) / 0.5);
    const weight = (term: string) => (this.light?.has(term) ? LIGHT_WORD_WEIGHT : 1);
    return new Map(
      [...new Set(this.topicalTerms(terms))].map((term) => [
        term,
        weight(term) * (this.lexical.documentFrequency(term) ? this.lexical.idf(term) : unseen),
      ]),
    );
  }

  private similarityTo(queryVector: Float32Array, position: number): number {
    const vector = (this.passageVectors[position] ??= this.embedding.embed(
      HybridRetriever.passageTerms(this.passages[position]!, this.analyze, this.settings.titleWeight),
    ));
    let dot = 0;
    for (let d = 0; d < vector.length; d++) dot += vector[d]! * queryVector[d]!;
    return dot;
  }
}
