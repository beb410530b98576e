import { extractAnswer } from './answers/answer-extractor';
import { answerTypesOf, asksOnlyTheKindOfFact } from './answers/answer-type';
import { comparedWithOurselves } from './answers/comparison';
import { isTroubleshootingDocument, reportsProblem } from './answers/problem-report';
import { distinctiveWeights } from './answers/distinctive-terms';
import type { AnswerabilityFeatures } from './answers/answerability';
import { askedOfOurProduct, withoutFrame, withoutTurnedAway } from './answers/question-frame';
import { askedCondition } from './answers/asked-condition';
import { guardQuestion, type GuardedQuestion } from './answers/question-guard';
import { chunkTitle } from './ingestion/chunker';
import { knowledgeIndexRoot, updateKnowledgeIndex, type IndexingReport } from './ingestion/knowledge-indexer';
import { CrmError, ErrorCode, isCrmError } from '../../core/errors';
import {
  currentIndexDirectory,
  loadKnowledgeIndex,
  type StoredChunk,
} from './ingestion/knowledge-index-files';
import { listKnowledgeFiles } from './ingestion/knowledge-files';
import { HybridRetriever, type HitEvidence, type RetrievalHit } from './retrieval/hybrid-retriever';
import { embedQueryRemotely } from './embedding/remote-embedding';
import { KNOWLEDGE_THESAURUS, termCoverage, thesaurusPhrases } from './text/thesaurus';
import { everydayQuestion } from './text/everyday-question';
import { withoutAskersPlace } from './text/askers-place';
import { RUN_ON_QUESTION } from './text/run-on-question';
import { createAnalyzer, withTextCache } from './text/analyzer';
import { CorpusSpelling } from './text/corpus-spelling';
import { crossesDirection } from './text/opposite-words';
import type { TextEmbedder } from '../llm/language-model';

/** Where an answer came from. */
export interface KnowledgeSource {
  readonly title: string;
  /** Heading path inside the document ("Refunds › Annual plans"). */
  readonly section?: string;
  readonly url?: string;
  /** File under `knowledge/`. */
  readonly path: string;
}

/** Why no answer was given. */
export type NoAnswerReason =
  'empty-question' | 'instructions-ignored' | 'empty-knowledge-base' | 'no-match' | 'low-confidence';

/** A retrieved passage, for a caller that generates an answer with an LLM. */
export interface KnowledgePassage {
  readonly source: KnowledgeSource;
  readonly text: string;
  readonly score: number;
}

/** The answer to one question. */
export interface KnowledgeAnswer {
  /** Sentences taken from the knowledge base; empty when `noAnswer`. */
  readonly answer: string;
  readonly sources: readonly KnowledgeSource[];
  /** 0..1; below the threshold the answer is withheld. */
  readonly confidence: number;
  readonly noAnswer: boolean;
  readonly reason?: NoAnswerReason;
  /** Parts of the question that were instructions or CRM-data requests and were ignored. */
  readonly ignored: ReadonlyArray<'instructions' | 'crm-data'>;
  /** The best passages (for a grounded LLM answer); empty when `noAnswer`. */
  readonly passages: readonly KnowledgePassage[];
  /** Evidence about the chosen passage beside its confidence (absent when no passage was found). */
  readonly evidence?: AnswerabilityFeatures;
}

/**
 * The confidence below which the bot says it has no answer. Calibrated on the labelled questions in
 * `tests/fixtures/knowledge/questions.json` (answerable vs. off-topic) against `knowledge/` by
 * `bench/tune-knowledge-threshold.ts` (the middle of the run of thresholds with the best Youden's J):
 * see docs/knowledge.md, "The no-answer threshold" for the rule and the measured rates.
 */
export const DEFAULT_NO_ANSWER_THRESHOLD = 0.48;

/**
 * Confidence of a passage answering a question, from absolute evidence (fused scores are relative):
 * how much of the question the passage, its extracted sentences and its title cover, and how
 * similar their embeddings are. It also picks the answering passage among the leading hits, where
 * the title share prefers the section about the topic over one that mentions it in passing.
 */
export function answerConfidence(evidence: HitEvidence, extractCoverage: number): number {
  const value =
    0.4 * evidence.coverage +
    0.2 * extractCoverage +
    0.3 * Math.max(0, evidence.similarity) +
    0.1 * evidence.titleCoverage;
  return Math.min(1, Math.max(0, value));
}

/**
 * How much stating the asked kind of fact (`answerTypesOf`) weighs when passages compete, in units
 * of confidence. It only picks the answering passage; the confidence judged against the no-answer
 * threshold is the passage's own.
 */
const ANSWER_TYPE_MARGIN = 0.05;

