import type { MessageEntities } from '../understanding/entities/extract-entities';
import type { RecordQuestion } from '../understanding/record-question';

/** What the bot understood of one message, whatever model produced it. */
export interface Understanding {
  /** An intent name (`briefing`, `deal_lookup`, `contact_lookup`, `greeting`, `help`, `thanks`, ...) or `oos`. */
  intent: string;
  /** 0..1: how sure the understander is. */
  confidence: number;
  /** The account as written in the message ("acme", "globex.com"), or a pronoun ("their"). */
  accountMention?: string;
  /** Other intents that came close, best first (for "did you mean"). */
  alternatives?: Array<{ intent: string; confidence: number }>;
  /** Entities of the message (periods, amounts, stages, people, names), when the understander extracts them. */
  entities?: MessageEntities;
  /** A question about records or a pipeline, as a structured query (the record-question parser's reading). */
  question?: RecordQuestion;
  /**
   * What to ask the knowledge base instead of the message's own words, when those name a request
   * the documentation answers under another topic ("add a new user for Priya Shah" → how to invite people).
   */
  knowledgeQuestion?: string;
  /**
   * A first name the message names a colleague by that no user has ("how's dave doing"): the reply
   * says so and offers the caller's team rather than the team's figures.
   */
  unknownPerson?: string;
}

/** Anything that turns a message into an Understanding: patterns today, trained models or an LLM. */
export interface Understander {
  understand(text: string, context?: UnderstandingContext): Promise<Understanding>;
}

/** What the understander may use about the turn: the clock and the reader's time zone. */
export interface UnderstandingContext {
  now: Date;
  timezone: string;
}

/**
 * How well the knowledge base answers a message: the confidence (0..1) of its best passage, the same
 * number the knowledge base's no-answer threshold is set on. The question router compares it with
 * the CRM reading of the message (see `QuestionUnderstander`).
 */
export interface KnowledgeRelevance {
  relevance(text: string): Promise<number>;
  /**
   * Whether the knowledge skill would answer the message as it asks it (chat spellings, filler and
   * typos read as the documents' words) rather than say it has no answer: its own no-answer decision.
   */
  answers?(text: string): Promise<boolean>;
  /**
   * Whether the message asks how to run this installation (its backups, health check, settings, logs,
   * port: the staff documentation's words for them) and the staff documentation answers it, so that
   * words naming a record ("Health Check" is a product) do not take it for a record question.
   */
  runsTheProduct?(text: string): Promise<boolean>;
}
