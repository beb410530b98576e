import type { RecordQuery } from '../../vocabulary';
import { isBackReference } from '../conversation-memory';
import { explainedDealIdOf } from '../replies/scoring-replies';
import { parseRecordQuestion } from '../understanding/record-question';
import { churnQuestionOf } from './churn-questions';
import { supportRequestOf } from './support-questions';
import { marketingIntentOf } from './marketing-questions';
import { isSalesTargetMessage } from '../intents/sales-target-chat';
import type { Understander, Understanding, UnderstandingContext } from './understanding';

/**
 * Questions about the product, pricing, policies, security or set-up, whatever their wording: they
 * go to the knowledge base (which says when it has no answer).
 */
const KNOWLEDGE =
  /\b(sla|uptime|refunds?|money back|pricing|prices?|cost|plans?|trial|discounts?|nonprofits?|encrypt\w*|gdpr|security|secure|sso|single sign-on|saml|password|backups?|self[- ]?host\w*|install\w*|set ?up|setting up|connect|integrat\w*|webhooks?|api|import\w*|invite|add a user|mobile app|languages?|llm|status page|support tickets?|payment methods?|pay by|invoices?|downgrade|upgrade|data (is )?stored|retention|delete my account|system requirements|rfm|widget|embed|reliable|how does .* work|how are .* calculated|what is crmpro|what does crmpro do|who is it for|enterprise plan|limit on users|per user|for \d+ users|slack|microsoft teams|teams bot|deleted data|keep .* data|how do i cancel|if we cancel|cancel (my|our|the) (plan|subscription|account))\b/i;
/** Words that make a message about the CRM's records, not the product. */
const RECORDS =
  /\b(my deals?|deals? (over|above|closing)|pipeline|forecast|export|champions? (in|list)|pitch)\b/i;
/** Intents the knowledge cue must not take over (a visitor's demo request, a hand-off, a write). */
const KEEP = new Set([
  'create_lead',
  'log_interaction',
  'handoff',
  'update_deal_stage',
  'digest_subscribe',
  'digest_unsubscribe',
]);