/**
 * How much a section's own heading naming the question's topic weighs when sections of the
 * document that answers compete, per unit of heading coverage. They share the document's title,
 * so the title share of the confidence cannot tell "Webhooks" from "Zapier and Make" under "REST
 * API and webhooks"; the heading alone can. Between documents it does not count: a heading that
 * shares one word with the question ("Support response times" for "support hours") is no reason to
 * leave the document that answers. Like `ANSWER_TYPE_MARGIN`, it only picks the passage.
 */
const HEADING_MARGIN = 0.1;

/**
 * How much a troubleshooting page weighs less when the question reports no problem: "how do i set
 * up sso with okta" and "can we do sso" share "single sign-on" and "identity provider" with the
 * sign-in troubleshooting page, but are answered by the section that says which protocols work.
 * A problem ("sso fails with invalid signature") keeps the page, and so does a question no other
 * page answers above the no-answer threshold. It only picks the passage.
 */
const NOT_A_PROBLEM_MARGIN = 0.2;

/**
 * How much a passage saying what goes wrong (`statesProblem`) weighs more when the question reports
 * a problem, in units of confidence: "the forecast digest didn't arrive in teams" shares "digest",
 * "arrives" and "Teams" with the Teams page's description of the digest, but is answered by its
 * known limitation. Like `ANSWER_TYPE_MARGIN`, it only picks the passage, and only one that answers
 * on its own (at or above the no-answer threshold): "where can i read the error logs" must not
 * trade the logs section for a weaker passage about an error.
 */
const PROBLEM_PASSAGE_MARGIN = 0.15;

/**
 * How much covering the words of the question's condition (`askedCondition`: "if we cancel", "if
 * we self host") weighs when passages compete, per unit of that coverage: "if we cancel, how long do
 * you keep our data" is the retention page's "When you leave" ("When you cancel, …"), not its "While
 * you are a customer", which matches the rest of the question as well. It only picks the passage.
 */
const CONDITION_MARGIN = 0.1;

/**
 * Whether a passage is about a problem: its heading names one ("Known limitations", "Single sign-on
 * errors", "Locked account") or its text says what does not work ("does not allow", "never talked").
 */
function statesProblem(chunk: StoredChunk): boolean {
  return PROBLEM_HEADING.test(chunk.headingPath.join(' ')) || reportsProblem(chunk.text);
}

const PROBLEM_HEADING =
  /\b(?:limitations?|limits|known\s+issues|troubleshoot\w*|errors?|problems?|locked|rejected|fails?|not\s+working)\b/i;

/**
 * How much holding the question's words that no other section of its document uses
 * (`distinctiveCoverage`) weighs when sections of the document that answers compete, per unit of
 * that share: "do you have webhooks in the api" is "Webhooks" (the one section saying "webhooks"),
 * not "REST API" (which says "API", as the whole page does). Half the heading's weight: a word the
 * question uses in passing ("hook it up to our erp" / "connect") must not outweigh the asked topic.
 * It only picks the passage.
 */
const DISTINCTIVE_MARGIN = 0.05;

/**
 * How much of a question word missing from a section counts as covered when the section's own
 * document uses it elsewhere: a section is read in its document's context ("can the bot read all
 * our slack channels" is answered by the Slack page's "Permissions", which never says "Slack" or
 * "bot"). Half: the words of the section itself still weigh more.
 */
const DOCUMENT_CONTEXT_SHARE = 0.5;

/**
 * By how much the question without the alternative it turns away from must be better supported
 * than the whole question to answer instead (see `withoutTurnedAway`), in units of confidence.
 */
const TURNED_AWAY_MARGIN = 0.15;
/** At most how many passages mention a word that names a thing of its own (a product, a provider). */
const RARE_THING_PASSAGES = 2;

/** How many leading hits (scoring at least half the best) compete to answer. */
const CANDIDATE_PASSAGES = 5;

/**
 * How many leading hits compete when none of the first `CANDIDATE_PASSAGES` answers above the
 * no-answer threshold. Only then: among more candidates, a passage that merely shares words wins
 * more often ("how much is self hosted" would get the self-hosted refund), so a question already
 * answered keeps its window.
 */
const WIDER_CANDIDATE_PASSAGES = 10;

/** Options of `KnowledgeBase.open`. */
export interface KnowledgeBaseOptions {
  readonly knowledgeDir: string;
  readonly modelsDir: string;
  /** Bring the index up to date first (changed files only); default true. */
  readonly refresh?: boolean;
  readonly threshold?: number;
  readonly clock?: () => Date;
  /** A remote embeddings model for the vectors (OPENAI_EMBEDDING_MODEL); default: the local embedding. */
  readonly embedder?: TextEmbedder;
}

/** What a section is about: its own heading path (the document's title is shared by its sections). */
function headingOf(chunk: Pick<StoredChunk, 'headingPath' | 'documentTitle'>): string {
  return chunk.headingPath.length ? chunk.headingPath.join(' › ') : chunk.documentTitle;
}

