import { knowledgeAnswer, type KnowledgeAnswerResult } from '../../skills/knowledge';
import type { Reply, ReplySource } from '../reply';
import type { VisitorSupportRequest } from '../routing/visitor-support-requests';
import type { IntentTurn } from './intent-handler';

/**
 * What the documentation is asked for each visitor request support or sales answers (see
 * `visitor-support-requests.ts`): the answer quotes those sections, so the ways to reach the
 * company are the documents' own, never written here.
 */
const DOCUMENT_QUESTIONS: Record<VisitorSupportRequest, readonly string[]> = {
  'own-ticket': ['how can i reach your support team'],
  'billing-problem': ['where can i download my invoices', 'how can i reach your support team'],
  'failed-payment': ['what happens if a card payment fails'],
  'problem-report': [
    'how can i reach your support team',
    'what should i include when i contact support',
    'where can i see the current status and incidents',
  ],
  'sales-contact': ['who do i talk to about plans, quotes or a demo'],
};

/** What the bot says before the documents' answers: what it cannot do from the website chat. */
const LEAD_IN: Record<VisitorSupportRequest, string> = {
  'own-ticket':
    "I can't see support tickets from the website chat: I answer from our public documentation only, so I can't tell you how your ticket stands. Our support team can:",
  'billing-problem':
    "I can't see your workspace's payments from the website chat, so I can't check that charge. Your invoices, and the team who can look into it:",
  'failed-payment': '',
  'problem-report': "I'm sorry about the trouble. Please tell our support team, so they can look into it:",
  'sales-contact': 'Our sales team handles that:',
};

/**
 * Answers a visitor's request of support or sales from the documentation: what the bot cannot see
 * from the website chat, then the sections that say how to reach the right team, with their
 * sources, and a person offered.
 */
export async function visitorSupportReply(turn: IntentTurn, request: VisitorSupportRequest): Promise<Reply> {
  const { skills, caller, memory } = turn;
  const answers: KnowledgeAnswerResult[] = [];
  for (const question of DOCUMENT_QUESTIONS[request]) {
    const answer = await skills.call(knowledgeAnswer, { question }, caller);
    if (!answer.noAnswer) answers.push(answer);
  }
  memory.visitorNoAnswers = 0;
  const sources: ReplySource[] = answers
    .flatMap((answer) => answer.sources.slice(0, 1))
    .map((source) => ({
      title: source.title,
      ...(source.section ? { section: source.section } : {}),
      ...(source.url ? { url: source.url } : {}),
    }));
  return {
    text: [
      LEAD_IN[request],
      ...answers.map((answer) => answer.answer),
      'Or I can bring in someone from our team now.',
    ]
      .filter(Boolean)
      .join('\n'),
    ...(sources.length ? { sources } : {}),
    buttons: [{ title: 'Talk to a person', value: 'talk to a person' }],
  };
}
