import { knowledgeAnswer, type KnowledgeAnswerResult } from '../../skills/knowledge';
import type { Reply } from '../reply';
import { knowledgeReply } from '../replies/knowledge-replies';
import { visitorRequestOf } from '../routing/person-requests';
import type { IntentHandler } from './intent-handler';
import { previousKnowledgeTopic, rememberKnowledgeTopic } from './knowledge-follow-ups';
import { askForPerson } from './visitor-handoff-handler';
import { VISITOR_LEAD_DIALOG, visitorLeadOptions } from './visitor-lead-dialog';
import { visitorDetailsInRequest } from './visitor-details';
import { asksForCustomerRecords, staffContactAskedOf } from '../routing/visitor-record-requests';
import { isComplaintAboutOurService } from '../routing/service-complaints';
import { reportsProductProblem, visitorSupportRequestOf } from '../routing/visitor-support-requests';
import { visitorSupportReply } from './visitor-support-desk';

/** How sure the understander must be that a visitor asks for a demo (or to be contacted). */
const DEMO_CONFIDENCE = 0.6;
/** Plain demo requests the classifier might miss ("demo?", "request a demo please"). */
const DEMO_WORDS = /\b(?:demo|demonstration|talk to sales|contact sales|sales call)\b/i;
/** Intents that ask for CRM records (a visitor may not see them). */
const RECORD_INTENTS = new Set([
  'briefing',
  'deal_lookup',
  'contact_lookup',
  'forecast',
  'at_risk_deals',
  'top_leads',
  'lead_score',
  'account_segment',
  'segment_members',
  'recommendations',
  'case_list',
  'customer_view',
  'churn_list',
  'churn_account',
]);
/** The knowledge skill's own refusal of a request for records, given without searching the documentation. */
const RECORDS_NOT_SHARED: KnowledgeAnswerResult = {
  answer: '',
  sources: [],
  confidence: 0,
  noAnswer: true,
  reason: 'instructions-ignored',
  ignored: ['crm-data'],
  passages: [],
};
/** How sure the understander must be that a visitor's unanswered question asks for records. */
const RECORD_INTENT_CONFIDENCE = 0.6;
/** The honest answer to "are you a bot?", with the way to a person. */
const BOT_ANSWER: Reply = {
  text: "I'm CRMPro's automated assistant: I answer questions about the product from our documentation, with sources. If you'd rather talk to a person, just say so.",
  buttons: [{ title: 'Talk to a person', value: 'talk to a person' }],
};
/** A visitor asking about themselves ("what do you know about me", "what's my role"). */
const VISITOR_SELF_ANSWER: Reply = {
  text: 'You\'re chatting as a website visitor: I know nothing about you beyond this conversation, which is kept as a chat transcript under our privacy policy, and I see no customer records. Ask me anything about CRMPro, or say "talk to a person".',
  buttons: [{ title: 'Talk to a person', value: 'talk to a person' }],
};
/** What the documentation is asked when a visitor complains about our service. */
const HOW_TO_REACH_SUPPORT = 'how can i reach your support team';
/** No-answers in a row after which a person is offered without being asked. */
export const NO_ANSWERS_BEFORE_HANDOFF = 2;

/**
 * Every message of a website visitor that is not small talk or a request for a person: a demo
 * request starts lead capture; anything else is answered from the public documentation with
 * sources. Two questions in a row the documentation cannot answer bring in a person.
 */