/**
 * The knowledge base the bot answers from: the index of `knowledge/` (refreshed when files
 * changed), hybrid retrieval over its chunks, extractive answers with their sources, and a
 * calibrated "no answer". It reads only `knowledge/` and its own index under `models/knowledge/`.
 */
export class KnowledgeBase {
  private readonly chunkByLabel: Map<number, StoredChunk>;
  /** Typos and other spellings of the documents' words, read as the documents spell them. */
  private readonly spelling: CorpusSpelling | undefined;
  /** Each document's index terms (title, headings and text of all its sections), by path. */
  private readonly termsOfDocument = new Map<string, Set<string>>();
  /** Each section's own index terms (heading path and text), by label. */
  private readonly termsOfSection = new Map<number, Set<string>>();
  /** Each section's text alone and its heading (path, or the document's title) as index terms, by label. */
  private readonly termsOfText = new Map<number, Set<string>>();
  private readonly termsOfHeading = new Map<number, Set<string>>();
  /** The retriever's analyzer, remembering the passages' sentences (see `withTextCache`); not for questions. */
  private readonly analyze: (text: string) => string[];

  private constructor(
    private readonly retriever: HybridRetriever | undefined,
    chunks: readonly StoredChunk[],
    readonly threshold: number,
    readonly indexing: IndexingReport | undefined,
    readonly version: string,
    private readonly fileHashes: ReadonlyMap<string, string>,
    private readonly knowledgeDir: string,
    /** The remote model questions are embedded with, when the index's vectors came from it. */
    private readonly embedder: TextEmbedder | undefined,
    /**
     * Why bringing the index up to date failed (the remote embeddings model was unreachable); the
     * index as it was is used meanwhile, and the next `hasChanges` check retries.
     */
    readonly indexingError?: CrmError,
  ) {
    this.chunkByLabel = new Map(chunks.map((chunk) => [chunk.label, chunk]));
    this.analyze = withTextCache(retriever ? retriever.analyzer() : createAnalyzer());
    if (retriever) {
      for (const chunk of chunks) {
        const terms = this.termsOfDocument.get(chunk.path) ?? new Set<string>();
        for (const term of retriever.analyzer()(`${chunkTitle(chunk)}\n${chunk.text}`)) terms.add(term);
        this.termsOfDocument.set(chunk.path, terms);
        this.termsOfSection.set(
          chunk.label,
          new Set(retriever.analyzer()(`${chunk.headingPath.join('\n')}\n${chunk.text}`)),
        );
        this.termsOfText.set(chunk.label, new Set(retriever.analyzer()(chunk.text)));
        this.termsOfHeading.set(chunk.label, new Set(retriever.analyzer()(headingOf(chunk))));
      }
    }
    this.spelling = retriever
      ? new CorpusSpelling(
          chunks.flatMap((chunk) => [chunkTitle(chunk), chunk.text]),
          retriever.analyzer(),
          // The thesaurus's words are words people use, not typos ("iphone" is not "phone").
          thesaurusPhrases(KNOWLEDGE_THESAURUS),
        )
      : undefined;
  }

  /** True when files under `knowledge/` were added, changed or removed since this was opened, or its update failed. */
  async hasChanges(): Promise<boolean> {
    if (this.indexingError) return true;
    const files = await listKnowledgeFiles(this.knowledgeDir);
    return (
      files.length !== this.fileHashes.size ||
      files.some((file) => this.fileHashes.get(file.path) !== file.sha256)
    );
  }

  /** Opens the knowledge base, indexing changed files first unless `refresh` is false. */
  static async open(options: KnowledgeBaseOptions): Promise<KnowledgeBase> {
    let indexing: IndexingReport | undefined;
    let indexingError: CrmError | undefined;
    if (options.refresh !== false) {
      try {
        indexing = await updateKnowledgeIndex(options.knowledgeDir, options.modelsDir, {
          clock: options.clock,
          embedder: options.embedder,
        });
      } catch (error) {
        // A remote embeddings model that is down must not take the knowledge base with it: the
        // index on disk is still good. Without one, there is nothing to answer from: fail.
        if (
          !isCrmError(error, ErrorCode.Unavailable) ||
          !currentIndexDirectory(knowledgeIndexRoot(options.modelsDir))
        )
          throw error;
        indexingError = error;
      }
    }
    const threshold = options.threshold ?? DEFAULT_NO_ANSWER_THRESHOLD;
    const artifacts = loadKnowledgeIndex(knowledgeIndexRoot(options.modelsDir));
    if (!artifacts || !artifacts.catalog.chunks.length) {
      const files = await listKnowledgeFiles(options.knowledgeDir);
      return new KnowledgeBase(
        undefined,
        [],
        threshold,
        indexing,
        'empty',
        new Map(files.map((f) => [f.path, f.sha256])),
        options.knowledgeDir,
        undefined,
        indexingError,
      );
    }
    const { catalog, embedding, vectors, card } = artifacts;
    const passages = catalog.chunks.map((chunk) => ({
      label: chunk.label,
      title: chunkTitle(chunk),
      text: chunk.text,
    }));
    const remote = card.embedding.remote;
    const retriever = HybridRetriever.attach(
      passages,
      embedding,
      vectors,
      card.retrieval,
      remote ? 'remote' : 'local',
      KNOWLEDGE_THESAURUS,
    );
    const hashes = new Map(Object.entries(catalog.files).map(([path, entry]) => [path, entry.sha256]));
    // Questions can only be embedded by the model the index was built with; otherwise ranking is lexical.
    const embedder = remote && options.embedder?.id === remote.model ? options.embedder : undefined;
    return new KnowledgeBase(
      retriever,
      catalog.chunks,
      threshold,
      indexing,
      card.version,
      hashes,
      options.knowledgeDir,
      embedder,
      indexingError,
    );
  }

