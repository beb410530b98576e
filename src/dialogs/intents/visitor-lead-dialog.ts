import { checkEmail } from '../../skills/create-lead';
import type { HandoffCase } from '../../skills/handoff';
import { captureWebsiteLead, isFreeMailAddress } from '../../skills/website-lead';
import type { Reply } from '../reply';
import { asksForPerson } from '../routing/person-requests';
import {
  handoffLeadNotes,
  noteCaseUnattended,
  openVisitorCase,
  type HandoffQuestion,
} from './handoff-case-steps';
import {
  SlotFillingDialog,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotDialogOptions,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';
import {
  cleanName,
  EMAIL_WORD,
  nameAsWritten,
  readVisitorDetails,
  type VisitorDetails,
} from './visitor-details';

export const VISITOR_LEAD_DIALOG = 'visitor-lead';

/** What a website visitor has told us so far. */
export interface VisitorLeadDraft {
  /** A demo request, a sales enquiry ("talk to sales", a quote), or a call back when nobody could take a hand-off. */
  interest: 'demo' | 'call-back' | 'sales';
  name?: string;
  email?: string;
  /** The visitor kept a free-mail address after being asked for a work one. */
  personalEmailKept?: boolean;
  /** The company, or null when the visitor said there is none. */
  company?: string | null;
  /** The visitor's question nobody answered (kept with a call-back). */
  notes?: string;
  /** The case of a hand-off nobody could take (a call-back). */
  supportCase?: HandoffCase;
  /** A hand-off on a channel nobody can join: its case is opened once the visitor's details are in. */
  handoff?: HandoffQuestion;
}

const NONE =
  /^(?:none|no company|no|n\/a|skip|-|independent|freelance|freelancer|self[- ]employed|just me)[\s!.]*$/i;
const KEEP =
  /^(?:use (?:this|that)(?: one)?|keep (?:it|this|that)|that'?s fine|it'?s fine|no|nope|that one|this one)[\s!.]*$/i;
/** The visitor would rather not leave their details. */
const DECLINE =
  /^(?:end(?:\s+the)?\s+chat|no|nope|no thanks|no thank you|not now|never\s*mind|forget it|i'?d rather not)[\s!.]*$/i;
/** Said while the form waits for an answer: the visitor has already asked for a person and nobody is available. */
const STILL_NOBODY =
  'Nobody from our team is available to chat right now, but leave your e-mail address and someone will get back to you.';

/** Options that start the dialog for a demo request or a call back. */
export function visitorLeadOptions(
  interest: VisitorLeadDraft['interest'],
  extra: {
    notes?: string;
    preface?: Reply[];
    supportCase?: HandoffCase;
    handoff?: HandoffQuestion;
    /** Details given with the request itself; an address that fails the check is asked for again. */
    details?: VisitorDetails;
  } = {},
): SlotDialogOptions<VisitorLeadDraft> {
  const checked = extra.details?.email ? checkEmail(extra.details.email) : undefined;
  // "a demo for my team of 40": kept for the sales team with the request.
  const teamSize = extra.details?.teamSize ? `Team of ${extra.details.teamSize}.` : undefined;
  const notes = [extra.notes, teamSize].filter(Boolean).join('\n');
  return {
    draft: {
      interest,
      ...(extra.details?.name ? { name: extra.details.name } : {}),
      ...(checked && 'address' in checked ? { email: checked.address } : {}),
      ...(extra.details?.company ? { company: extra.details.company } : {}),
      ...(notes ? { notes } : {}),
      ...(extra.supportCase ? { supportCase: extra.supportCase } : {}),
      ...(extra.handoff ? { handoff: extra.handoff } : {}),
    },
    ...(extra.preface ? { preface: extra.preface } : {}),
  };
}

/**
 * A website visitor asks for a demo (or leaves an e-mail when nobody can take them): asks their
 * name, a work e-mail (checked; a free-mail address is questioned once) and their company, then
 * hands it to the capture-website-lead skill, which creates the Lead and tells the team. The
 * visitor hears the same thanks whether or not their company is known to us. Every answer is taken
 * as an answer (a name or company can look like anything), except a question (ending in "?"),
 * which leaves the dialog for the root dialog to answer.
 */
export class VisitorLeadDialog extends SlotFillingDialog<VisitorLeadDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(VISITOR_LEAD_DIALOG, deps, ['create_lead']);
  }

  protected emptyDraft(): VisitorLeadDraft {
    return { interest: 'demo' };
  }

  protected async nextStep(draft: VisitorLeadDraft, turn: SlotTurn): Promise<SlotStep<VisitorLeadDraft>> {
    const callBack = draft.interest === 'call-back';
    // A call back needs the address first (it is what the visitor was offered to leave).
    if (callBack && !draft.email)
      return { draft, question: { slot: 'email', text: "What's your e-mail address?", answerOnly: true } };
    if (!draft.name)
      return {
        draft,
        question: {
          slot: 'name',
          answerOnly: true,
          text: callBack
            ? 'Thanks. And your name?'
            : draft.interest === 'sales'
              ? "I'll put you in touch with our sales team. What's your name?"
              : "I'd be glad to set up a demo. What's your name?",
        },
      };
    if (!draft.email)
      return {
        draft,
        question: {
          slot: 'email',
          text: `Thanks, ${firstName(draft.name)}. What's your work e-mail address?`,
          answerOnly: true,
        },
      };
    if (!callBack && isFreeMailAddress(draft.email) && !draft.personalEmailKept)
      return {
        draft,
        question: {
          slot: 'free-mail',
          answerOnly: true,
          text: `${draft.email} looks like a personal address. If you have a work e-mail, type it; otherwise we'll use this one.`,
          buttons: [{ title: `Use ${draft.email}`, value: 'use this one' }],
        },
      };
    if (draft.company === undefined)
      return {
        draft,
        question: {
          slot: 'company',
          text: 'Which company are you with?',
          answerOnly: true,
          buttons: [{ title: 'Just me', value: 'none' }],
        },
      };
    return { done: await this.capture(draft, turn) };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: VisitorLeadDraft,
  ): Promise<SlotAnswer<VisitorLeadDraft>> {
    const answer = text.trim();
    // Asked for a person mid-way: the hand-off takes over a demo request; a call back is already one.
    if (asksForPerson(answer))
      return draft.interest === 'call-back'
        ? { kind: 'problem', problem: STILL_NOBODY }
        : { kind: 'unhandled' };
    // A question instead of an answer: the visitor asked something else; the root dialog takes it.
    if (answer.endsWith('?') && !EMAIL_WORD.test(answer)) return { kind: 'unhandled' };
    if ((question.slot === 'name' || question.slot === 'email') && DECLINE.test(answer))
      return { kind: 'done', replies: [{ text: "No problem. I'm here if you have any other questions." }] };
    const several = severalDetails(question.slot, answer, draft);
    if (several) return withDetails(draft, several);
    switch (question.slot) {
      case 'name': {
        const cleaned = cleanName(answer);
        if ('problem' in cleaned) return { kind: 'problem', problem: cleaned.problem };
        return { kind: 'filled', draft: { ...draft, name: cleaned.name } };
      }
      case 'email':
      case 'free-mail': {
        if (question.slot === 'free-mail' && KEEP.test(answer))
          return { kind: 'filled', draft: { ...draft, personalEmailKept: true } };
        const typed = EMAIL_WORD.exec(answer)?.[0]?.replace(/[,;.]+$/, '') ?? answer;
        const checked = checkEmail(typed);
        if ('problem' in checked) return { kind: 'problem', problem: checked.problem };
        return {
          kind: 'filled',
          draft: { ...draft, email: checked.address, personalEmailKept: question.slot === 'free-mail' },
        };
      }
      case 'company': {
        if (NONE.test(answer)) return { kind: 'filled', draft: { ...draft, company: null } };
        if (!answer || answer.length > 200)
          return { kind: 'problem', problem: 'I need the company name (up to 200 characters), or "none".' };
        return { kind: 'filled', draft: { ...draft, company: answer } };
      }
      default:
        return { kind: 'unhandled' };
    }
  }

  private async capture(draft: VisitorLeadDraft, turn: SlotTurn): Promise<Reply[]> {
    const name = nameAsWritten(draft.name!);
    const email = draft.email!;
    const contact = { name, email, ...(draft.company ? { company: draft.company } : {}) };
    // A hand-off nobody could join: its case is opened now, with who the visitor is, and noted unattended.
    let supportCase = draft.supportCase;
    if (!supportCase && draft.handoff) {
      supportCase = await openVisitorCase(turn.skills, turn.caller, draft.handoff, contact);
      await noteCaseUnattended(turn.skills, turn.caller, supportCase.number);
    }
    const notes = supportCase ? handoffLeadNotes(supportCase, draft.notes) : draft.notes;
    await turn.skills.call(
      captureWebsiteLead,
      {
        name,
        email,
        interest: draft.interest,
        ...(draft.company ? { company: draft.company } : {}),
        ...(notes ? { notes } : {}),
      },
      turn.caller,
    );
    const memory = (await this.deps.memory.get(turn.context, {}))!;
    memory.visitorContact = contact;
    const thanks = `Thanks, ${firstName(name)}!`;
    return [
      {
        text:
          draft.interest === 'demo'
            ? `${thanks} I've passed your demo request to our team. Someone will e-mail you at ${email} within one business day to find a time.`
            : draft.interest === 'sales'
              ? salesThanks(thanks, email)
              : supportCase
                ? `${thanks} Your request is logged as case ${supportCase.number}, and someone will e-mail you at ${email} within ${supportCase.replyWithinHours} hours.`
                : `${thanks} I've passed this on to our team, and someone will e-mail you at ${email} as soon as they can.`,
        buttons: [
          { title: 'See pricing', value: 'How much are the plans?' },
          { title: 'Start a free trial', value: 'How does the free trial work?' },
        ],
      },
    ];
  }
}

