import { leadCountSeriesOf } from './lead-count-series';
import { selfQuestionOf } from './self-questions';
import { productQuestionOf } from './product-questions';
import { asksForCatchUp } from '../understanding/catch-up-question';
import { activityByVerbOf } from '../understanding/activity-question';
import { isOwnDayQuestion } from '../understanding/day-and-team-work';
import { jobKindsOfRole, jobKindsSaidIn, type RecordQuery } from '../../vocabulary';
import { explainedDealIdOf } from '../replies/scoring-replies';
import {
  OVERDUE,
  parseRecordQuestion,
  quarterOf,
  todayIn,
  type RecordQuestion,
} from '../understanding/record-question';
import { asksForecastConfidence } from '../understanding/forecast-confidence';
import { asksAccountRevenue } from '../understanding/account-revenue';
import { accountProfileFieldsOf } from '../understanding/account-profile-fields';
import { statedTargetOf } from '../understanding/stated-target';
import { asksWinChanceOfNamed, dealWordsAtRisk } from '../understanding/deal-win-chance';
import { isForecastAsk } from '../understanding/forecast-question';
import { oneToOnePrepOf } from '../understanding/one-to-one-prep';
import { twoPeriodQuestionOf } from '../understanding/two-periods';
import { seriesQuestionOf } from '../understanding/period-series';
import {
  accountsRankedByCountOf,
  activeRepQuestionOf,
  dealAgeQuestionOf,
} from '../understanding/other-rankings';
import { churnQuestionOf } from './churn-questions';
import { isSupportPolicyQuestion, pastedWriterAsked, supportRequestOf } from './support-questions';
import { namedDealRiskOf } from '../understanding/deal-risk-question';
import { exportRequestOf } from './export-requests';
import { isCommonWords, withPlausibleNames } from './name-spans';
import { isBriefingRequest, leadingAccountWordsOf } from './briefing-requests';
import { accountProductQuestionOf } from './account-product-questions';
import { purchaseWindowOf } from './purchase-questions';
import { isRecommendationRequest } from './recommendation-requests';
import { taskChangeOf } from './task-change-requests';
import { dealTermChangeOf } from './deal-change-requests';
import { dealOutcomeOf } from './deal-outcomes';
import { dealStatusWordsOf } from './deal-status-questions';
import { isCasualNote, toldTouchOf } from './casual-notes';
import { questionAfterRemindMe, taskRequestOf } from './task-requests';
import { isDataSizeQuestion, profileRequestOf } from './profile-requests';
import { revenueConcentrationOf } from './revenue-concentration-requests';
import { salesMetricOf } from '../understanding/sales-metrics';
import { isBackReference } from '../conversation-memory';
import { asksAboutOwnUse, asksAboutRatherThanRequests } from './feature-questions';
import { isTeamRosterQuestion } from './team-questions';
import {
  figureQuestionOf,
  isHowToChangeQuestion,
  isHowToMoveADealQuestion,
  isPermissionQuestion,
  taskChangeHowToInDocumentWords,
  permissionQuestionInDocumentWords,
  winChanceQuestionInDocumentWords,
  isUserCareQuestion,
  forecastAccuracyQuestionInDocumentWords,
  madeQuestionInDocumentWords,
} from './how-it-works-questions';

export { isCommonWords } from './name-spans';
import { asksOwnedLeadCount } from './lead-words';
import { marketingIntentOf } from './marketing-questions';
import { isCallListRequest } from './call-list-requests';
import { asksColleagueRisksBack, asksPipelineRisks } from './pipeline-risk-words';
import {
  isPassedOnProblemReport,
  isPassedOnQuestion,
  isProblemReport,
  isProductBehaviourQuestion,
  isProductQuestion,
} from './knowledge-questions';
import { segmentIntentOf } from './segment-questions';
import { isClosing } from './closing-words';
import { isHelpRequest } from './help-requests';
import { isWrittenInAnotherLanguage } from '../../ml/knowledge/text/message-language';
import { nameOnlyAccountOf, nameOnlyContactQuestionOf, terseRecordQuestionOf } from './terse-messages';
import { isSalesTargetMessage } from '../intents/sales-target-chat';
import { isDigestStopRequest } from '../intents/digest-request-words';
import { isUserAdministrationRequest } from './user-admin-requests';
import { bulkEmailRequestOf } from './bulk-email-requests';
import { auditRequestOf } from './audit-requests';
import { privacyQuestionOf, privacyRequestOf } from './privacy-requests';
import type { KnowledgeRelevance, Understander, Understanding, UnderstandingContext } from './understanding';

/**
 * Questions about the product, pricing, policies, security or set-up, whatever their wording: they
 * go to the knowledge base (which says when it has no answer).
 */