  /**
   * Answers a question, embedding it with the remote model first when the index's vectors came from
   * one. If that model fails, the question is answered from the lexical ranking and `onRemoteError`
   * is told why: a visitor still gets an answer when the embeddings service is down.
   */
  async answer(
    question: string,
    options: { maxSources?: number; onRemoteError?: (error: unknown) => void } = {},
  ): Promise<KnowledgeAnswer> {
    let queryVector: Float32Array | undefined;
    const guarded = guardQuestion(question).question;
    if (this.embedder && guarded) {
      try {
        queryVector = await embedQueryRemotely(this.embedder, guarded);
      } catch (error) {
        options.onRemoteError?.(error);
      }
    }
    return this.ask(question, {
      ...(options.maxSources ? { maxSources: options.maxSources } : {}),
      ...(queryVector ? { queryVector } : {}),
    });
  }

  /** Number of indexed chunks. */
  get size(): number {
    return this.chunkByLabel.size;
  }

  /** The passages of one document (by its path under `knowledge/`), in the document's order. */
  sectionsOf(path: string): KnowledgePassage[] {
    return [...this.chunkByLabel.values()]
      .filter((chunk) => chunk.path === path)
      .sort((a, b) => a.label - b.label)
      .map((chunk) => ({ source: sourceOf(chunk), text: chunk.text, score: 0 }));
  }

