import { routeHandoff } from '../../skills/handoff';
import type { Skill } from '../../skills/skill';
import { captureWebsiteLead } from '../../skills/website-lead';
import { handoffRequesterOf, type HandoffReason } from '../visitor-handoff';
import {
  caseLoggedText,
  handoffLeadNotes,
  noteCaseUnattended,
  openVisitorCase,
  type HandoffQuestion,
} from './handoff-case-steps';
import { visitorRequestOf } from '../routing/person-requests';
import { asksForSales } from '../routing/sales-requests';
import type { IntentHandler, IntentOutcome, IntentTurn } from './intent-handler';
import { knowledgeHandler } from './knowledge-handler';
import { salesThanks, VISITOR_LEAD_DIALOG, visitorLeadOptions } from './visitor-lead-dialog';

export const NOBODY_AVAILABLE = 'Nobody from our team is available to chat right now.';

/**
 * Brings a person into a website visitor's chat: opens the hand-off's support case and asks the
 * channel to open a hand-off (routed to the rep owning the visitor's account when lead capture told
 * us who they are). With nobody available the case is noted as unattended and the visitor is
 * offered to leave an e-mail, which becomes a Lead naming the case. On a channel that cannot bring
 * anyone in, the case waits for the visitor's details, so whoever works it can answer them.
 */
export async function askForPerson(
  turn: IntentTurn,
  reason: HandoffReason,
  lead?: string,
): Promise<IntentOutcome> {
  const { context, caller, skills, memory } = turn;
  const contact = memory.visitorContact;
  const requester = handoffRequesterOf(context);
  const unanswered = memory.visitorUnanswered;
  const about: HandoffQuestion = { question: unanswered ?? turn.text, ...(unanswered ? { unanswered } : {}) };
  const prefix = lead ? `${lead} ` : '';
  if (!requester && !contact)
    return {
      beginDialog: VISITOR_LEAD_DIALOG,
      options: visitorLeadOptions('call-back', {
        preface: [
          {
            text: `${prefix}${NOBODY_AVAILABLE} If you leave your e-mail address, we'll log your request and someone will get back to you.`,
          },
        ],
        handoff: about,
        ...(unanswered ? { notes: unanswered } : {}),
      }),
    };
  const route =
    requester && contact
      ? await skills.call(routeHandoff, { email: contact.email, company: contact.company }, caller)
      : {};
  // A hand-off is a support case (channel widget): its number goes into the thread the person sees.
  const supportCase = await openVisitorCase(skills, caller, about, contact);
  const who = contact
    ? `${contact.name} (${[contact.email, contact.company].filter(Boolean).join(', ')})`
    : '';
  const outcome = requester
    ? await requester.request({
        reason,
        ...(route.ownerEmail ? { ownerEmail: route.ownerEmail } : {}),
        visitor: `${who}${who ? ', ' : ''}case ${supportCase.number}`,
        question: about.question,
      })
    : 'unavailable';
  if (outcome === 'opened')
    return {
      text: `${prefix}I've asked someone from our team to join this chat; they'll reply here shortly. Until then, anything you write goes straight to them. Say "end chat" when you're done.`,
    };
  if (outcome === 'already-open')
    return {
      text: 'Someone from our team is already on this chat and will reply here. Say "end chat" to end it.',
    };
  // Nobody took the chat: the case stays the follow-up record, noted so, and the visitor hears when to expect an answer.
  await noteCaseUnattended(skills, caller, supportCase.number);
  if (contact) {
    const notes = handoffLeadNotes(supportCase, unanswered);
    await skills.call(
      captureWebsiteLead,
      {
        name: contact.name,
        email: contact.email,
        interest: 'call-back',
        ...(contact.company ? { company: contact.company } : {}),
        notes,
      },
      caller,
    );
    return { text: `${prefix}${NOBODY_AVAILABLE} ${caseLoggedText(supportCase)} at ${contact.email}.` };
  }
  return {
    beginDialog: VISITOR_LEAD_DIALOG,
    options: visitorLeadOptions('call-back', {
      preface: [
        {
          text: `${prefix}${NOBODY_AVAILABLE} ${caseLoggedText(supportCase)} if you leave your e-mail address.`,
        },
      ],
      supportCase,
      ...(unanswered ? { notes: unanswered } : {}),
    }),
  };
}

/**
 * "Talk to a human": a person for website visitors; staff are told to ask a colleague directly, and
 * a staff question about the hand-off ("when a website visitor wants a human how does my team get
 * it") is answered from the documentation.
 */
export const handoffRequestHandler: IntentHandler = {
  intents: ['handoff'],
  capability: {
    skill: routeHandoff as Skill<never, unknown>,
    summary: 'bring in someone from our team',
    examples: ['talk to a person'],
  },
  handle: async (turn) => {
    if (turn.caller.role !== 'visitor') {
      if (visitorRequestOf(turn.text) !== 'person') return knowledgeHandler.handle(turn);
      return {
        text: 'Hand-over to a person is for website visitors; ask your colleague directly in Slack or Teams.',
      };
    }
    if (asksForSales(turn.text)) return salesEnquiry(turn);
    return askForPerson(turn, 'asked');
  },
};

/**
 * A visitor asking for the sales side ("talk to sales", a quote, someone to call about pricing): the
 * enquiry becomes a Lead (source chat, their words in its notes) owned by the rep of their account
 * when it is known, else announced in the lead queue — the sales team's desk — instead of a support
 * case. Details the visitor already gave in this chat are not asked again.
 */
async function salesEnquiry(turn: IntentTurn): Promise<IntentOutcome> {
  const contact = turn.memory.visitorContact;
  if (!contact)
    return { beginDialog: VISITOR_LEAD_DIALOG, options: visitorLeadOptions('sales', { notes: turn.text }) };
  await turn.skills.call(
    captureWebsiteLead,
    {
      name: contact.name,
      email: contact.email,
      interest: 'sales',
      ...(contact.company ? { company: contact.company } : {}),
      notes: turn.text,
    },
    turn.caller,
  );
  return { text: salesThanks(`Thanks, ${contact.name.split(/\s+/)[0]}!`, contact.email) };
}

/** Shows visitors that they can ask for a demo (the front desk handles the request itself). */
export const demoRequestCapability: IntentHandler = {
  intents: [],
  capability: {
    skill: captureWebsiteLead as Skill<never, unknown>,
    summary: 'set up a demo with our team',
    examples: ["I'd like a demo"],
  },
  handle: async () => ({ beginDialog: VISITOR_LEAD_DIALOG, options: visitorLeadOptions('demo') }),
};