/** The thanks for a sales enquiry (also said when the visitor's details were already known). */
export function salesThanks(thanks: string, email: string): string {
  return `${thanks} I've passed your enquiry to our sales team. Someone from sales will e-mail you at ${email} within one business day.`;
}

function firstName(name: string): string {
  const written = nameAsWritten(name);
  return written.split(/\s+/)[0] ?? written;
}

/**
 * Details given together in answer to one question ("Priya Shah, priya@brightcart.co, Brightcart"
 * when asked for a name): read only when the message holds an e-mail address; to the e-mail
 * question only when it also holds a name and a company (an address with a word around it is
 * just the address).
 */
function severalDetails(slot: string, answer: string, draft: VisitorLeadDraft): VisitorDetails | undefined {
  if (slot !== 'name' && slot !== 'company' && slot !== 'email') return undefined;
  const details = readVisitorDetails(answer, draft.name ? { name: draft.name } : {});
  if (!details) return undefined;
  if (slot === 'email' && !(details.name && details.company)) return undefined;
  return details;
}

/** The draft with the details given at once (what was already answered stays), or the address's problem. */
function withDetails(draft: VisitorLeadDraft, details: VisitorDetails): SlotAnswer<VisitorLeadDraft> {
  const checked = checkEmail(details.email!);
  if ('problem' in checked) return { kind: 'problem', problem: checked.problem };
  return {
    kind: 'filled',
    draft: {
      ...draft,
      email: checked.address,
      ...(!draft.name && details.name ? { name: details.name } : {}),
      ...(draft.company === undefined && details.company ? { company: details.company } : {}),
    },
  };
}