  /**
   * Answers a question from the knowledge base, or says why it cannot. `queryVector` is the
   * question's vector from the remote model, when the index uses one (see `answer`). `asTyped`
   * searches the words as typed, without reading chat spellings, filler words and typos as the
   * documents' words: the relevance the question router was calibrated on (see `knowledgeRelevanceOf`).
   */
  ask(
    rawQuestion: string,
    options: { maxSources?: number; queryVector?: Float32Array; asTyped?: boolean } = {},
  ): KnowledgeAnswer {
    const guarded = this.withoutAskersPlace(guardQuestion(rawQuestion));
    const none = (reason: NoAnswerReason, confidence = 0): KnowledgeAnswer => ({
      answer: '',
      sources: [],
      confidence,
      noAnswer: true,
      reason,
      ignored: guarded.removed,
      passages: [],
    });
    if (!guarded.question) return none(guarded.removed.length ? 'instructions-ignored' : 'empty-question');
    if (!this.retriever) return none('empty-knowledge-base');
    // Searched as a document would phrase it: chat spellings and contractions written out, filler
    // words dropped, typos and other spellings of the documents' words read as theirs (unless
    // `asTyped`: routing weighs a message's knowledge relevance on its words as typed).
    const question = options.asTyped
      ? guarded.question
      : this.spelling!.correct(everydayQuestion(guarded.question));
    // Whether it reports a problem is read as typed: the rewrites drop negations with the filler words.
    const problem = reportsProblem(guarded.question);
    // The circumstance the whole message states ("if we cancel, …") still picks among the passages
    // when one of its sentences is judged alone.
    const asked = { problem, condition: askedCondition(question) };
    let found = this.bestPassage(this.retriever, question, asked, options.queryVector);
    // The question after a frame ("hi, i'm writing a report for school, when was crmpro founded")
    // is also judged on its own: the frame names no topic.
    const unframed = withoutFrame(guarded.question);
    if (unframed !== guarded.question.trim()) {
      const alone = this.bestPassage(
        this.retriever,
        options.asTyped ? unframed : this.spelling!.correct(everydayQuestion(unframed)),
        asked,
      );
      if (alone?.best && (!found?.best || alone.best.confidence > found.best.confidence)) found = alone;
    }
    // So is the question asked of our product when another product is only its occasion ("salesforce
    // has sso do you": "do you have sso"; "…, compared to hubspot"): that product's name is no topic.
    const ours = askedOfOurProduct(guarded.question);
    if (ours !== guarded.question.trim()) {
      const alone = this.bestPassage(
        this.retriever,
        options.asTyped ? ours : this.spelling!.correct(everydayQuestion(ours)),
        asked,
      );
      if (alone?.best && (!found?.best || alone.best.confidence > found.best.confidence)) found = alone;
    }
    // So is the question without the alternative it turns away from ("pay by invoice instead of
    // card"): the way not wanted must not pick the passage about it. Only clearly better supported,
    // as both ways may be the topic ("pay annually rather than monthly": what annual billing saves).
    const wanted = withoutTurnedAway(guarded.question);
    if (wanted !== guarded.question.trim()) {
      const alone = this.bestPassage(
        this.retriever,
        options.asTyped ? wanted : this.spelling!.correct(everydayQuestion(wanted)),
        asked,
      );
      if (alone?.best && (!found?.best || alone.best.confidence > found.best.confidence + TURNED_AWAY_MARGIN))
        found = alone;
    }
    // A comparison of the product itself with another product is answered by what the documents say
    // about that product: "the difference between you and salesforce" is judged as "salesforce" too.
    // Only a name few passages use: alone, a common word ("you and me") matches any passage using it;
    // and only for a question with no answer as asked ("we're comparing you with hubspot - are you
    // soc 2 compliant?" asks about SOC 2).
    const other = comparedWithOurselves(guarded.question);
    if (other && this.namesRareThing(other) && (!found?.best || found.best.confidence < this.threshold)) {
      const alone = this.bestPassage(
        this.retriever,
        options.asTyped ? other : this.spelling!.correct(everydayQuestion(other)),
        asked,
      );
      if (alone?.best && (!found?.best || alone.best.confidence > found.best.confidence)) found = alone;
    }
    if (!found) return none('no-match');
    // A message of several sentences ("Where is our data stored? We're a German company.") may
    // carry its question in one of them: the others must not dilute the evidence for it.
    for (const [index, sentence] of questionSentences(question).entries()) {
      // A sentence judged alone must name its topic on its own. A condition ("if we cancel", "after
      // cancelling mid year") is the circumstance of the question, not the question; a later
      // question naming one thing ("… - what's the policy", "… - what are the rules") asks about
      // what the message said before it, and alone would match any passage using that word. A
      // message opening with such a question ("do you have an api? we'd want to …") asks it first
      // and explains after. A statement naming one thing ("we're on hubspot", "i want a refund")
      // is the context or the request it gives, and may hold the topic.
      const topicTerms = this.retriever.topicalTermCount(sentence);
      if (!topicTerms || isCondition(sentence) || (index > 0 && isQuestion(sentence) && topicTerms < 2))
        continue;
      const alone = this.bestPassage(this.retriever, sentence, asked);
      if (!alone?.best || (found.best && alone.best.confidence <= found.best.confidence)) continue;
      // Naming one thing, a clause is about a passage when its title names that thing ("i want a
      // refund": Refund policy) or the thing is a name few passages use ("we're on hubspot"), not
      // when a common word is used in passing ("i want a new one": "the new card is used …").
      if (
        topicTerms < 2 &&
        !this.retriever.evidence(sentence, alone.best.hit).titleCoverage &&
        !this.namesRareThing(sentence)
      )
        continue;
      found = alone;
    }
    // A later question that refers back to an earlier clause ("can we run it on our own servers and
    // what does that cost", "teams setup, which plan do we need for it") asks its own kind of fact
    // about that clause's thing: it is judged with the words naming it (see `namedThing`). After a
    // clause that only names the topic it is the question; after a question its answer follows that one's.
    let referring: { hit: RetrievalHit; text: string } | undefined;
    const sentences = questionSentences(question);
    for (const [index, sentence] of sentences.entries()) {
      const earlier = sentences[index - 1];
      // A question naming only the kind of fact it asks ("gmail sync? how often") points back too.
      const pointsBack = REFERS_BACK.test(sentence) || asksOnlyTheKindOfFact(sentence, this.analyze);
      if (!earlier || !isQuestion(sentence) || !pointsBack || this.retriever.topicalTermCount(sentence) >= 2)
        continue;
      // After a clause reporting a problem, "how do i fix it" / "what do i tell him" asks how to solve
      // that problem, already judged alone above: not about the last thing the clause names ("users
      // get 'invalid signature' when signing in with sso, how do i fix it" is not SSO's plan and price).
      if (problem && !isQuestion(earlier)) continue;
      // The thing the clause turns away from ("… instead of your cloud") is not the one it names.
      const topic = namedThing(withoutTurnedAway(earlier)).filter(
        (word) => this.retriever!.topicalTermCount(word) > 0,
      );
      if (!topic.length) continue;
      const together = this.bestPassage(this.retriever, `${sentence} ${topic.join(' ')}`, asked);
      if (
        !together?.best ||
        together.best.confidence < this.threshold ||
        together.best.hit.label === found.best?.hit.label
      )
        continue;
      if (isQuestion(earlier) && found.best && found.best.confidence >= this.threshold)
        referring = together.best;
      else found = together;
    }
    const { hits, best } = found;
    if (!best) return none('low-confidence');
    // The evidence beside the confidence, for measuring a better decision (bench/tune-knowledge-answerability.ts).
    const evidence = this.answerabilityFeatures(found.question, best, found.runnerUp);
    if (best.confidence < this.threshold) return { ...none('low-confidence', best.confidence), evidence };
    const top = best.hit;
    const seen = new Set<string>();
    const sources: KnowledgeSource[] = [];
    const passages: KnowledgePassage[] = [];
    for (const hit of [top, ...hits.filter((other) => other !== top)]) {
      const hitChunk = this.chunkByLabel.get(hit.label)!;
      const source = sourceOf(hitChunk);
      if (hit === top || hit.score >= 0.75 * top.score) {
        const key = `${source.path}#${source.section ?? ''}`;
        if (!seen.has(key) && sources.length < (options.maxSources ?? 3)) {
          seen.add(key);
          sources.push(source);
        }
      }
      if (passages.length < 3) passages.push({ source, text: hitChunk.text, score: hit.score });
    }
    if (referring) {
      const source = sourceOf(this.chunkByLabel.get(referring.hit.label)!);
      if (!seen.has(`${source.path}#${source.section ?? ''}`))
        sources.splice(Math.min(1, sources.length), 0, source);
      sources.splice(options.maxSources ?? 3);
    }
    const answer = referring ? `${best.text} ${referring.text}` : best.text;
    return {
      answer,
      sources,
      confidence: best.confidence,
      noAnswer: false,
      ignored: guarded.removed,
      passages,
      evidence,
    };
  }

