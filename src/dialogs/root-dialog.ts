import type { StatePropertyAccessor } from 'botbuilder';
import {
  ComponentDialog,
  WaterfallDialog,
  type Dialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { isPersonFacingError } from '../core/errors';
import type { QueryOwner } from '../vocabulary';
import type { SkillRunner } from '../skills/skill';
import { capabilitiesFor, otherLanguageReply, outOfScopeReply, outsideRequestReply } from './capabilities';
import { isOtherLanguage } from './routing/other-language';
import { asksForShorter, shortReplyOf, type ShortReply } from './routing/short-replies';
import { shorterReply } from './replies/shorter-reply';
import { listReshapeOf } from './understanding/list-follow-up';
import { yesOrNoWord } from './confirmation-words';
import { refusalReplyOf } from './replies/refusal-replies';
import {
  followUpIntent,
  isAccountIntent,
  isBackReference,
  type ConversationMemory,
} from './conversation-memory';
import {
  isBeginDialog,
  type Capability,
  type IntentHandler,
  type IntentOutcome,
} from './intents/intent-handler';
import { ageLastCases, asksAboutOwnWork, caseFollowUpIntent, SALES_WORDS } from './intents/case-follow-ups';
import { listFollowUpUnderstanding } from './intents/list-follow-ups';
import { ageLastTask, recentTaskChangeIn, shownTaskReading } from './intents/task-change-draft';
import { isLeadFollowUp, leadListNarrowingOf } from './intents/lead-follow-ups';
import { dealJustScored } from './intents/sales-handlers';
import { scoreFollowUpOf } from './understanding/deal-win-chance';
import { recordQueryHandler, recordQuestionAllowed } from './intents/record-query-handler';
import { productSalesHandler } from './intents/product-sales-handler';
import { standingUnderstanding } from './intents/standing-answer';
import { greetsAndAsks, questionsAfterGreeting } from './routing/greeting-with-question';
import { visitorRequestOf } from './routing/person-requests';
import { comparedWithOurselves } from '../ml/knowledge/answers/comparison';
import { isTopicThenKindOfFact } from './routing/knowledge-questions';
import { asksWhatThisIs, isHelpRequest } from './routing/help-requests';
import { figureQuestionOf } from './routing/how-it-works-questions';
import { isProductBehaviourQuestion } from './routing/knowledge-questions';
import { segmentNameIn } from './routing/segment-questions';
import { workloadOf } from './routing/support-questions';
import { asksWhatCameIn } from './routing/case-summary-questions';
import { asksForSales } from './routing/sales-requests';
import type { Understander, Understanding, UnderstandingContext } from './routing/understanding';
import { withoutCourtesy } from './routing/courtesy-words';
import { withoutLetterWrapper } from './routing/letter-wrapper';
import { complaintOf, type Complaint } from './routing/complaint-words';
import { requestOutsideTheBot } from './routing/requests-outside-the-bot';
import { bareCorrectionOf, correctedQuestionOf, correctionOf } from './routing/correction-words';
import { withShorthandWrittenOut } from './routing/sales-shorthand';
import { asksTheOtherOne, otherAccountOf } from './routing/other-one';
import { doesSomething, questionsIn, type QuestionPart } from './routing/several-questions';
import { writeContextOf, writeWithQuestionIn, type WriteWithQuestion } from './routing/write-with-question';
import { comparedSidesIn } from './routing/two-sides';
import { filterSidesIn } from './routing/filter-sides';
import { answerShapeOf, figuresOnly } from './routing/answer-shape';
import { repliesInOne } from './replies/replies-in-one';
import type { Reply } from './reply';
import type { RecordQuestion } from './understanding/record-question';
import { messageText, sendReply } from './turn-helpers';
import { withoutBotMention } from './understanding/recognizer';
import { callerOf, crmTurn } from './turn-state';

const ROUTE = 'route';

/** An understander for one turn: its clock and time zone fixed, each wording read once. */
interface TurnUnderstander {
  readonly context: UnderstandingContext;
  understand(text: string): Promise<Understanding>;
}

/**
 * Whether a message may be read in parts (several questions, or two sides compared): never a
 * visitor's, nor a correction of the last answer.
 */
function mayReadInParts(
  said: string,
  caller: ReturnType<typeof callerOf>,
  memory: ConversationMemory,
): boolean {
  if (caller.role === 'visitor') return false;
  return !((memory.lastFocus || memory.lastAccountIntent) && (correctionOf(said) || bareCorrectionOf(said)));
}

/** Writes a question to the bot may follow in the same message ("… and what's his number?"). */
const WRITES = new Set([
  'log_interaction',
  'create_task',
  'case_open',
  'create_lead',
  'update_deal_stage',
  'change_deal',
]);
const MIN_WRITE_CONFIDENCE = 0.5;
/** Readings that are no question to answer: small talk, help, nothing understood. */
const NO_QUESTION = new Set(['oos', 'greeting', 'help', 'thanks', 'cancel', 'start_over', 'handoff']);
/** How sure the question's reading must be ("who else do we know there" reads as people at 0.76). */
const MIN_QUESTION_CONFIDENCE = 0.7;

/** How sure the understander must be before the bot acts on an intent. */
export const MIN_INTENT_CONFIDENCE = 0.35;

export interface RootDialogDependencies {
  skills: SkillRunner;
  understander: Understander;
  memory: StatePropertyAccessor<ConversationMemory>;
  handlers: readonly IntentHandler[];
  /** Multi-turn dialogs handlers may begin (by id). */
  dialogs: readonly Dialog[];
  /** Handles messages no intent claims with confidence (e.g. an LLM agent); default: an honest "can't help". */
  fallback?: IntentHandler;
  /**
   * Takes every message of a website visitor beyond small talk and hand-over (the knowledge
   * answers), so a visitor's message never reaches a handler that works on CRM records.
   */
  visitorHandler?: IntentHandler;
}

/** Questions about one's own work a role without the sales records may mean of its cases (never writes). */
const OWN_WORK_QUESTIONS = new Set(['record_query', 'pipeline_summary', 'at_risk_deals', 'top_leads']);

/** Lead records named ("leads", "prospects" is not: reps say it of deals); the funnel, to marketing, is theirs. */
const LEADS_NOT_DEALS = /\bleads\b|\bmqls?\b|\bfunnel\b/i;
const DEAL_WORDS = /\b(?:deals?|pipeline|opportunit(?:y|ies)|opps?|forecast\w*|quota|revenue)\b/i;

/** The lowest score of an account a request's words may have meant ("globex": Globex Financial at 0.85). */
const OTHER_CANDIDATE_SCORE = 0.8;
/** Intents a website visitor's message is routed by; everything else goes to the visitor handler. */
const VISITOR_INTENTS = new Set(['greeting', 'help', 'thanks', 'cancel', 'start_over', 'handoff']);

/**
 * The dialog every message starts in: understands the message and routes it to the handler of its
 * intent, which replies at once or begins a multi-turn dialog. A dialog that ends without using
 * the message (the person changed the subject mid-question) has the message routed anew.
 */
export class RootDialog extends ComponentDialog {
  private readonly byIntent = new Map<string, IntentHandler>();

  constructor(private readonly deps: RootDialogDependencies) {
    super('root');
    for (const handler of deps.handlers) {
      for (const intent of handler.intents) {
        if (this.byIntent.has(intent)) throw new Error(`two handlers claim the intent ${intent}`);
        this.byIntent.set(intent, handler);
      }
    }
    for (const dialog of deps.dialogs) this.addDialog(dialog);
    this.addDialog(
      new WaterfallDialog(ROUTE, [
        (step) => this.routeStep(step),
        (step) => this.afterDialogStep(step),
        (step) => this.afterDialogStep(step),
      ]),
    );
    this.initialDialogId = ROUTE;
  }

  /** Every capability of the registered handlers (for greetings and help). */
  get capabilities(): Capability[] {
    return this.deps.handlers.flatMap((handler) => (handler.capability ? [handler.capability] : []));
  }

  /**
   * A role that may not use the skill its intent asks for, asking about a named customer (support's
   * "pull up everything on globex", "what has acme bought from us", "does acme have anything open
   * with us"), gets its own view of that customer: the account's open cases when it asks what is
   * open, else the customer view — when the role may use those. Otherwise the handler as routed
   * (which says plainly that the role can't ask that).
   */
  private forRole(
    routed: IntentHandler | undefined,
    understanding: Pick<Understanding, 'intent' | 'accountMention' | 'question'>,
    text: string,
    caller: ReturnType<typeof callerOf>,
  ): IntentHandler | undefined {
    // Support's "what's on my plate at the moment", "what's anna's workload looking like": someone's
    // work, to a role that may work cases but not query the sales records, is their open cases.
    const records = recordQueryHandler.capability?.skill;
    // An analyst queries the records for statistics only: its work, like support's, is no sales record.
    const readsSalesRecords =
      records !== undefined && this.deps.skills.mayCall(records, caller) && caller.role !== 'analyst';
    if (workloadOf(text) && records && !readsSalesRecords)
      return this.insteadIfAllowed('case_list', caller) ?? routed;
    // Support's "anything new in the last 48 hours?", "what came in over the weekend": what came
    // in, to a role that works cases but may not query the sales records, is the cases opened then.
    if (asksWhatCameIn(text) && records && !readsSalesRecords)
      return this.insteadIfAllowed('case_list', caller) ?? routed;
    const skill = routed?.capability?.skill;
    const account = understanding.accountMention;
    // Marketing may query accounts and their people, not deals: a deal question as without the skill.
    const allowed =
      skill !== undefined &&
      this.deps.skills.mayCall(skill, caller) &&
      (routed !== recordQueryHandler || recordQuestionAllowed(understanding, caller));
    if (!skill || allowed) return routed;
    // Support's "has acme placed any orders this year": one customer's orders are its customer view.
    if (routed === productSalesHandler && account && !isBackReference(account))
      return this.insteadIfAllowed('customer_view', caller) ?? routed;
    // "how accurate is the forecast", "how is the forecast number made" from a role that may not see
    // forecasts: how the product works, the documentation's to answer (not the refusal about deals).
    if (figureQuestionOf(text) || isProductBehaviourQuestion(text))
      return this.insteadIfAllowed('knowledge_question', caller) ?? routed;
    // Marketing's "who are the hottest leads right now", "top leads this week": leads are the lead
    // records to a role that may rank those but not deals (never a refusal about deals).
    if (LEADS_NOT_DEALS.test(text) && !DEAL_WORDS.test(text))
      return this.insteadIfAllowed('lead_conversion', caller) ?? routed;
    // Support's "who's the technical contact at globex?": an account's people are in its customer view.
    if (
      routed === recordQueryHandler &&
      understanding.question?.kind === 'query' &&
      understanding.question.query.record === 'contact' &&
      understanding.question.query.field === 'contactRole' &&
      account &&
      !isBackReference(account)
    )
      return this.insteadIfAllowed('customer_view', caller) ?? routed;
    // A question about deals or the pipeline stays refused ("show me the open deals for Globex").
    if (SALES_WORDS.test(text)) return routed;
    // Marketing's "build me a list of at-risk customers in north america": a segment named is the
    // segment list of a role that may not use the churn model (the account teams').
    if (segmentNameIn(text)) return this.insteadIfAllowed('segment_members', caller) ?? routed;
    // "what do i have due by end of day" from a role without the sales records: its own cases.
    if (OWN_WORK_QUESTIONS.has(understanding.intent) && asksAboutOwnWork(text))
      return this.insteadIfAllowed('case_list', caller) ?? routed;
    // Only questions about an account are redirected; a refused write stays refused.
    if (!skill || !isAccountIntent(understanding.intent) || allowed || !account || isBackReference(account))
      return routed;
    const wanted = /\b(open|cases?|tickets?|issues?|problems?)\b/i.test(text) ? 'case_list' : 'customer_view';
    const instead = this.byIntent.get(wanted);
    const insteadSkill = instead?.capability?.skill;
    return instead && insteadSkill && this.deps.skills.mayCall(insteadSkill, caller) ? instead : routed;
  }

  /** The handler of `intent` when this caller's role may use its skill. */
  private insteadIfAllowed(intent: string, caller: ReturnType<typeof callerOf>): IntentHandler | undefined {
    const instead = this.byIntent.get(intent);
    const skill = instead?.capability?.skill;
    return instead && skill && this.deps.skills.mayCall(skill, caller) ? instead : undefined;
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // The plain request: without its polite wrapper ("could you tell me …, please") and with sales
    // shorthand written out ("wins mtd" → "deals won this month"), for every reader.
    // A bot mention and emoji shortcodes ("@crmpro acme corp deals :point_down:") are no words of it.
    // A request written as a letter ("Hi there, I hope you're well! Could you … ? Many thanks, Sam")
    // is read without its salutation, pleasantries and sign-off.
    const message = withoutCourtesy(
      withoutLetterWrapper(withShorthandWrittenOut(withoutBotMention(messageText(step.context.activity)))),
    );
    if (!message) return step.endDialog();
    const caller = callerOf(step.context);
    const memory = (await this.deps.memory.get(step.context, {}))!;
    ageLastTask(memory);
    const understander = this.understanderOfTurn(caller);
    // A "yes" right after a role refusal: nothing waits for it, so the refusal is said again.
    const refused = memory.lastRefusal;
    delete memory.lastRefusal;
    if (refused && yesOrNoWord(message) === 'yes') {
      memory.lastRefusal = refused;
      await sendReply(step.context, { text: refused });
      return step.endDialog();
    }
    // "try again", "that's wrong", "you're useless": a repair move, or the last question asked again.
    const complaint = complaintOf(message);
    const repair = complaint ? this.repairOf(complaint, caller, memory) : undefined;
    if (repair) {
      await sendReply(step.context, repair);
      return step.endDialog();
    }
    // "👍", "huh?": answered at once; "more", "ok and?", "next": the last question asked again.
    // A briefing is a dialog, so it is no `lastAsked`: "ok and?" after it is that account's briefing.
    // After a list, "more" and "next" page it (the list follow-ups), so they are not asked again here.
    const pagesList =
      (memory.lastFocus === 'deals' || memory.lastFocus === 'records' || memory.lastFocus === 'summary') &&
      listReshapeOf(message)?.more === true;
    const short = pagesList ? undefined : shortReplyOf(message);
    const goOnWith =
      memory.lastAsked ??
      (memory.lastFocus === 'account' && memory.lastAccount
        ? `brief me on ${memory.lastAccount.name}`
        : undefined);
    const shortAnswer = short ? shortReplyAnswer(short, goOnWith, memory.lastAsked) : undefined;
    if (shortAnswer) {
      await sendReply(step.context, shortAnswer);
      return step.endDialog();
    }
    // "write a poem about our pipeline", "what's the weather in london": said plainly, not searched for.
    const outside = requestOutsideTheBot(message);
    if (outside) {
      await sendReply(step.context, outsideRequestReply(outside, this.capabilities, caller));
      return step.endDialog();
    }
    // "shorter", "tl;dr", "make it shorter": the last question answered again, cut to its headline.
    if (asksForShorter(message)) {
      const last = memory.lastAsked;
      const outcome = last ? await this.outcomeOf(step, last, caller, memory, understander) : undefined;
      if (!outcome || !isBeginDialog(outcome)) {
        await sendReply(
          step.context,
          outcome
            ? shorterReply(outcome)
            : { text: "There's no earlier answer to shorten. What would you like to know?" },
        );
        return step.endDialog();
      }
    }
    const asked =
      complaint === 'retry' && memory.lastAsked
        ? memory.lastAsked
        : short === 'go-on' && goOnWith
          ? goOnWith
          : message;
    const askedBefore = memory.lastAsked;
    if (!yesOrNoWord(asked)) memory.lastAsked = asked;
    // "hi its my first day here, what accounts are mine?": the question after the hello and preamble.
    const greeted = (await this.questionAfterGreeting(asked, caller, understander)) ?? asked;
    // "how many deals closing this month - just the numbers", "just the count" after a list: the
    // question asked (the list's count), answered with its figures alone.
    const shape = caller.role === 'visitor' ? undefined : answerShapeOf(greeted);
    const listShown = memory.lastFocus === 'deals' || memory.lastFocus === 'records';
    const shapedQuestion = shape && (shape.rest || (listShown ? 'how many' : undefined));
    const said = shapedQuestion ?? greeted;
    // "add a task to call bill tomorrow, and what's his number?": the question answered, then the write.
    const withQuestion = await this.writeWithQuestionOf(said, caller, memory, understander);
    if (withQuestion) return this.answerThenWrite(step, withQuestion, caller, memory, understander, asked);
    // "whats my pipeline and anything closing this week": each question answered in turn, in one reply.
    const parts = await this.questionsOf(said, caller, memory, understander);
    if (parts) return this.answerEach(step, parts, caller, memory, understander);
    // "acme vs globex open pipeline", "who owns each one": the same question for each side, in turn.
    const sides = await this.sidesOf(said, caller, memory, understander);
    if (sides) return this.answerEach(step, sides, caller, memory, understander);
    const outcome = await this.outcomeOf(step, said, caller, memory, understander, undefined, askedBefore);
    if (isBeginDialog(outcome)) {
      // A request that begins a dialog (a write, a subscription) is no question: "try again" never repeats it.
      if (memory.lastAsked === asked) delete memory.lastAsked;
      return step.beginDialog(outcome.beginDialog, outcome.options);
    }
    await sendReply(step.context, shapedQuestion ? figuresOnly(outcome) : outcome);
    return step.endDialog();
  }

  /**
   * The repair move for a complaint about the last answer, or undefined when the last question is
   * to be asked again ("try again" after a question). "That's wrong": an apology and an offer to look
   * again with what was meant, or to run the question again; "you're useless": a short apology and
   * what this caller can ask. A visitor's "that's wrong" or "you're useless" is the visitor handler's
   * (which offers a person), and "try again" with nothing asked before says so.
   */
  private repairOf(
    complaint: Complaint,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
  ): Reply | undefined {
    const last = memory.lastAsked;
    if (complaint === 'retry')
      return last
        ? undefined
        : { text: "There's no earlier question to try again. What would you like to know?" };
    if (caller.role === 'visitor') return undefined;
    const capabilities = capabilitiesFor(this.capabilities, caller);
    const buttons = capabilities.slice(0, 3).map((c) => ({ title: c.examples[0]!, value: c.examples[0]! }));
    if (complaint === 'wrong') {
      const again = last
        ? ` Say "try again" to run "${last}" again, or ask it in other words.`
        : ' Could you ask it in other words?';
      return {
        text: `Sorry about that. Tell me what you meant (another account, person, period or figure) and I'll look again.${again}`,
        ...(last ? { buttons: [{ title: 'Try again', value: 'try again' }] } : {}),
      };
    }
    const can = capabilities
      .slice(0, 4)
      .map((c) => c.summary)
      .join('; ');
    return {
      text: `Sorry I haven't been much help. ${can ? `I can ${can}. ` : ''}Tell me what you need in your own words, or say "help" for examples.`,
      buttons,
    };
  }

  /**
   * The understander for one turn, at the turn's clock and the caller's time zone: it reads each
   * wording once, so a message weighed for several questions is not read again to be answered.
   */
  private understanderOfTurn(caller: ReturnType<typeof callerOf>): TurnUnderstander {
    const context = { now: this.deps.skills.clock(), timezone: caller.timezone };
    const read = new Map<string, Promise<Understanding>>();
    return {
      context,
      understand: (text) => {
        let reading = read.get(text);
        if (!reading) read.set(text, (reading = this.deps.understander.understand(text, context)));
        return reading;
      },
    };
  }

  /**
   * A CRM question after a greeting and maybe a preamble ("hi its my first day here, what accounts
   * are mine?"): the words after the greeting, or their last clause, when one of them reads as a
   * record question or the team roster (a staff member's; a visitor's greeting is the front desk's).
   */
  private async questionAfterGreeting(
    message: string,
    caller: ReturnType<typeof callerOf>,
    understander: TurnUnderstander,
  ): Promise<string | undefined> {
    if (caller.role === 'visitor') return undefined;
    const [rest, clause] = questionsAfterGreeting(message);
    if (!rest) return undefined;
    // A question the rules read surely ("good morning! i'm the new marketing intern … what counts as
    // an MQL here, and how many of them do we have?" is marketing's leads), not only a record question.
    const asks = (reading: Understanding) =>
      Boolean(reading.question) ||
      (reading.intent === 'team_roster' && reading.confidence >= 0.9) ||
      (reading.confidence >= 0.95 &&
        !NO_QUESTION.has(reading.intent) &&
        reading.intent !== 'knowledge_question');
    const whole = await understander.understand(rest);
    if (asks(whole)) return rest;
    // The last clause alone only when the preamble names no record: "before my QBR with Acme, can you
    // give me a rundown …" keeps Acme.
    const entities = whole.entities;
    const namesRecord =
      (entities?.accounts[0]?.score ?? 0) >= 0.8 ||
      (entities?.contacts[0]?.score ?? 0) >= 0.9 ||
      Boolean(entities?.people.some((person) => person.kind === 'rep'));
    if (!clause || namesRecord) return undefined;
    return asks(await understander.understand(clause)) ? clause : undefined;
  }

  /** The questions of a message that asks several (never a visitor's, nor a correction of the last answer). */
  private async questionsOf(
    said: string,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
  ): Promise<QuestionPart[] | undefined> {
    if (!mayReadInParts(said, caller, memory)) return undefined;
    return questionsIn(said, understander, understander.context);
  }

  /**
   * The write and the question of a message that holds both (never a visitor's): the first part read
   * as a write, the second as a question the bot answers at once.
   */
  private async writeWithQuestionOf(
    said: string,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
  ): Promise<WriteWithQuestion | undefined> {
    if (!mayReadInParts(said, caller, memory)) return undefined;
    const found = writeWithQuestionIn(said);
    if (!found) return undefined;
    const [write, question] = await Promise.all([
      understander.understand(found.write),
      understander.understand(found.question),
    ]);
    if (!WRITES.has(write.intent) || write.confidence < MIN_WRITE_CONFIDENCE) return undefined;
    const answers =
      !doesSomething(question.intent) &&
      !NO_QUESTION.has(question.intent) &&
      question.confidence >= MIN_QUESTION_CONFIDENCE;
    return answers ? found : undefined;
  }

  /**
   * A write with a question after it: the question answered first, with what the write names (its
   * person, deal or account) as the conversation's last, so "his", "their", "there" and "that deal"
   * point at it; then the write asks its confirmation, which "yes" on the next turn answers.
   */
  private async answerThenWrite(
    step: WaterfallStepContext,
    found: WriteWithQuestion,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
    asked: string,
  ): Promise<DialogTurnResult> {
    const write = await understander.understand(found.write);
    const context = writeContextOf(found.write, write.entities);
    // The person or deal looked up as a turn of its own would, its answer not shown.
    if (context.naming) await this.outcomeOf(step, context.naming, caller, memory, understander);
    if (context.account) {
      memory.lastAccount = context.account;
      memory.lastFocus = 'account';
    }
    const answer = await this.outcomeOf(step, found.question, caller, memory, understander);
    if (memory.lastAsked === asked) delete memory.lastAsked;
    // A question answered by a dialog of its own ("show me their open deals" looks the account up):
    // that dialog first, the write after it ends.
    if (isBeginDialog(answer)) {
      (step.values as RouteValues).writeAfter = found.write;
      return step.beginDialog(answer.beginDialog, answer.options);
    }
    return this.writeAfter(step, found.write, [answer], caller, memory, understander);
  }

  /** The write of a message whose question was answered (`answers`): its dialog begun after them. */
  private async writeAfter(
    step: WaterfallStepContext,
    write: string,
    answers: readonly Reply[],
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
  ): Promise<DialogTurnResult> {
    const outcome = await this.outcomeOf(step, write, caller, memory, understander);
    if (isBeginDialog(outcome)) {
      if (answers.length) await sendReply(step.context, repliesInOne(answers));
      return step.beginDialog(outcome.beginDialog, outcome.options);
    }
    await sendReply(step.context, repliesInOne([...answers, outcome]));
    return step.endDialog();
  }

  /** The question for each of two accounts or deals a message sets side by side (never a visitor's). */
  private async sidesOf(
    said: string,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
  ): Promise<QuestionPart[] | undefined> {
    if (!mayReadInParts(said, caller, memory)) return undefined;
    const whole = await understander.understand(said);
    const found = await comparedSidesIn(said, whole, understander, understander.context);
    // "average won deal size in healthcare vs software": two values of one filter, side by side.
    const values = found ? undefined : await filterSidesIn(said, whole, understander, understander.context);
    return (found?.texts ?? values)?.map((text) => ({ text }));
  }

  /**
   * Answers each question of the message in turn, as if asked one after the other (so the
   * conversation's last records are the last question's), and sends the answers as one reply. A
   * question whose handler begins a dialog ends the run: the answers before it go first.
   */
  private async answerEach(
    step: WaterfallStepContext,
    parts: readonly QuestionPart[],
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
  ): Promise<DialogTurnResult> {
    const replies: Reply[] = [];
    for (const [i, part] of parts.entries()) {
      // A follow-up ("… and what about november?") is read against the question before it.
      const before = part.followUp ? parts[i - 1]?.text : undefined;
      const outcome = await this.outcomeOf(step, part.text, caller, memory, understander, part.owner, before);
      if (isBeginDialog(outcome)) {
        if (replies.length) await sendReply(step.context, repliesInOne(replies));
        return step.beginDialog(outcome.beginDialog, outcome.options);
      }
      replies.push(outcome);
    }
    await sendReply(step.context, repliesInOne(replies));
    return step.endDialog();
  }

  /**
   * Understands one message (or one question of it) and has the handler of its intent answer it:
   * the reply, or the dialog to begin. `owner`: whose records the question asks about when it names
   * nobody (the question before it in the same message named them). `askedBefore`: the question
   * of the turn before, which a correction ("no wait, globex") asks again with the one part changed.
   */
  private async outcomeOf(
    step: WaterfallStepContext,
    said: string,
    caller: ReturnType<typeof callerOf>,
    memory: ConversationMemory,
    understander: TurnUnderstander,
    owner?: QueryOwner,
    askedBefore?: string,
  ): Promise<IntentOutcome> {
    // "no, I meant initech", "no wait, globex", "sorry - last quarter, not this one", "and for sam?":
    // the last question asked again with the one part changed ("open deals for globex"), or the
    // correction read as the follow-up it stands for ("what about initech").
    const corrected =
      memory.lastFocus || memory.lastAccountIntent || askedBefore
        ? await correctedQuestionOf(
            said,
            askedBefore,
            (text) => understander.understand(text),
            memory.lastAccount?.id,
          )
        : undefined;
    if (corrected && askedBefore && memory.lastAsked === said) memory.lastAsked = corrected;
    // "no, the other one" after a request about an account its words named among others ("globex"):
    // the same request for the next account those words could mean.
    const other =
      (memory.lastAccountIntent || memory.lastFocus) && asksTheOtherOne(said)
        ? otherAccountOf(memory.lastAccount, memory.lastAccountCandidates)
        : undefined;
    const text = other ? `what about ${other.name}` : (corrected ?? said);
    let understanding = withOwner(await understander.understand(text), owner);
    // Follow-ups on support cases: "which one is due first?" after a list, "any open cases for them?".
    ageLastCases(memory);
    const onCases = caseFollowUpIntent(text, memory, {
      intent: understanding.intent,
      account: understanding.accountMention,
    });
    // "actually make it friday", "mark it done" right after a task was made: that task changed.
    const recentTaskChange = recentTaskChangeIn(said, memory, understander.context);
    // "mark the first one done", "the second one" right after a task list: that row's task.
    const shownTask =
      caller.role !== 'visitor' && shownTaskReading(said, memory, memory.lastFocus, understander.context);
    if (recentTaskChange || shownTask)
      understanding = { ...understanding, intent: 'change_task', confidence: 0.95 };
    else if (onCases) understanding = { ...understanding, intent: onCases, confidence: 0.9 };
    // Follow-ups on a campaign's leads just listed: "which of those are still open".
    else if (
      isLeadFollowUp(text, memory) ||
      leadListNarrowingOf(text, memory.lastFocus === 'leads' ? memory.lastLeadList : undefined)
    )
      understanding = { ...understanding, intent: 'lead_conversion', confidence: 0.9 };
    // "why", "what would raise the chance" right after a deal's win chance: that deal's factors.
    else if (
      dealJustScored(memory, memory.lastFocus) &&
      scoreFollowUpOf(text) &&
      !understanding.accountMention
    )
      understanding = { ...understanding, intent: 'lead_score', confidence: 0.9 };
    // Follow-ups on the list or summary just shown: "only the ones in emea", "what about last quarter", "the second one".
    else {
      const context = { now: this.deps.skills.clock(), timezone: caller.timezone };
      understanding =
        listFollowUpUnderstanding(text, memory, understanding, context) ??
        // "how do i compare to the team", "am i ahead of jordan" (read whatever the model made of it).
        (caller.role === 'visitor' ? undefined : standingUnderstanding(text, understanding, context)) ??
        understanding;
    }
    if (caller.role === 'visitor') understanding = visitorReading(text, understanding);
    const confidentAtFirst =
      understanding.intent !== 'oos' && understanding.confidence >= MIN_INTENT_CONFIDENCE;
    // "and to Initech?" after "what should I pitch to Globex?": the same request, another account.
    const repeated = followUpIntent(text, memory, {
      intent: understanding.intent,
      confident: confidentAtFirst,
      namesAccount: Boolean(understanding.accountMention ?? understanding.entities?.accounts.length),
    });
    if (repeated) understanding = { ...understanding, intent: repeated, confidence: 0.9 };
    const confident = Boolean(repeated) || confidentAtFirst;
    crmTurn(step.context).intent = confident ? understanding.intent : 'oos';
    const routed = this.forRole(
      confident ? this.byIntent.get(understanding.intent) : undefined,
      understanding,
      text,
      caller,
    );
    const handler =
      caller.role === 'visitor' &&
      this.deps.visitorHandler &&
      !(routed && VISITOR_INTENTS.has(understanding.intent))
        ? this.deps.visitorHandler
        : (routed ?? this.deps.fallback);
    // "montre-moi mes tâches": a message in another language nothing could place is told that the
    // bot reads English, rather than that it cannot help.
    if (!handler)
      return isOtherLanguage(text)
        ? otherLanguageReply(this.capabilities, caller)
        : outOfScopeReply(this.capabilities, caller);
    if (handler === routed && isAccountIntent(understanding.intent))
      memory.lastAccountIntent = understanding.intent;
    // The accounts this request's words may mean, for "no, the other one" next; the other one asked
    // keeps them, so asking again goes round them.
    if (!other) {
      const candidates = (understanding.entities?.accounts ?? []).filter(
        (a) => a.score >= OTHER_CANDIDATE_SCORE,
      );
      if (candidates.length > 1)
        memory.lastAccountCandidates = candidates.map((a) => ({ id: a.id, name: a.name }));
      else delete memory.lastAccountCandidates;
    }
    // What the last answer was about lasts one turn: handlers that show deals or an account set it anew.
    memory.previousFocus = memory.lastFocus;
    delete memory.lastFocus;
    try {
      return await handler.handle({
        context: step.context,
        text,
        caller,
        skills: this.deps.skills,
        understanding,
        memory,
      });
    } catch (error) {
      // Our errors carry a message meant for the person; anything else is the turn error handler's.
      if (!isPersonFacingError(error)) throw error;
      // A role refused by the skill layer hears what it cannot see and what it may ask instead.
      const refusal = refusalReplyOf(error, this.capabilities, caller);
      if (refusal) memory.lastRefusal = refusal.text;
      return refusal ?? { text: error.message };
    }
  }

  private async afterDialogStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as { unhandledText?: boolean } | undefined;
    if (result?.unhandledText) return step.replaceDialog(ROUTE);
    // The write of a message whose question a dialog answered ("log that I called acme and show me their open deals").
    const values = step.values as RouteValues;
    const write = values.writeAfter;
    if (!write) return step.endDialog();
    delete values.writeAfter;
    const caller = callerOf(step.context);
    const memory = (await this.deps.memory.get(step.context, {}))!;
    return this.writeAfter(step, write, [], caller, memory, this.understanderOfTurn(caller));
  }
}