/** A message about scheduled digests ("send me the forecast digest…", "what am I subscribed to?"). */
const DIGEST = /\bdigests?\b|\bwhat am i subscribed to\b|\bwhat (?:am i|do i get) subscribed\b/i;
const STOP_DIGEST = /\b(stop|cancel|unsubscribe|no more|don'?t send|turn off)\b/i;

const WRITES = new Set(['update_deal_stage', 'log_interaction', 'create_lead']);
const MIN_WRITE_CONFIDENCE = 0.5;
/** A write says what to do; a question that only names a stage ("how much is in negotiation") is not one. */
const WRITE_VERBS =
  /\b(move|moved|update|change|set|mark|log|logged|create|add|new|push|advance|reopen|close (it|the|that)|record)\b/i;

function hasFilter(query: RecordQuery): boolean {
  return Boolean(
    query.field ||
    query.stages?.length ||
    query.minAmount !== undefined ||
    query.maxAmount !== undefined ||
    query.closeFrom ||
    query.closedFrom ||
    query.status ||
    query.region ||
    query.record !== 'deal',
  );
}

/**
 * Everyday words that are never read as an account's name on their own, however many names
 * contain them ("have" in Northhaven, "data" in Copper Data AB, "like").
 */
const COMMON_WORDS = new Set(
  (
    'a about after all also an and any anything are as at be been but by can could data day deal deals did do does ' +
    'doing for from get got had has have how i if in into is it its just know last like look looking make me more most ' +
    'my new next no not now of on one or our out over please question right see so some that the their them then there ' +
    'these they thing this those to today up us want was we were what when where which who why will with would you your ' +
    'open team pipeline quarter month week year numbers info information help customer customers account accounts'
  ).split(' '),
);

/** True when the words of a mention are all everyday words (no account is named by them alone). */
export function isCommonWords(mention: string): boolean {
  const words = mention.toLowerCase().match(/[a-z']+/g) ?? [];
  return words.length > 0 && words.every((word) => COMMON_WORDS.has(word.replace(/'s$/, '')));
}

/** The understanding without account names read from everyday words (a pronoun stays: it points back). */
function withoutCommonWordNames(understanding: Understanding): Understanding {
  const entities = understanding.entities;
  const accounts = entities?.accounts.filter((candidate) => !isCommonWords(candidate.text));
  const mention = understanding.accountMention;
  const keep = mention !== undefined && (isBackReference(mention) || !isCommonWords(mention));
  const { accountMention: _replaced, ...rest } = understanding;
  return {
    ...rest,
    ...(keep ? { accountMention: mention } : {}),
    ...(entities && accounts ? { entities: { ...entities, accounts } } : {}),
  };
}

/**
 * Wraps the intent understander with the record-question parser: a question about records or a
 * pipeline becomes `record_query` / `pipeline_summary` carrying its structured query, and a product
 * or policy question is routed to the knowledge base. Everything else is left as the model read it.
 */
export class QuestionUnderstander implements Understander {
  constructor(private readonly inner: Understander) {}

  async understand(text: string, context?: UnderstandingContext): Promise<Understanding> {
    const understanding = withoutCommonWordNames(await this.inner.understand(text, context));
    if (['greeting', 'thanks', 'confirm', 'deny', 'start_over'].includes(understanding.intent))
      return understanding;
    // An explanation button's message carries the deal's id: it is a score question, whatever its words.
    if (explainedDealIdOf(text)) return { ...understanding, intent: 'lead_score', confidence: 1 };
    // Scheduled digests are named by their word; the digest handler reads the rest of the message
    // (it also sets and tells teams' sales targets, which the forecast digest compares against).
    if (DIGEST.test(text) || isSalesTargetMessage(text))
      return {
        ...understanding,
        intent: STOP_DIGEST.test(text) ? 'digest_unsubscribe' : 'digest_subscribe',
        confidence: 1,
      };
    if (
      understanding.intent === 'help' &&
      understanding.confidence >= 0.8 &&
      text.trim().split(/\s+/).length <= 4
    )
      return understanding;
    // Marketing's questions (lead conversion, campaign audiences) by their words; before the knowledge cue ("pricing guide", "export").
    const marketing = marketingIntentOf(text);
    if (marketing) return { ...understanding, intent: marketing, confidence: 0.95 };
    // Churn questions ("which customers are likely to churn?", "is Initech at risk?"); deals at risk stay deals.
    const churn = churnQuestionOf(text, understanding.accountMention);
    if (churn) return { ...understanding, intent: churn.intent, confidence: 0.95 };
    // Support's requests (cases, customer view, agent assist) by their words; before the knowledge cue.
    const support = supportRequestOf(text);
    if (support) return { ...understanding, intent: support.intent, confidence: 0.95 };
    if (KNOWLEDGE.test(text) && !RECORDS.test(text) && !KEEP.has(understanding.intent)) {
      const { accountMention: _notAnAccount, ...rest } = understanding;
      return { ...rest, intent: 'knowledge_question', confidence: Math.max(0.9, understanding.confidence) };
    }
    const question = parseRecordQuestion(text, understanding.entities, {
      now: context?.now ?? new Date(),
      timezone: context?.timezone ?? 'UTC',
    });
    if (!question) return understanding;
    // Writes keep their intent; an account's deals without a filter stay a deal look-up.
    if (
      WRITES.has(understanding.intent) &&
      understanding.confidence >= MIN_WRITE_CONFIDENCE &&
      WRITE_VERBS.test(text)
    )
      return understanding;
    if (
      understanding.intent === 'deal_lookup' &&
      question.kind === 'query' &&
      !('rep' in question.query.owner) &&
      question.query.aggregate === 'list' &&
      !hasFilter(question.query)
    )
      return understanding;
    return {
      ...understanding,
      intent: question.kind === 'summary' ? 'pipeline_summary' : 'record_query',
      confidence: 0.95,
      question,
    };
  }
}