  /**
   * The guarded question without where the asker is, when the documents name no word of the place
   * ("hi from sydney, do you bill in AUD": see `withoutAskersPlace`).
   */
  private withoutAskersPlace(guarded: GuardedQuestion): GuardedQuestion {
    const retriever = this.retriever;
    if (!retriever || !guarded.question) return guarded;
    const isKnown = (word: string) => {
      const terms = this.analyze(word);
      return !terms.length || terms.some((term) => retriever.passageCount(term) > 0);
    };
    const question = withoutAskersPlace(guarded.question, isKnown);
    return question === guarded.question ? guarded : { ...guarded, question };
  }

  /** Evidence about the chosen passage beside its confidence (see `answerability.ts`). */
  private answerabilityFeatures(
    question: string,
    best: { hit: RetrievalHit; confidence: number },
    runnerUp: number,
  ): AnswerabilityFeatures {
    const retriever = this.retriever!;
    const questionTerms = retriever.questionTerms(question);
    const alternatives = retriever.questionAlternatives(question);
    const evidence = retriever.evidence(question, best.hit);
    const known = termCoverage(
      { has: (term: string) => retriever.passageCount(term) > 0 },
      questionTerms,
      alternatives,
    );
    return {
      confidence: best.confidence,
      coverage: evidence.coverage,
      similarity: evidence.similarity,
      titleCoverage: evidence.titleCoverage,
      knownShare: known,
      gap: best.confidence - runnerUp,
    };
  }

  /** True when the text names something at most `RARE_THING_PASSAGES` passages mention ("hubspot"). */
  private namesRareThing(text: string): boolean {
    return [...this.retriever!.questionTerms(text).keys()].some((term) => {
      const passages = this.retriever!.passageCount(term);
      return passages > 0 && passages <= RARE_THING_PASSAGES;
    });
  }

  /**
   * The sections of a document the search did not put among the candidates: the answer to
   * "webhooks in the api" is the API page's "Webhooks" section even when only its "REST API"
   * section ranked high. They compete only within the document that answers (see
   * `HEADING_MARGIN`), never to leave it.
   */
  private unrankedSections(
    retriever: HybridRetriever,
    path: string,
    ranked: ReadonlyArray<{ hit: RetrievalHit }>,
  ): RetrievalHit[] {
    const labels = new Set(ranked.map((candidate) => candidate.hit.label));
    return [...this.chunkByLabel.values()]
      .filter((chunk) => chunk.path === path && !labels.has(chunk.label))
      .flatMap((chunk) => retriever.unrankedHit(chunk.label) ?? []);
  }