export const visitorFrontDesk: IntentHandler = {
  intents: [],
  handle: async (turn) => {
    const { text, caller, skills, understanding, memory } = turn;
    if (visitorRequestOf(text) === 'bot-question') return BOT_ANSWER;
    // "what do you know about me", "who am i": a visitor is nobody the CRM knows.
    if (understanding.intent === 'about_me') return VISITOR_SELF_ANSWER;
    const asksForDemo =
      (understanding.intent === 'create_lead' && understanding.confidence >= DEMO_CONFIDENCE) ||
      DEMO_WORDS.test(text);
    if (asksForDemo) {
      const details = visitorDetailsInRequest(text);
      return {
        beginDialog: VISITOR_LEAD_DIALOG,
        options: visitorLeadOptions('demo', details ? { details } : {}),
      };
    }
    // "whats the email of your sales rep sam rivera": no staff member's own details, but the
    // documentation's public address for that side of the company and the offer of a person.
    const staffSide = staffContactAskedOf(text);
    if (staffSide) {
      const contact = await skills.call(
        knowledgeAnswer,
        { question: `what is the ${staffSide} email address in your contact details` },
        caller,
      );
      memory.visitorNoAnswers = 0;
      return {
        text: [
          contact.noAnswer
            ? "I can't share our staff's personal contact details."
            : `I can't share our staff's personal contact details, but you can reach the company:\n${contact.answer}`,
          'Or I can bring in someone from our team now.',
        ].join('\n'),
        buttons: [{ title: 'Talk to a person', value: 'talk to a person' }],
      };
    }
    // "your support is useless, I've been waiting 3 days for a reply!!!": an apology, how to reach
    // support (from the documentation) and a person offered, not a passage matched on stray words.
    if (isComplaintAboutOurService(text)) {
      const contact = await skills.call(knowledgeAnswer, { question: HOW_TO_REACH_SUPPORT }, caller);
      memory.visitorNoAnswers = 0;
      return {
        text: [
          "I'm sorry you've been kept waiting: that isn't the service we want you to have.",
          contact.noAnswer ? '' : `You can reach our support team directly:\n${contact.answer}`,
          'Or I can bring in someone from our team now.',
        ]
          .filter(Boolean)
          .join('\n'),
        buttons: [{ title: 'Talk to a person', value: 'talk to a person' }],
      };
    }
    // "whats the status of my ticket 1207", "we got charged twice", "who do i talk to about
    // enterprise": what the bot cannot see from here, and the documentation's way to the right team.
    const supportRequest = visitorSupportRequestOf(text);
    if (supportRequest) return visitorSupportReply(turn, supportRequest);
    const previousTopic = previousKnowledgeTopic(memory, skills.clock());
    const result = await skills.call(
      knowledgeAnswer,
      { question: understanding.knowledgeQuestion ?? text, ...(previousTopic ? { previousTopic } : {}) },
      caller,
    );
    // "what deals does acme have with you, i work there": a customer's records are refused plainly
    // (visitors see no CRM data, whoever they say they are), not answered with whatever passage shares
    // the words; unless the documentation set the request aside and answered another question of the
    // same message ("list all customers with their deals … Also, what is your refund policy?").
    if (asksForCustomerRecords(text, understanding.entities) && (result.noAnswer || !result.ignored.length)) {
      memory.visitorNoAnswers = 0;
      return knowledgeReply(RECORDS_NOT_SHARED, 'visitor');
    }
    // "how do i report a bug", "the app has been super slow since this morning": a problem the
    // documentation does not cover goes to support, with what to tell them.
    if (result.noAnswer && result.reason !== 'instructions-ignored' && reportsProductProblem(text))
      return visitorSupportReply(turn, 'problem-report');
    rememberKnowledgeTopic(memory, result, skills.clock());
    // A request for CRM records ("what deals does Acme have", "who is your contact at Initech") that
    // the documentation cannot answer is told plainly that records are not shared, not "no answer".
    const asksForRecords =
      Boolean(understanding.question) ||
      (RECORD_INTENTS.has(understanding.intent) && understanding.confidence >= RECORD_INTENT_CONFIDENCE);
    const refusesRecords = result.noAnswer && result.reason !== 'instructions-ignored' && asksForRecords;
    const reply = refusesRecords
      ? knowledgeReply({ ...result, reason: 'instructions-ignored' }, 'visitor')
      : knowledgeReply(result, 'visitor');
    if (!result.noAnswer || result.reason === 'instructions-ignored' || refusesRecords) {
      memory.visitorNoAnswers = 0;
      return reply;
    }
    memory.visitorNoAnswers = (memory.visitorNoAnswers ?? 0) + 1;
    memory.visitorUnanswered = text.slice(0, 1_000);
    if (memory.visitorNoAnswers < NO_ANSWERS_BEFORE_HANDOFF) return reply;
    memory.visitorNoAnswers = 0;
    return askForPerson(
      turn,
      'no-answers',
      "I couldn't find answers to your last questions in our documentation, so I'll try to bring in a person.",
    );
  },
};
