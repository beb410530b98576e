import { noteHandoffUnattended, openHandoffCase, routeHandoff } from '../../skills/handoff';
import type { Skill } from '../../skills/skill';
import { captureWebsiteLead } from '../../skills/website-lead';
import type { Reply } from '../reply';
import { handoffRequesterOf, type HandoffReason } from '../visitor-handoff';
import type { IntentHandler, IntentOutcome, IntentTurn } from './intent-handler';
import { VISITOR_LEAD_DIALOG, visitorLeadOptions } from './visitor-lead-dialog';

const NOBODY_AVAILABLE = 'Nobody from our team is available to chat right now.';

/**
 * Brings a person into a website visitor's chat: asks the channel to open a hand-off (routed to
 * the rep owning the visitor's account when lead capture told us who they are). With nobody
 * available the visitor is offered to leave an e-mail, which becomes a Lead the team is told of.
 */
export async function askForPerson(
  turn: IntentTurn,
  reason: HandoffReason,
  lead?: string,
): Promise<IntentOutcome> {
  const { context, caller, skills, memory } = turn;
  const contact = memory.visitorContact;
  const route = contact
    ? await skills.call(routeHandoff, { email: contact.email, company: contact.company }, caller)
    : {};
  const requester = handoffRequesterOf(context);
  const question = memory.visitorUnanswered ?? turn.text;
  // A hand-off is a support case (channel widget): its number goes into the thread the person sees.
  const supportCase = requester
    ? await skills.call(
        openHandoffCase,
        {
          question,
          ...(memory.visitorUnanswered ? { unanswered: memory.visitorUnanswered } : {}),
          ...(contact ? { name: contact.name, email: contact.email } : {}),
          ...(contact?.company ? { company: contact.company } : {}),
        },
        caller,
      )
    : undefined;
  const who = contact
    ? `${contact.name} (${[contact.email, contact.company].filter(Boolean).join(', ')})`
    : '';
  const outcome = requester
    ? await requester.request({
        reason,
        ...(route.ownerEmail ? { ownerEmail: route.ownerEmail } : {}),
        visitor: `${who}${who ? ', ' : ''}case ${supportCase!.number}`,
        question,
      })
    : 'unavailable';
  const prefix = lead ? `${lead} ` : '';
  // Nobody took the chat: the case stays the follow-up record, noted so, and the visitor hears when to expect an answer.
  if (outcome === 'unavailable' && supportCase)
    await skills
      .call(noteHandoffUnattended, { number: supportCase.number }, caller)
      .catch((error: unknown) =>
        skills.logger.warn(
          { err: error, case: supportCase.number },
          'could not note the unattended hand-off',
        ),
      );
  const notes = [supportCase ? `Support case ${supportCase.number}` : '', memory.visitorUnanswered ?? '']
    .filter(Boolean)
    .join(': ');
  const followUp = supportCase
    ? ` We've logged your request as case ${supportCase.number}, and someone will get back to you within ${supportCase.replyWithinHours} hours`
    : '';
  if (outcome === 'opened')
    return {
      text: `${prefix}I've asked someone from our team to join this chat; they'll reply here shortly. Until then, anything you write goes straight to them. Say "end chat" when you're done.`,
    };
  if (outcome === 'already-open')
    return {
      text: 'Someone from our team is already on this chat and will reply here. Say "end chat" to end it.',
    };
  if (contact) {
    await skills.call(
      captureWebsiteLead,
      {
        name: contact.name,
        email: contact.email,
        interest: 'call-back',
        ...(contact.company ? { company: contact.company } : {}),
        ...(notes ? { notes } : {}),
      },
      caller,
    );
    return {
      text: supportCase
        ? `${prefix}${NOBODY_AVAILABLE}${followUp} at ${contact.email}.`
        : `${prefix}${NOBODY_AVAILABLE} I've passed your request on, and someone will e-mail you at ${contact.email} as soon as they can.`,
    };
  }
  const preface: Reply = {
    text: supportCase
      ? `${prefix}${NOBODY_AVAILABLE}${followUp} if you leave your e-mail address.`
      : `${prefix}${NOBODY_AVAILABLE} If you leave your e-mail address, someone will get back to you.`,
  };
  return {
    beginDialog: VISITOR_LEAD_DIALOG,
    options: visitorLeadOptions('call-back', {
      preface: [preface],
      ...(notes ? { notes } : {}),
    }),
  };
}

/** "Talk to a human": a person for website visitors; staff are told to ask a colleague directly. */
export const handoffRequestHandler: IntentHandler = {
  intents: ['handoff'],
  capability: {
    skill: routeHandoff as Skill<never, unknown>,
    summary: 'bring in someone from our team',
    examples: ['talk to a person'],
  },
  handle: async (turn) => {
    if (turn.caller.role !== 'visitor')
      return {
        text: 'Hand-over to a person is for website visitors; ask your colleague directly in Slack or Teams.',
      };
    return askForPerson(turn, 'asked');
  },
};

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