  /** The leading hits for a question and, among them, the best-supported passage with its extract (not blindly the first). */
  private bestPassage(
    retriever: HybridRetriever,
    question: string,
    asked: { readonly problem: boolean; readonly condition: string },
    queryVector?: Float32Array,
  ):
    | {
        question: string;
        hits: RetrievalHit[];
        runnerUp: number;
        best?: { hit: RetrievalHit; text: string; confidence: number };
      }
    | undefined {
    const questionTerms = retriever.questionTerms(question);
    const alternatives = retriever.questionAlternatives(question);
    const answerTypes = answerTypesOf(question);
    const reportedProblem = asked.problem;
    const conditionTerms = asked.condition ? retriever.questionTerms(asked.condition) : undefined;
    const conditionAlternatives = asked.condition
      ? retriever.questionAlternatives(asked.condition)
      : undefined;
    // A passage about the opposite direction (export for an import) does not answer, whatever else
    // it shares: it is left out, and the search looks further for passages in the asked direction.
    const ownWords = new Set(this.analyze(question));
    const askedTerms = new Set([...ownWords, ...[...alternatives.values()].flat(2)]);
    const inAskedDirection = (hit: RetrievalHit) =>
      !crossesDirection(askedTerms, this.termsOfText.get(hit.label)!, this.analyze);
    const leading = retriever
      .search(question, WIDER_CANDIDATE_PASSAGES, queryVector)
      .filter(inAskedDirection);
    let hits = leading.slice(0, CANDIDATE_PASSAGES);
    if (!hits.length) return undefined;
    type Candidate = {
      hit: RetrievalHit;
      path: string;
      text: string;
      confidence: number;
      merit: number;
      headingCoverage: number;
      troubleshooting: boolean;
    };
    const judge = (hit: RetrievalHit): Candidate | undefined => {
      const chunk = this.chunkByLabel.get(hit.label)!;
      const heading = headingOf(chunk);
      const extract = extractAnswer(
        chunk.text,
        questionTerms,
        this.analyze,
        alternatives,
        answerTypes,
        heading,
        ownWords,
      );
      if (!extract.text) return undefined;
      const evidence = retriever.evidence(question, hit);
      const documentCoverage = termCoverage(
        this.termsOfDocument.get(chunk.path)!,
        questionTerms,
        alternatives,
      );
      const coverage =
        evidence.coverage + DOCUMENT_CONTEXT_SHARE * Math.max(0, documentCoverage - evidence.coverage);
      const confidence = answerConfidence({ ...evidence, coverage }, extract.coverage);
      // Between passages about equally supported, the one whose extract states the kind of fact
      // asked (a duration for "response time", a list for "what payment methods") answers.
      const merit =
        confidence +
        (answerTypes.some((type) => type.test(extract.text)) ? ANSWER_TYPE_MARGIN : 0) +
        (conditionTerms?.size
          ? CONDITION_MARGIN *
            termCoverage(this.termsOfSection.get(hit.label)!, conditionTerms, conditionAlternatives)
          : 0);
      const headingCoverage = chunk.headingPath.length
        ? termCoverage(this.termsOfHeading.get(hit.label)!, questionTerms, alternatives)
        : 0;
      return {
        hit,
        path: chunk.path,
        text: extract.text,
        confidence,
        // A reported problem ("the digest didn't arrive in teams") is answered by a passage saying
        // what goes wrong or cannot be done ("Teams does not allow bots to start a conversation…"),
        // not by one describing the feature working ("…the digest, which arrives every weekday").
        merit:
          merit +
          (reportedProblem &&
          confidence >= this.threshold &&
          (statesProblem(chunk) || isTroubleshootingDocument(chunk))
            ? PROBLEM_PASSAGE_MARGIN
            : 0),
        headingCoverage,
        troubleshooting: isTroubleshootingDocument(chunk),
      };
    };
    const candidatesAmong = (ranked: RetrievalHit[]) =>
      ranked.filter((hit) => hit.score >= 0.5 * ranked[0]!.score).flatMap((hit) => judge(hit) ?? []);
    let candidates = candidatesAmong(hits);
    // When none of the leading passages answers, the next ones get a look: a sentence added anywhere
    // reshuffles the borderline ranks, and must not push the one passage that answers out of reach.
    if (
      !candidates.some((candidate) => candidate.confidence >= this.threshold) &&
      leading.length > hits.length
    ) {
      hits = leading;
      candidates = candidatesAmong(hits);
    }
    // A troubleshooting page answers a question reporting no problem only when no other page does:
    // the best of the others must answer above the no-answer threshold.
    const others = candidates.filter((candidate) => !candidate.troubleshooting);
    const bestOther = others.reduce<Candidate | undefined>(
      (found, candidate) => (!found || candidate.merit > found.merit ? candidate : found),
      undefined,
    );
    const answeredElsewhere =
      !reportedProblem &&
      others.length < candidates.length &&
      bestOther !== undefined &&
      bestOther.confidence >= this.threshold;
    const merit = (candidate: Candidate) =>
      candidate.merit - (answeredElsewhere && candidate.troubleshooting ? NOT_A_PROBLEM_MARGIN : 0);
    let best = candidates.reduce<Candidate | undefined>(
      (found, candidate) => (!found || merit(candidate) > merit(found) ? candidate : found),
      undefined,
    );
    if (!best) return { question, hits, runnerUp: 0 };
    // Among the sections of the document that answers (those the search ranked lower too), the one
    // whose own heading names the question's topic.
    const sectionsOfDocument = [...this.chunkByLabel.values()]
      .filter((chunk) => chunk.path === best!.path)
      .map((chunk) => this.termsOfSection.get(chunk.label)!);
    const weights = distinctiveWeights(sectionsOfDocument, questionTerms, alternatives);
    const distinctive = (candidate: { hit: RetrievalHit }) =>
      termCoverage(this.termsOfSection.get(candidate.hit.label)!, weights, alternatives);
    // A section the search ranked lower joins only when it holds more of the question's distinctive words than every ranked one.
    const rankedDistinctive = Math.max(
      ...candidates.filter((candidate) => candidate.path === best!.path).map(distinctive),
    );
    const unranked = this.unrankedSections(retriever, best.path, candidates).filter(
      (hit) => distinctive({ hit }) > rankedDistinctive,
    );
    const sections = [...candidates, ...unranked.flatMap((hit) => judge(hit) ?? [])];
    const sectionMerit = (candidate: Candidate) =>
      candidate.merit +
      HEADING_MARGIN * candidate.headingCoverage +
      DISTINCTIVE_MARGIN * distinctive(candidate);
    for (const sibling of sections)
      if (sibling.path === best.path && sectionMerit(sibling) > sectionMerit(best)) best = sibling;
    const runnerUp = Math.max(
      0,
      ...candidates
        .filter((candidate) => candidate.hit !== best!.hit)
        .map((candidate) => candidate.confidence),
    );
    return { question, hits, runnerUp, best };
  }
}