const KNOWLEDGE =
  /\b(sla|uptime|refunds?|money back|pricing|prices?|cost|(?:free|team|business|enterprise|paid|annual|monthly) plans?|plans|trial|discounts?|nonprofits?|encrypt\w*|gdpr|security|secure|sso|single sign-on|saml|password|backups?|self[- ]?host\w*|install\w*|set ?up|setting up|connect|integrat\w*|webhooks?|api|import\w*|invite|add a user|mobile app|languages?|llm|status page|support tickets?|payment methods?|pay by|invoices?|downgrade|upgrade|data (is )?stored|retention|delete my account|system requirements|rfm|widget|embed|reliable|how does .* work|how are .* calculated|what is crmpro|what does crmpro do|who is it for|enterprise plan|limit on users|per user|for \d+ users|slack|microsoft teams|teams bot|deleted data|keep .* data|how do i cancel|(?:if|when|once|after|before|should|in case) (?:we|i) (?:cancel\w*|quit|stop paying|downgrade|don'?t renew|leave (?:crmpro|you)\b)|cancel (my|our|the) (plan|subscription|account))\b/i;
/** Words that make a message about the CRM's records, not the product. */
const RECORDS =
  /\b(my deals?|deals? (over|above|closing)|pipeline|forecast|export|champions? (in|list)|pitch|close date (for|of|on)|amount (on|of) the)\b/i;
/** Intents the knowledge cue must not take over (a visitor's demo request, a hand-off, a write). */
const KEEP = new Set([
  'create_lead',
  'log_interaction',
  'handoff',
  'update_deal_stage',
  'digest_subscribe',
  'digest_unsubscribe',
]);

/**
 * How a question with no knowledge cue word reaches the knowledge base: its best passage's
 * confidence (`KnowledgeRelevance`) is at least `minRelevance`, it names no CRM record, the record
 * parser has no reading of it, and the intent model is not sure (below `crmIntentConfidence`) of an
 * intent that works on CRM records. Calibrated on the evaluation's questions and the knowledge
 * fixture's questions by `scripts/calibrate-knowledge-routing.ts` (its record:
 * `eval/conversations/knowledge-routing-calibration.json`; docs/understanding-and-dialogs.md).
 */
export const KNOWLEDGE_ROUTING: Readonly<KnowledgeRoutingSettings> = {
  minRelevance: 0.4,
  crmIntentConfidence: 0.6,
  cueWords: true,
};

/** The settings of the knowledge route (for calibration; the bot uses `KNOWLEDGE_ROUTING`). */
export interface KnowledgeRoutingSettings {
  minRelevance: number;
  crmIntentConfidence: number;
  /** Whether the cue words (`KNOWLEDGE`) route on their own, before the relevance rule. */
  cueWords: boolean;
}

/** Intents that say nothing about CRM records: a knowledge passage may outweigh them. */
const NOT_CRM_INTENTS = new Set(['knowledge_question', 'help', 'oos', 'greeting', 'thanks', 'cancel']);

/** True when the message names an account, contact, product or rep (not a pronoun, not everyday words). */
/** Deal words a told outcome names a deal by ("the globex renewal", "the acme deal"). */
const TOLD_DEAL = /\b(?:deal|opp|opportunity|renewal|expansion|upsell|pilot|contract)\b/i;

/** Whether `words` hold the words of an account the understander matched well. */
function namesAccountIn(words: string, understanding: Understanding): boolean {
  const lower = words.toLowerCase();
  return (understanding.entities?.accounts ?? []).some(
    (account) => account.score >= 0.85 && lower.includes(account.text.toLowerCase()),
  );
}

function namesRecord(understanding: Understanding): boolean {
  const entities = understanding.entities;
  if (!entities) return false;
  return (
    (entities.accounts[0]?.score ?? 0) >= 0.9 ||
    (entities.contacts[0]?.score ?? 0) >= 0.9 ||
    (entities.products[0]?.score ?? 0) >= 0.9 ||
    entities.people.some((person) => person.kind === 'rep')
  );
}

/**
 * The account a briefing request is about: its mention when that names an account the sentence
 * holds (or points back), else the best account named in it.
 */
function briefedAccountOf(understanding: Understanding): string | undefined {
  const mention = understanding.accountMention;
  if (mention && isBackReference(mention)) return mention;
  const named = understanding.entities?.accounts.filter((a) => a.score >= 0.9) ?? [];
  // The mention as the phrasing gave it ("acme logis") when it holds a name's words: the account
  // resolver decides between close names.
  const words = ` ${mention?.toLowerCase() ?? ''} `;
  if (mention && named.some((a) => words.includes(` ${a.text.toLowerCase()} `))) return mention;
  // A name heard rather than read ("a cme") by the account's own name, which the resolver finds.
  return named[0]?.bySound ? named[0].name : named[0]?.text;
}

/** A message about scheduled digests ("send me the forecast digest…", "what am I subscribed to?"). */
const DIGEST = /\bdigests?\b|\bwhat am i subscribed to\b|\bwhat (?:am i|do i get) subscribed\b/i;
const STOP_DIGEST = /\b(stop|cancel|unsubscribe|no more|don'?t send|turn off)\b/i;

/**
 * Asking which deals deserve the effort ("which deals should I focus on", "what should we push this
 * week", "where should I spend my time") is a ranking by win chance, not a list of risks: the words
 * of advice win over the intent model, which reads "focus" and "push" as risk words.
 */
const ADVICE =
  /\b(?:should|shall|must|do|would you have)\s+(?:i|we|my team|the team)\b.*\b(?:focus(?:ing)?|prioriti[sz](?:e|ing)|push(?:ing)?|chas(?:e|ing)|work(?:ing)? on|spend(?:ing)? (?:my |our )?time|go(?:ing)? after|call(?:ing)?)\b|\bbest (?:shots?|bets?|chances?)\b|\b(?:focus on|prioriti[sz]e)\b.*\b(?:deals?|opps?|opportunit\w+)\b|\bwhat to (?:focus on|prioriti[sz]e)\b/i;
/**
 * Deals said to be likely to be won ("which deals are likely to close", "opps likeliest to win this
 * month"): the win-chance ranking, as "most likely to close" already was. "Unlikely" is no match, and
 * risk words are read before this.
 */
const LIKELY_TO_WIN =
  /\b(?:deals?|opps?|opportunit(?:y|ies)|which(?:\s+ones)?)\b[^?.!]*?\blikel(?:y|iest)\s+to\s+(?:close|win|land|sign|be\s+won|go\s+through)\b/i;
/**
 * Asking where to begin, the whole message ("ok what should i do next", "ok where do i start", "what's
 * next for me", "alright, what now"): the deals worth the effort first, as the advice above (not the
 * help, a cancel or the knowledge base). An opener ("ok", "so", "hmm") may come first; a day said
 * ("what should i do first today") is the day's agenda, read by the record-question parser.
 */
const WHERE_TO_START = new RegExp(
  String.raw`^\s*(?:(?:ok(?:ay)?|so|alright|all right|right|well|hmm+|um+|uh+|and|now|yeah|cool|great|got it)[\s,.!-]+)*` +
    String.raw`(?:(?:what|where)\s+(?:should|shall|do|must|can)\s+i\s+(?:do|start|begin|go|work\s+on|tackle|focus\s+on)(?:\s+(?:next|first|now|from\s+here|then))?` +
    String.raw`|where\s+(?:to|do\s+we|should\s+we)\s+(?:start|begin)|what(?:'s|’s|s|\s+is)\s+next(?:\s+for\s+(?:me|us))?|what\s+(?:now|next))` +
    String.raw`\s*[?.!]*\s*$`,
  'i',
);
/** Advice about risks, churn or a write stays with its own handler. */
const NOT_ADVICE = /\b(risk|risky|slipping|trouble|churn\w*|stage|log|pitch|recommend|sell)\b/i;

/**
 * Risk words about deals ("anything slipping i should know about?", "what's in trouble"): the deals
 * at risk, unless a record is named (a briefing or churn question) — the intent model reads some of
 * these as a briefing on an account that is not there.
 */
// "slipped past close date" is the overdue filter, not a risk ranking: "slipped" is not a risk word here.
const RISK_WORDS =
  /\b(slipping|at risk|risky|in trouble|stall(?:ed|ing)|going (?:cold|dark|sideways)|shaky|wobbly|in danger|on thin ice|(?:might|could|may|will|would|gonna|bound to|about to|(?:most |more )?likely to|going to|expected to|set to) (?:slip|fall through|fall apart)|(?:(?:most |more )?likely|going|about|set) to (?:lose|be lost)|(?:might|could|may)(?: i| we)? (?:lose|be lost)|(?:at risk|in danger) of losing|unlikely to (?:close|win|land|sign|be won|go through|happen)|(?:won'?t|will not|not going to) (?:close|land|sign|go through))\b/i;

/** "who moved to At risk this month?": a move between customer segments, not deals at risk. */
const SEGMENT_MOVES = /\b(?:moved?|moving|became|dropped|fell|went|slid)\s+(?:in)?to\b|\bsegments?\b/i;

/** Asking which segment one account is in ("what segment's initech in?", "which segment does Acme belong to"). */
const SEGMENT_OF = /\b(?:what|which)\s+segment(?:'s|’s|\s+is|\s+does|\s+are)\b.*\b(?:in|belong\w*)\b/i;

/** Below this, a small-talk reading ("yes", "thanks") is not trusted over the question parser. */
const MIN_SMALL_TALK_CONFIDENCE = 0.5;

/** A question how to do something in the product, not a request to do it. */
const HOW_TO = /^\s*(?:how (?:do|can|should|would) (?:i|we)|how to|is it possible to)\b/i;
/** A question opening with a question word and a verb ("where do the logs go"): never a yes, no or start over. */
const WH_QUESTION =
  /^\s*(?:where|which|what|how|why|when)\s+(?:do|does|did|is|are|can|could|should|would|will)\b/i;
/** Small talk that answers nothing but a question of the bot's. */
const ANSWERS_NOTHING = new Set(['confirm', 'deny', 'start_over']);

const WRITES = new Set(['update_deal_stage', 'log_interaction', 'create_lead']);
/** Below this, the model's hand-off, digest or write reading does not keep a message from the knowledge base. */
const MIN_KEPT_CONFIDENCE = 0.5;
/** A write asked with its verb first ("log call w/ ryan @ pacific - procurement reviewing"): never a question of people. */
const WRITE_FIRST =
  /^\s*(?:log|add|create|note|record|remind|schedule|update|set|move|mark|change|book|new)\b/i;
/** People or a role across accounts ("contacts", "decision makers", "CFOs"): see people-at-accounts. */
const PEOPLE_OR_ROLE =
  /\b(?:contacts|people|of\s+them|persons|folks|decision[- ]?makers?|influencers|c[efot]os|cios|cmos|c[efot]o|cio|cmo)\b/i;
/** Pronouns that point back at the conversation's account or person ("can we email her?", "their deals"). */
const POINTS_BACK =
  /\b(?:her|him|his|hers|their|them|they|its|it|that account|this account)\b|\bthere\s*[?.!]*$/i;
/** Pronouns for a person the conversation just showed (documentation questions hardly use them). */
const PERSON_BACK = /\b(?:her|him|his|hers)\b/i;
/** "a rep leaves, what happens with his deals": the pronoun's person is a role named before it, not one shown earlier. */
const ROLE_THEN_PERSON =
  /\b(?:rep|manager|admin|user|employee|colleague|salesperson|someone|somebody)\b.*\b(?:her|him|his|hers)\b/i;
/** Requests about one account: without an account named, the model's reading of them is a guess. */
const ACCOUNT_INTENTS = new Set([
  'briefing',
  'deal_lookup',
  'contact_lookup',
  'account_segment',
  'recommendations',
  'lead_score',
]);
const MIN_WRITE_CONFIDENCE = 0.5;
/** A write says what to do; a question that only names a stage ("how much is in negotiation") is not one. */
const WRITE_VERBS =
  /\b(move|moved|update|change|set|mark|log|logged|create|add|new|push|advance|reopen|close (it|the|that)|record)\b/i;

function hasFilter(query: RecordQuery): boolean {
  return Boolean(
    query.field ||
    query.stages?.length ||
    query.dealSources?.length ||
    query.forecastCategories?.length ||
    query.minAmount !== undefined ||
    query.maxAmount !== undefined ||
    query.closeFrom ||
    query.closedFrom ||
    query.status ||
    query.region ||
    // "deals of mine nobody touched for a month": the deals' activity or time in stage is a filter.
    query.quietDays !== undefined ||
    query.inStageDays !== undefined ||
    query.order === 'longestInStage' ||
    query.record !== 'deal',
  );
}

/**
 * True when the message names an account, contact or rep. A catalogue product may share a
 * feature's name ("how often does email sync run" with a product "Email Sync"), so a question
 * worded about the product is kept from the knowledge base only by these.
 */
function namesAccountOrPerson(understanding: Understanding): boolean {
  const entities = understanding.entities;
  return entities !== undefined && namesRecord({ ...understanding, entities: { ...entities, products: [] } });
}

/** A one-to-one with a rep: that rep's summary for this quarter, with talking points. */
function oneToOneQuestion(rep: string, context: UnderstandingContext | undefined): RecordQuestion {
  const quarter = quarterOf(todayIn(context?.now ?? new Date(), context?.timezone ?? 'UTC'));
  return { kind: 'summary', query: { owner: { rep }, ...quarter }, ownerGiven: true, oneToOne: true };
}

/** Record types a colleague's work is asked of (a summary, deals, activities, tasks). */
const COLLEAGUE_RECORDS = new Set(['deal', 'interaction', 'task', 'lead']);
/** A question about someone's pipeline, deals, activities or tasks (not about contacts or accounts). */
function asksOfColleague(question: RecordQuestion): boolean {
  if (question.kind === 'summary') return true;
  return question.kind === 'query' && COLLEAGUE_RECORDS.has(question.query.record);
}

/** How the forecast or the lead score is made, in the documentation's words, when the message asks that. */
function madeInDocumentWords(text: string): { knowledgeQuestion?: string } {
  const question = madeQuestionInDocumentWords(text);
  return question ? { knowledgeQuestion: question } : {};
}

/** The message as a question for the knowledge base (any account the model guessed dropped). */
function asKnowledgeQuestion(understanding: Understanding): Understanding {
  const { accountMention: _notAnAccount, ...rest } = understanding;
  return { ...rest, intent: 'knowledge_question', confidence: Math.max(0.9, understanding.confidence) };
}

/**
 * Wraps the intent understander with the record-question parser: a question about records or a
 * pipeline becomes `record_query` / `pipeline_summary` carrying its structured query, and a product
 * or policy question is routed to the knowledge base. Everything else is left as the model read it.
 */
export class QuestionUnderstander implements Understander {
  constructor(
    private readonly inner: Understander,
    /** The knowledge base's relevance; without it, only the cue words route to the knowledge base. */
    private readonly knowledge?: KnowledgeRelevance,
    private readonly routing: KnowledgeRoutingSettings = KNOWLEDGE_ROUTING,
  ) {}

  async understand(text: string, context?: UnderstandingContext): Promise<Understanding> {
    // "remind me who's on my team": the question after the lead-in, not a task. A question for the
    // documentation ("remind me how the forecast digest works") is read whole, as it was asked.
    const asked = questionAfterRemindMe(text);
    if (asked) {
      const reading = await this.understand(asked, context);
      if (reading.intent !== 'knowledge_question') return reading;
    }
    // The support reader is asked up to three times below: read once (it is a function of the text alone).
    let supportRead: { request: ReturnType<typeof supportRequestOf> } | undefined;
    const supportRequest = () => (supportRead ??= { request: supportRequestOf(text) }).request;
    let understanding = withPlausibleNames(await this.inner.understand(text, context), text, {
      now: context?.now ?? new Date(),
      timezone: context?.timezone ?? 'UTC',
    });
    // Thanks and closings in any words ("thx, that's all for now", "nope all good"): a friendly close.
    if (isClosing(text)) return { ...understanding, intent: 'thanks', confidence: 1 };
    // "Bonjour, est-ce que le chat existe en français ?": a message in another language is the
    // documentation's, which says what languages the assistant understands (not help or a greeting).
    if (isWrittenInAnotherLanguage(text))
      return { ...understanding, intent: 'knowledge_question', confidence: 0.9 };
    // 'got this mail: "… kevin.adams@acme.com" who is he?': the asker's own words ask who wrote the
    // pasted message, whatever the pasted words report (a problem, a product): that person's view.
    if (pastedWriterAsked(text)) {
      const { question: _pasted, knowledgeQuestion: _notAsked, ...rest } = understanding;
      return { ...rest, intent: 'customer_view', confidence: 0.95 };
    }
    // "prep me for my 1:1 with sam", "what should i ask sam about": the rep's summary with talking
    // points (before help, which reads "what should i ask" as asking what the bot does).
    const oneToOne = oneToOnePrepOf(text, understanding.entities);
    if (oneToOne)
      return {
        ...understanding,
        intent: 'pipeline_summary',
        confidence: 0.95,
        question: oneToOneQuestion(oneToOne.rep, context),
      };
    // "what did i do yesterday", "who did i meet with on tuesday", "anything logged on monday": the
    // interactions of that day or period (before help, small talk and the knowledge base read its verbs).
    const doings = activityByVerbOf(text.toLowerCase().replace(/[’‘]/g, "'"))
      ? parseRecordQuestion(text, understanding.entities, {
          now: context?.now ?? new Date(),
          timezone: context?.timezone ?? 'UTC',
        })
      : undefined;
    if (doings?.kind === 'query' && doings.query.record === 'interaction' && doings.query.occurredFrom)
      return { ...understanding, intent: 'record_query', confidence: 0.95, question: doings };
    // "ok where do i start", "what should i do next": the deals worth the effort (before help and small talk).
    if (WHERE_TO_START.test(text)) return { ...understanding, intent: 'top_leads', confidence: 0.95 };
    // "what's my role", "who am i", "change my timezone to europe/london": the caller as a CRM user
    // (their own record and settings), never an account ("me") or the documentation's roles page.
    if (selfQuestionOf(text)) return { ...understanding, intent: 'about_me', confidence: 0.95 };
    // "we lost the liberty advisory integration package, they went with a competitor", "just signed the
    // hooli seat expansion": a deal's outcome told, to record (when its words name a deal or an account).
    const outcome = dealOutcomeOf(text);
    if (outcome && (TOLD_DEAL.test(outcome.dealWords) || namesAccountIn(outcome.dealWords, understanding)))
      return { ...understanding, intent: 'update_deal_stage', confidence: 0.95 };
    // "where's the hooli pilot at", "how's the acme renewal going": where one deal stands (its stage,
    // amount and close date among the account's deals), not the account's people or a briefing.
    const dealWords = dealStatusWordsOf(text);
    const dealAccount = dealWords
      ? understanding.entities?.accounts.find(
          (account) => account.score >= 0.9 && dealWords.toLowerCase().includes(account.text.toLowerCase()),
        )
      : undefined;
    if (dealAccount)
      return { ...understanding, intent: 'deal_lookup', confidence: 0.95, accountMention: dealAccount.text };
    // "note for wayne enterprises: rebecca wants a security review", "called bill re the renewal for
    // initech": a note or a touch to log, not a question.
    if ((isCasualNote(text) || toldTouchOf(text)) && namesAccountIn(text, understanding))
      return { ...understanding, intent: 'log_interaction', confidence: 0.95 };
    // "best-selling product this quarter", "who bought analytics pro", "how many orders has acme
    // placed": sales by product, not an account's recommendations or the knowledge base.
    if (productQuestionOf(text, understanding.entities?.industries, understanding.entities ?? {}))
      return { ...understanding, intent: 'product_sales', confidence: 0.95 };
    // "hey there, what can you do for me?", "what kinds of things can i ask you": help for this role.
    if (isHelpRequest(text)) return { ...understanding, intent: 'help', confidence: 1 };
    // "globex?", "inner tech", "tasks", "my numbers": a message that is only a name or a record word.
    const nameOnly = nameOnlyAccountOf(text, understanding);
    if (nameOnly) return { ...understanding, intent: 'briefing', confidence: 0.95, accountMention: nameOnly };
    const terseContext = { now: context?.now ?? new Date(), timezone: context?.timezone ?? 'UTC' };
    // A case question read by support's words ("soylent keeps having the same issue?") is no deal's name.
    const terse =
      supportRequest()?.intent === 'case_list'
        ? undefined
        : (nameOnlyContactQuestionOf(text, understanding, terseContext) ??
          terseRecordQuestionOf(text, understanding, terseContext));
    if (terse)
      return {
        ...understanding,
        intent: terse.kind === 'summary' ? 'pipeline_summary' : 'record_query',
        confidence: 0.95,
        question: terse,
      };
    // Small talk the model is sure of; a weak "confirm" for "how did Q3 go" is a question to read.
    // Small talk never names a record: "latest conversation with Globex" is not "start over".
    if (
      ['greeting', 'thanks', 'confirm', 'deny', 'start_over'].includes(understanding.intent) &&
      understanding.confidence >= MIN_SMALL_TALK_CONFIDENCE &&
      !namesRecord(understanding) &&
      // "any SLA breaches right now?" read as a weak "confirm" is a question about cases.
      !supportRequest() &&
      // "where do the logs go" read as "go ahead": a question is no yes, no or start over.
      !(ANSWERS_NOTHING.has(understanding.intent) && WH_QUESTION.test(text))
    )
      return understanding;
    if (ANSWERS_NOTHING.has(understanding.intent) && WH_QUESTION.test(text))
      understanding = { ...understanding, intent: 'oos', confidence: 0 };
    // An explanation button's message carries the deal's id: it is a score question, whatever its words.
    if (explainedDealIdOf(text)) return { ...understanding, intent: 'lead_score', confidence: 1 };
    // "show me the audit log for yesterday", "who exported data this week": the audit log (an admin's),
    // before the model's reading of "log" as a call to log or the knowledge base's of "logged in".
    // "somebody left, how to remove him and his deals", "where can i see the log of who changed a
    // record": how to look after users is the documentation's, before the records its words name.
    if (isUserCareQuestion(text)) return asKnowledgeQuestion(understanding);
    // "where's the health check endpoint", "and how do i restore one?": running this installation,
    // which the staff documentation answers, before a record its words name ("Health Check" is a
    // product) or the help a bare follow-up reads as.
    if (await this.knowledge?.runsTheProduct?.(text)) return asKnowledgeQuestion(understanding);
    if (auditRequestOf(text)) return { ...understanding, intent: 'audit_log', confidence: 0.95 };
    // "how confident is that forecast, whats the range": the forecast's range (not an account to pick).
    // For a role that may not see forecasts, how far to trust one is asked of the documentation, in its words.
    if (asksForecastConfidence(text) && !namesRecord(understanding)) {
      const documented = forecastAccuracyQuestionInDocumentWords(text);
      return {
        ...understanding,
        intent: 'forecast',
        confidence: 0.95,
        ...(documented ? { knowledgeQuestion: documented } : {}),
      };
    }
    // "add a new rep called dana white", "make alex an admin", "remove sam's access": users are
    // managed with `crmpro users`; the reply gives the command (the model reads a new lead or a call).
    if (isUserAdministrationRequest(text))
      return { ...understanding, intent: 'user_admin', confidence: 0.95 };
    // "send them an email", "add them to a campaign": the bot sends no marketing e-mail (the digest
    // route reads "email" as a digest, the model "them" as an account).
    if (bulkEmailRequestOf(text)) return { ...understanding, intent: 'bulk_email', confidence: 0.95 };
    // "decision makers at german accounts - for an event invite in munich", "number of contacts at uk
    // accounts": the people at the accounts of a place, whatever product word ("invite") is said too;
    // before the data size, which reads "how many CFOs do we have in the crm" as the records held.
    const peopleAt =
      PEOPLE_OR_ROLE.test(text) || jobKindsSaidIn(text.toLowerCase()).length
        ? parseRecordQuestion(text, understanding.entities, {
            now: context?.now ?? new Date(),
            timezone: context?.timezone ?? 'UTC',
          })
        : undefined;
    // "technical contacts at bennett software? cto, security folks": one account's people of kinds of job.
    if (
      peopleAt?.kind === 'query' &&
      peopleAt.query.record === 'contact' &&
      peopleAt.query.field === 'contactRole' &&
      jobKindsOfRole(peopleAt.query.contactRole ?? '').length &&
      !/^c[a-z]{1,2}o$/.test(peopleAt.query.contactRole ?? '') &&
      !WRITE_FIRST.test(text)
    ) {
      const account = briefedAccountOf(understanding);
      return {
        ...understanding,
        intent: 'record_query',
        confidence: 0.95,
        question: peopleAt,
        ...(account ? { accountMention: account } : {}),
      };
    }
    if (
      peopleAt?.kind === 'query' &&
      peopleAt.query.record === 'contact' &&
      !peopleAt.query.accountId &&
      !peopleAt.query.field &&
      (peopleAt.query.country ||
        peopleAt.query.industry ||
        peopleAt.query.region ||
        peopleAt.query.accountStatus ||
        // "list all the CEOs", "how many contacts have opted out of email": across the CRM.
        peopleAt.query.contactRole ||
        peopleAt.query.contactEmail)
    )
      // "which contacts have no email" is also a data profile's missing count: the profile for those
      // who may profile, the contacts for marketing (the profile handler hands the question over).
      return profileRequestOf(text)
        ? { ...understanding, intent: 'data_profile', confidence: 0.95, question: peopleAt }
        : { ...understanding, intent: 'record_query', confidence: 0.95, question: peopleAt };
    // "how big is our database", "how many records are in the crm": record counts per collection.
    // ("how many crm users do we have" counts the users: the roster below.)
    if (isDataSizeQuestion(text) && !isTeamRosterQuestion(text))
      return { ...understanding, intent: 'data_profile', confidence: 0.95 };
    // "delete everything we have on nancy johnson": that person's privacy request (the commands for
    // it); with nobody named ("how do i erase one person"), the documentation's data subject requests.
    const privacy = privacyRequestOf(text);
    if (privacy?.person) return { ...understanding, intent: 'privacy_request', confidence: 0.95 };
    if (privacy)
      return { ...asKnowledgeQuestion(understanding), knowledgeQuestion: privacyQuestionOf(privacy) };
    // The knowledge skill's own decision, as it asks (asked only where a wording calls for it).
    const knowledgeAnswers = async () => (await this.knowledge?.answers?.(text)) ?? false;
    // "suggest a reply to: hi, our 2fa codes are not working": a reply to draft, though the pasted words report a problem.
    if (supportRequest()?.intent === 'agent_assist')
      return { ...understanding, intent: 'agent_assist', confidence: 0.95 };
    // "the forecast digest isn't showing up", "the bot doesn't answer me": troubleshooting, not a request.
    if (
      isProblemReport(text) &&
      (!namesRecord(understanding) || isPassedOnProblemReport(text)) &&
      (await knowledgeAnswers())
    )
      return asKnowledgeQuestion(understanding);
    // "customer cancelling wants to know how long they can still export their data": a customer's
    // question about the product, passed on, not the export or record its words name.
    if (isPassedOnQuestion(text) && !namesRecord(understanding) && (await knowledgeAnswers()))
      return asKnowledgeQuestion(understanding);
    // "when does the forecast digest arrive", "can a rep see other reps deals": how the product
    // behaves, before the digest, segment or record routes read its feature words as a request.
    if (
      isProductBehaviourQuestion(text) &&
      !namesAccountOrPerson(understanding) &&
      (!PERSON_BACK.test(text) || ROLE_THEN_PERSON.test(text))
    )
      return isPermissionQuestion(text)
        ? {
            ...asKnowledgeQuestion(understanding),
            knowledgeQuestion: permissionQuestionInDocumentWords(text),
          }
        : { ...asKnowledgeQuestion(understanding), ...madeInDocumentWords(text) };
    // A question about digests ("when does the forecast digest arrive in teams") never subscribes:
    // the documentation answers it, or the digest handler lists the caller's own ("when do i get mine").
    if (DIGEST.test(text) && asksAboutRatherThanRequests(text) && !asksAboutOwnUse(text))
      return asKnowledgeQuestion(understanding);
    // "unsubscribe me from the daily email", "no more forecast emails": the digests, in other words.
    if (isDigestStopRequest(text)) return { ...understanding, intent: 'digest_unsubscribe', confidence: 1 };
    // Scheduled digests are named by their word; the digest handler reads the rest of the message
    // (it also sets and tells teams' sales targets, which the forecast digest compares against).
    if (DIGEST.test(text) || isSalesTargetMessage(text))
      return {
        ...understanding,
        intent: STOP_DIGEST.test(text) ? 'digest_unsubscribe' : 'digest_subscribe',
        confidence: 1,
      };
    // "our number is 3M in usd for Q4, whats the gap", "quota is 500k, how far off am i": a target said
    // here (not the team's stored one), set against the forecast of that period.
    if (statedTargetOf(text) && !namesRecord(understanding))
      return { ...understanding, intent: 'forecast', confidence: 0.95 };
    // "change the amount on the acme renewal to 30k", "push the close date of the globex deal to 15 feb":
    // a deal's amount or close date to change (the record question reads "amount on" as a lookup).
    if (dealTermChangeOf(text) && !asksAboutRatherThanRequests(text))
      return { ...understanding, intent: 'change_deal', confidence: 0.95 };
    // "mark the qbr agenda task as done", "push my acme task to monday": a task to change, not to create.
    if (taskChangeOf(text) && !asksAboutRatherThanRequests(text))
      return { ...understanding, intent: 'change_task', confidence: 0.95 };
    // "remind me to …", "create a task for me to …", "add a to-do: …": a task to create, whatever the model read.
    if (taskRequestOf(text) !== undefined && !asksAboutRatherThanRequests(text))
      return { ...understanding, intent: 'create_task', confidence: 0.95 };
    // "who's on my team", "who are my reps": the members of the caller's team, not accounts.
    if (isTeamRosterQuestion(text)) return { ...understanding, intent: 'team_roster', confidence: 0.95 };
    // "back from 2 weeks off, what did i miss", "catch me up since 20 november", "what happened on
    // globex while i was away": the changes on the caller's records over a period (w19c).
    if (asksForCatchUp(text, understanding.entities))
      return { ...understanding, intent: 'catch_up', confidence: 0.95 };
    // "which accounts should i call today": the caller's accounts worth a call (the digest's list), not deals or leads.
    if (isCallListRequest(text)) return { ...understanding, intent: 'accounts_to_call', confidence: 0.95 };
    // "profile the deals collection", "data quality of the leads": the profile of a collection, not its records.
    if (profileRequestOf(text)) return { ...understanding, intent: 'data_profile', confidence: 0.95 };
    // "what share of revenue comes from our top 10 accounts", "how concentrated is our revenue": the
    // top accounts' share of won revenue (admins and analysts), not a ranking of accounts.
    if (revenueConcentrationOf(text))
      return { ...understanding, intent: 'revenue_concentration', confidence: 0.95 };
    // Asked only when the rest of the reading leaves the question open (it is the costliest step).
    const answersFromKnowledge = async () =>
      this.knowledge !== undefined && (await this.knowledge.relevance(text)) >= this.routing.minRelevance;
    if (
      understanding.intent === 'help' &&
      understanding.confidence >= 0.8 &&
      text.trim().split(/\s+/).length <= 4 &&
      (isCommonWords(text) || !(await answersFromKnowledge()))
    )
      return understanding;
    // "does bennett software already own analytics pro?", "when was acme's last order": that
    // account's products and orders (customer view).
    const productOwner = accountProductQuestionOf(text, understanding.entities?.products)
      ? briefedAccountOf(understanding)
      : undefined;
    if (productOwner)
      return { ...understanding, intent: 'customer_view', confidence: 0.95, accountMention: productOwner };
    // "qbr prep: what did initech buy from us this year": the account's purchases then (customer view).
    const buyer = purchaseWindowOf(
      text,
      understanding.entities,
      context?.now ?? new Date(),
      context?.timezone ?? 'UTC',
    )
      ? briefedAccountOf(understanding)
      : undefined;
    if (buyer) return { ...understanding, intent: 'customer_view', confidence: 0.95, accountMention: buyer };
    // "what's acme's turnover", "annual revenue of globex": the account's own size in money; "what
    // industry is willowview in and how big are they": other fields of its profile.
    const profiled = accountProfileFieldsOf(text).length > 0;
    const sized =
      asksAccountRevenue(text) || profiled
        ? (briefedAccountOf(understanding) ??
          // The first word of a longer name ("willowview" for Willowview Logistics): the resolver decides.
          (profiled && understanding.accountMention && understanding.entities?.accounts.length
            ? understanding.accountMention
            : undefined))
        : undefined;
    if (sized) return { ...understanding, intent: 'briefing', confidence: 0.95, accountMention: sized };
    // "how many leads do i own in total": the caller's (or team's) leads counted by status (top-leads).
    if (asksOwnedLeadCount(text)) return { ...understanding, intent: 'top_leads', confidence: 0.95 };
    // "new leads per month the last 3 months", "trend of new leads": leads counted period by period.
    if (leadCountSeriesOf(text)) return { ...understanding, intent: 'lead_conversion', confidence: 0.95 };
    // Marketing's questions (lead conversion, campaign audiences) by their words; before the knowledge cue ("pricing guide", "export").
    const marketing = marketingIntentOf(text);
    if (marketing) return { ...understanding, intent: marketing, confidence: 0.95 };
    // Moves between segments said with any verb ("who slid into about to sleep"), and all segments' sizes.
    const segment = namesRecord(understanding) ? undefined : segmentIntentOf(text);
    if (segment) return { ...understanding, intent: segment, confidence: 0.95 };
    // "and hers at risk?", "and his at risk deals": the deals at risk of the colleague just spoken of.
    if (asksColleagueRisksBack(text) && !namesRecord(understanding))
      return { ...understanding, intent: 'at_risk_deals', confidence: 0.95 };
    // A deal named by its account and product words, or its full name, asked at risk or in other words of
    // its win chance ("why is the wayne enterprises annual renewal at risk", "how sure are we on Acme
    // Corporation - Annual renewal Q4 2026 (3)?"): that deal's win chance and its factors.
    const scored = understanding.accountMention;
    if (scored && (dealWordsAtRisk(text, scored) !== undefined || asksWinChanceOfNamed(text)))
      return { ...understanding, intent: 'lead_score', confidence: 0.95 };
    // "whats wrong with the acme multi-year renewal", "why is the bennett medical deal flagged": that deal's risks.
    if (namedDealRiskOf(text)) return { ...understanding, intent: 'at_risk_deals', confidence: 0.95 };
    // Churn questions ("which customers are likely to churn?", "is Initech at risk?"); deals at risk stay deals.
    const churn = churnQuestionOf(text, understanding.accountMention);
    if (churn) return { ...understanding, intent: churn.intent, confidence: 0.95 };
    // "prep me for the Hooli meeting tmrw", "what should I know before my call with Initech": a briefing.
    const briefed = isBriefingRequest(text)
      ? (briefedAccountOf(understanding) ?? leadingAccountWordsOf(understanding.entities))
      : undefined;
    if (briefed) return { ...understanding, intent: 'briefing', confidence: 0.95, accountMention: briefed };
    // "upsell opportunities at acme", "what else could I sell globex": what to pitch to that account.
    const pitchedTo = isRecommendationRequest(text) ? briefedAccountOf(understanding) : undefined;
    if (pitchedTo)
      return { ...understanding, intent: 'recommendations', confidence: 0.95, accountMention: pitchedTo };
    if (
      (RISK_WORDS.test(text) || asksPipelineRisks(text)) &&
      !OVERDUE.test(text.toLowerCase()) &&
      !SEGMENT_MOVES.test(text) &&
      !namesRecord(understanding) &&
      !KEEP.has(understanding.intent)
    )
      return { ...understanding, intent: 'at_risk_deals', confidence: 0.95 };
    // "what segment's initech in?", "which segment does Acme belong to": the account's segment.
    if (SEGMENT_OF.test(text) && understanding.accountMention && namesRecord(understanding))
      return { ...understanding, intent: 'account_segment', confidence: 0.95 };
    // Support's requests (cases, customer view, agent assist) by their words; before the knowledge cue.
    const support = supportRequest();
    if (support) return { ...understanding, intent: support.intent, confidence: 0.95 };
    // What the SLA or support promises ("response time for urgent tickets on enterprise") is the documentation's.
    if (isSupportPolicyQuestion(text) && !RECORDS.test(text)) {
      const { accountMention: _notAnAccount, ...policy } = understanding;
      return { ...policy, intent: 'knowledge_question', confidence: 0.95 };
    }
    // A file of CRM records ("export the contacts", "the deals as a csv"): the export handler says how.
    if (exportRequestOf(text)) return { ...understanding, intent: 'data_export', confidence: 0.95 };
    // "how do i reschedule a task", "is there a way to push back a to-do": the documentation's
    // section on finishing and rescheduling tasks, not a list of the caller's tasks.
    const taskHowTo = taskChangeHowToInDocumentWords(text);
    if (taskHowTo) return { ...asKnowledgeQuestion(understanding), knowledgeQuestion: taskHowTo };
    // How the product works, in record words: "how do i change a deal stage in here", "who can see
    // what, like can reps see other teams deals", "where does the % chance on a deal come from". A
    // named deal's win chance is that deal's score, explained; the documentation calls it lead scoring.
    const figure = figureQuestionOf(text);
    const pointsAtRecord = namesAccountOrPerson(understanding) || PERSON_BACK.test(text);
    const scoredAccount =
      figure === 'win chance' && pointsAtRecord ? briefedAccountOf(understanding) : undefined;
    if (scoredAccount)
      return { ...understanding, intent: 'lead_score', confidence: 0.95, accountMention: scoredAccount };
    if (!pointsAtRecord) {
      if (figure === 'win chance')
        return {
          ...asKnowledgeQuestion(understanding),
          knowledgeQuestion: winChanceQuestionInDocumentWords(text),
        };
      // Deals are moved between stages in chat: the bot's help says how ("move the Acme deal to negotiation").
      if (isHowToMoveADealQuestion(text)) return { ...understanding, intent: 'help', confidence: 0.95 };
      if (isPermissionQuestion(text))
        return {
          ...asKnowledgeQuestion(understanding),
          knowledgeQuestion: permissionQuestionInDocumentWords(text),
        };
      if (isHowToChangeQuestion(text) || (figure === 'other' && (await knowledgeAnswers())))
        return { ...asKnowledgeQuestion(understanding), ...madeInDocumentWords(text) };
    }
    // "what should i focus on today" is the day's agenda (the record-question parser's), not a ranking.
    if (
      ADVICE.test(text) &&
      !NOT_ADVICE.test(text) &&
      !KEEP.has(understanding.intent) &&
      !isOwnDayQuestion(text.toLowerCase())
    )
      return { ...understanding, intent: 'top_leads', confidence: 0.95 };
    if (LIKELY_TO_WIN.test(text) && !namesRecord(understanding) && !KEEP.has(understanding.intent))
      return { ...understanding, intent: 'top_leads', confidence: 0.95 };
    // "how much am I on track to close by year end", "what are we projected to book": the forecast.
    if (isForecastAsk(text) && !namesRecord(understanding) && !KEEP.has(understanding.intent))
      return { ...understanding, intent: 'forecast', confidence: 0.95 };
    // A write the model reads without a verb of writing ("can it sync with gmail" as logging), or a
    // question how to do something ("how do I add my colleagues"), is no write.
    // A guess below MIN_KEPT_CONFIDENCE ("which languages does the bot speak" as a hand-off at 0.29) keeps nothing.
    // A question about a write ("does crmpro log my calls automatically") is no write.
    const aboutAWrite = WRITES.has(understanding.intent) && asksAboutRatherThanRequests(text);
    const kept =
      KEEP.has(understanding.intent) &&
      !aboutAWrite &&
      understanding.confidence >= MIN_KEPT_CONFIDENCE &&
      (!WRITES.has(understanding.intent) || (WRITE_VERBS.test(text) && !HOW_TO.test(text)));
    // A request about one account that names none ("can I run this on my own servers" read as a
    // briefing) says nothing about CRM records: the knowledge base may outweigh it.
    const accountless =
      ACCOUNT_INTENTS.has(understanding.intent) &&
      !understanding.accountMention &&
      !namesRecord(understanding) &&
      !POINTS_BACK.test(text);
    const toKnowledge = (): Understanding => asKnowledgeQuestion(understanding);
    // A named account's deal asked for one of its fields ("when's the wayne enterprises integration
    // package supposed to close") is a record question, whatever product word the deal's name has.
    const dealField = (): boolean => {
      if (!namesAccountOrPerson(understanding)) return false;
      const reading = parseRecordQuestion(text, understanding.entities, {
        now: context?.now ?? new Date(),
        timezone: context?.timezone ?? 'UTC',
      });
      return (
        reading?.kind === 'query' && reading.query.record === 'deal' && reading.query.field !== undefined
      );
    };
    if (this.routing.cueWords && KNOWLEDGE.test(text) && !RECORDS.test(text) && !kept && !dealField())
      return toKnowledge();
    // Worded as a question about the product ("how often does email sync run", "will it log my
    // personal emails", "how many deals do we need before the scoring works"), whatever the model
    // read, when the knowledge skill answers it.
    // A sales metric asked in the same words ("how long does it take us on average to close a won
    // deal") is about the records, never the documentation's catalogue of skills.
    if (
      isProductQuestion(text) &&
      !salesMetricOf(text.toLowerCase()) &&
      !namesAccountOrPerson(understanding) &&
      !PERSON_BACK.test(text) &&
      !RECORDS.test(text) &&
      (await knowledgeAnswers())
    )
      return toKnowledge();
    const recordContext = { now: context?.now ?? new Date(), timezone: context?.timezone ?? 'UTC' };
    // "this year vs last year, how much did i win": the question over both periods, compared.
    // "won amount per month this year": the figure period by period.
    const question =
      seriesQuestionOf(text, understanding.entities, recordContext) ??
      // "which open deal has been open the longest", "least active rep", "account with the most contacts".
      dealAgeQuestionOf(text, understanding.entities, recordContext) ??
      activeRepQuestionOf(text, understanding.entities, recordContext) ??
      accountsRankedByCountOf(text, understanding.entities, recordContext) ??
      twoPeriodQuestionOf(text, understanding.entities, recordContext) ??
      parseRecordQuestion(text, understanding.entities, recordContext);
    // No cue word, but the knowledge base answers it and nothing reads it as a question about records.
    if (
      !question &&
      !isCommonWords(text) &&
      // "can we email her?", "what's his number": about the person just shown, not the product.
      !PERSON_BACK.test(text) &&
      !kept &&
      !RECORDS.test(text) &&
      !namesRecord(understanding) &&
      (NOT_CRM_INTENTS.has(understanding.intent) ||
        WRITES.has(understanding.intent) ||
        accountless ||
        understanding.confidence < this.routing.crmIntentConfidence) &&
      // Typed in chat words ("where are you guys based"), a question may match the documents as typed
      // too weakly: the knowledge skill's own decision, reading them as the documents', counts too.
      ((await answersFromKnowledge()) || (await knowledgeAnswers()))
    )
      return toKnowledge();
    // "how do I hook up Teams", "how do we upgrade": a how-to about the product, when nothing reads it
    // as a question about records and it is not a write, hand-off or digest the model is sure of.
    if (
      !question &&
      this.knowledge !== undefined &&
      HOW_TO.test(text) &&
      !kept &&
      !namesRecord(understanding) &&
      !PERSON_BACK.test(text)
    )
      return toKnowledge();
    if (!question && aboutAWrite)
      return this.knowledge ? toKnowledge() : { ...understanding, intent: 'oos', confidence: 0 };
    if (!question) return understanding;
    // "how's dave doing", "what's jess got closing": a colleague named by a first name nobody has is
    // said to be nobody we know (with the caller's team), never silently the team's figures.
    const unknownPerson = understanding.entities?.unknownPerson;
    if (unknownPerson && asksOfColleague(question) && !WRITES.has(understanding.intent))
      return { ...understanding, intent: 'team_roster', confidence: 0.95, unknownPerson };
    // Writes keep their intent; an account's deals without a filter stay a deal look-up.
    if (
      WRITES.has(understanding.intent) &&
      !aboutAWrite &&
      understanding.confidence >= MIN_WRITE_CONFIDENCE &&
      WRITE_VERBS.test(text)
    )
      return understanding;
    if (
      understanding.intent === 'deal_lookup' &&
      understanding.accountMention &&
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