/** What the route keeps between its steps: a write still to begin after the question's dialog. */
interface RouteValues {
  writeAfter?: string;
}

/** The reading with `owner` as its record question's owner, when it names none of its own. */
function withOwner(understanding: Understanding, owner: QueryOwner | undefined): Understanding {
  const question = understanding.question;
  if (!owner || !question || question.ownerGiven) return understanding;
  return {
    ...understanding,
    question: { ...question, query: { ...question.query, owner }, ownerGiven: true } as RecordQuestion,
  };
}

/**
 * A visitor asking for a person in any words gets the hand-off; one asking whether this is a bot,
 * or asking about the product in words the model takes for a hand-off ("does the widget hand the
 * chat over to a human?") or comparing it with another product, goes to the visitor handler instead.
 */
function visitorReading(text: string, understanding: Understanding): Understanding {
  // "talk to sales", "i'd like a quote": the hand-off handler takes it to the sales side.
  if (asksForSales(text)) return { ...understanding, intent: 'handoff', confidence: 0.9 };
  const asks = visitorRequestOf(text);
  if (asks === 'person') return { ...understanding, intent: 'handoff', confidence: 0.9 };
  if (asks === 'bot-question' || (asks && understanding.intent === 'handoff'))
    return { ...understanding, intent: 'oos', confidence: 0 };
  // "how are you different from chatwoot?", "is this basically botpress?": the product compared with
  // another is for the documentation (what it says the product is), not the help menu; so is a
  // topic with only the kind of fact asked about it ("gmail sync? how often").
  if (understanding.intent !== 'handoff' && (comparedWithOurselves(text) || isTopicThenKindOfFact(text)))
    return { ...understanding, intent: 'oos', confidence: 0 };
  // "hi im writing my thesis about crm tools, when was crmpro founded": the question, not the hello.
  if (understanding.intent === 'greeting' && greetsAndAsks(text))
    return { ...understanding, intent: 'oos', confidence: 0 };
  // "what is this": on the website, the product; the documentation's overview says what it is.
  if (asksWhatThisIs(text))
    return { ...understanding, intent: 'oos', confidence: 0, knowledgeQuestion: PRODUCT_OVERVIEW_QUESTION };
  // "do you keep audit logs, and can we export them?" read weakly as help: a question about the
  // product for the documentation, not the menu (asking what the bot can do stays help).
  if (
    understanding.intent === 'help' &&
    understanding.confidence < SURE_HELP_CONFIDENCE &&
    !isHelpRequest(text)
  )
    return { ...understanding, intent: 'oos', confidence: 0 };
  return understanding;
}

/** The product overview in the documentation's words (the question "what is this" stands for). */
const PRODUCT_OVERVIEW_QUESTION = 'CRMPro product overview';
/** How sure the model must be of "help" for a visitor's message it cannot confirm as asking for help. */
const SURE_HELP_CONFIDENCE = 0.5;

/**
 * The answer to a one-word or emoji reply, or undefined when the last question (`last`) is to be
 * asked again ("more", "ok and?" after a question): "👍" is acknowledged, "huh?" offers to run the
 * last question "try again" repeats (`retried`) or to hear it in other words.
 */
function shortReplyAnswer(
  short: ShortReply,
  last: string | undefined,
  retried: string | undefined,
): Reply | undefined {
  if (short === 'acknowledge') return { text: '👍 Anything else I can look up?' };
  if (short === 'puzzled')
    return retried
      ? {
          text: `Sorry if that was unclear. Say "try again" to run "${retried}" again, or ask it in other words and I'll look again.`,
          buttons: [{ title: 'Try again', value: 'try again' }],
        }
      : { text: 'Sorry if that was unclear. What would you like to know?' };
  return last ? undefined : { text: 'What would you like to know more about?' };
}