/** Where a sentence of a question ends (see `questionSentences`), a run-on question's start too. */
const SENTENCE_BOUNDARY = new RegExp(
  String.raw`(?<=[.?!])\s+(?=[\p{L}\p{N}])|,\s+(?=(?:how|what|which|who|where|when|why|can|could|do|does|is|are|will|would|should|i|we|they|our|my|there)\b)|\s[-–—]\s+(?=[\p{L}\p{N}])|\s+and\s+(?=(?:how|what|which|who|where|when|why)\s)|${RUN_ON_QUESTION.source}`,
  'iu',
);

/**
 * The sentences of a message that has more than one (none for a single sentence). A clause of
 * context before a comma ("we moved offices, how do we …", "we're on the team plan, can we …")
 * counts as a sentence of its own, so the question after it is also judged alone, as does a
 * clause after a comma with its own subject ("i paid last week and it's not what i expected, i want
 * a refund", "we're a german company, our data has to stay in the EU"); so does one before a dash
 * ("legal is asking - does the widget set cookies?"). A comma before "there" opens a question too, as
 * read without its filler "is" ("i'm a teacher at a school, is there any education pricing?").
 */
function questionSentences(question: string): string[] {
  const sentences = question
    .split(SENTENCE_BOUNDARY)
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
  return sentences.length > 1 ? sentences : [];
}

/** A word pointing back at what a message said before ("what does that cost", "which plan do we need for it"). */
const REFERS_BACK = /\b(?:that|it|this|them|those|these)\b/i;

/** Words that put the thing a clause is about after them ("run it on our own servers"). */
const PREPOSITION = /^(?:on|in|into|onto|to|from|with|for|by|at|of|about|via|through)$/i;

/**
 * The words naming the thing a clause is about: after its last preposition when it has one ("can
 * we run it on our own servers": our own servers), all of them otherwise ("teams setup"). Its verbs
 * name what is done with the thing, which a question about the thing's price or plan does not ask.
 */
function namedThing(clause: string): string[] {
  const words = clause.split(/\s+/).filter(Boolean);
  const last = words.findLastIndex((word) => PREPOSITION.test(word));
  return last >= 0 && last < words.length - 1 ? words.slice(last + 1) : words;
}

/** Words that open a clause stating a circumstance ("if we cancel", "when a rep leaves"). */
const CONDITION_OPENER = /^(?:if|when|whenever|after|before|once|because|since|unless|in case|as soon as)\b/i;

/** A clause stating a circumstance; "when …?" asked is a question (its auxiliary may be dropped as filler). */
function isCondition(sentence: string): boolean {
  return CONDITION_OPENER.test(sentence) && !/\?\s*$/.test(sentence);
}

/** Words that open a question ("what's the policy", "can we pause"). */
const QUESTION_OPENER =
  /^(?:how|what|which|who|whom|whose|where|when|why|can|could|do|does|did|is|are|was|were|will|would|should|shall|may|might|must|has|have|had)\b/i;

function isQuestion(sentence: string): boolean {
  return QUESTION_OPENER.test(sentence) || /\?\s*$/.test(sentence);
}

function sourceOf(chunk: StoredChunk): KnowledgeSource {
  return {
    title: chunk.documentTitle,
    ...(chunk.headingPath.length ? { section: chunk.headingPath.join(' › ') } : {}),
    ...(chunk.url ? { url: chunk.url } : {}),
    path: chunk.path,
  };
}
