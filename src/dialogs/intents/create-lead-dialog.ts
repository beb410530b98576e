import { isCrmError, ErrorCode } from '../../core/errors';
import { checkEmail, checkPhone, createLead, type LeadSource } from '../../skills/create-lead';
import { extractEmails, extractPhones } from '../understanding/entities/contact-details';
import {
  SlotFillingDialog,
  YES_NO_BUTTONS,
  type SlotAnswer,
  type SlotDialogDependencies,
  type SlotQuestion,
  type SlotStep,
  type SlotTurn,
} from './slot-filling-dialog';

export const CREATE_LEAD_DIALOG = 'create-lead';

/** The lead being created, filled over the turns of the dialog. */
export interface LeadDraft {
  name?: string;
  /** The company, or null when the person said there is none. */
  company?: string | null;
  email?: string;
  phone?: string;
  source: LeadSource;
  /** Why an email or phone in the request could not be used (said when asking for it). */
  contactProblem?: string;
}

/** Words that name where a lead came from. */
const SOURCE_WORDS: ReadonlyArray<[LeadSource, RegExp]> = [
  ['event', /\b(event|conference|trade\s*show|expo|booth|meetup|webinar)\b/i],
  ['referral', /\b(referral|referred|recommended by|intro(?:duction)? from)\b/i],
  ['partner', /\b(partner|reseller)\b/i],
  ['web', /\b(website|web\s*form|web|inbound form|signed up)\b/i],
  ['chat', /\b(chat|widget)\b/i],
  ['outbound', /\b(outbound|cold\s*(?:call|email)?|prospecting)\b/i],
];

/** The lead source a text names, if any. */
export function leadSourceIn(text: string): LeadSource | undefined {
  return SOURCE_WORDS.find(([, pattern]) => pattern.test(text))?.[0];
}

const NONE = /^(?:none|no company|no|n\/a|skip|independent|freelance|self[- ]employed)[\s!.]*$/i;
/** Something shaped like an e-mail address or a phone number, valid or not. */
const EMAIL_LIKE = /(?<!\S)\S+@\S*/; // from the start of a word: not rescanned from each of its letters
const PHONE_LIKE = /\+?\d[\d\s().-]{3,}\d/;

/** What an answer says about e-mail and phone: the valid ones, or why the first attempt is not valid. */
export function contactDetailsIn(text: string): { email?: string; phone?: string; problem?: string } {
  const email = extractEmails(text)[0]?.address;
  const rest = email
    ? text.replace(new RegExp(email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i'), ' ')
    : text;
  const phone = extractPhones(rest)[0]?.e164;
  if (email || phone) return { ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
  const emailLike = EMAIL_LIKE.exec(text)?.[0]?.replace(/[,;.]+$/, '');
  if (emailLike) {
    const checked = checkEmail(emailLike);
    if ('problem' in checked) return { problem: checked.problem };
  }
  const phoneLike = PHONE_LIKE.exec(text)?.[0];
  if (phoneLike) {
    const checked = checkPhone(phoneLike.trim());
    if ('problem' in checked) return { problem: checked.problem };
  }
  return {};
}

/**
 * Creates a lead: asks for the name, company and an email or phone when missing (a bad address or
 * number is re-asked with the reason), confirms, and saves through the create-lead skill.
 * At the confirmation, a source, email or phone typed instead of yes/no corrects the draft.
 */
export class CreateLeadDialog extends SlotFillingDialog<LeadDraft> {
  constructor(deps: SlotDialogDependencies) {
    super(CREATE_LEAD_DIALOG, deps, ['create_lead']);
  }

  protected emptyDraft(): LeadDraft {
    return { source: 'outbound' };
  }

  protected async nextStep(draft: LeadDraft): Promise<SlotStep<LeadDraft>> {
    if (!draft.name) return { draft, question: { slot: 'name', text: "What's the lead's name?" } };
    if (draft.company === undefined)
      return {
        draft,
        question: { slot: 'company', text: `Which company is ${draft.name} with? (or "none")` },
      };
    if (!draft.email && !draft.phone) {
      const question: SlotQuestion = {
        slot: 'contact',
        text: `What's ${firstName(draft.name)}'s email address or phone number?`,
        answerOnly: true,
      };
      return draft.contactProblem
        ? {
            draft: { ...draft, contactProblem: undefined },
            question: { ...question, problem: draft.contactProblem },
          }
        : { draft, question };
    }
    return {
      draft,
      question: {
        slot: 'confirm',
        text: `Create this lead? ${describe(draft)} (yes/no)`,
        buttons: YES_NO_BUTTONS,
      },
    };
  }

  protected async answer(
    question: SlotQuestion,
    text: string,
    draft: LeadDraft,
    turn: SlotTurn,
  ): Promise<SlotAnswer<LeadDraft>> {
    switch (question.slot) {
      case 'name': {
        const details = contactDetailsIn(text);
        const name = text
          .replace(EMAIL_LIKE, ' ')
          .replace(PHONE_LIKE, ' ')
          .replace(/[,;]+/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
        if (name.length < 2 || !/\p{L}/u.test(name))
          return { kind: 'problem', problem: 'I need the person\'s name, e.g. "John Smith".' };
        if (name.length > 200) return { kind: 'problem', problem: 'That is too long for a name.' };
        return { kind: 'filled', draft: { ...draft, name, ...withDetails(details) } };
      }
      case 'company': {
        const company = text.trim();
        if (NONE.test(company)) return { kind: 'filled', draft: { ...draft, company: null } };
        if (!company || company.length > 200)
          return { kind: 'problem', problem: 'I need the company name (up to 200 characters), or "none".' };
        return { kind: 'filled', draft: { ...draft, company } };
      }
      case 'contact': {
        const details = contactDetailsIn(text);
        if (details.problem) return { kind: 'problem', problem: details.problem };
        if (!details.email && !details.phone)
          return {
            kind: 'problem',
            problem: 'I need an email address or a phone number to create the lead.',
          };
        return { kind: 'filled', draft: { ...draft, ...withDetails(details) } };
      }
      case 'confirm':
        return this.confirm(text, draft, turn);
      default:
        return { kind: 'unhandled' };
    }
  }

  private async confirm(text: string, draft: LeadDraft, turn: SlotTurn): Promise<SlotAnswer<LeadDraft>> {
    const answer = await this.yesOrNo(text, turn);
    if (answer === 'no') return { kind: 'done', replies: [{ text: "Okay, I didn't create the lead." }] };
    if (answer !== 'yes') {
      const details = contactDetailsIn(text);
      if (details.problem) return { kind: 'problem', problem: details.problem };
      const source = leadSourceIn(text);
      if (details.email || details.phone || source)
        return {
          kind: 'filled',
          draft: { ...draft, ...withDetails(details), ...(source ? { source } : {}) },
        };
      return {
        kind: 'problem',
        problem: 'Please answer yes or no (or correct it, e.g. "source: event", or say "start over").',
      };
    }
    try {
      const lead = await turn.skills.call(
        createLead,
        {
          name: draft.name,
          source: draft.source,
          ...(draft.company ? { company: draft.company } : {}),
          ...(draft.email ? { email: draft.email } : {}),
          ...(draft.phone ? { phone: draft.phone } : {}),
        },
        turn.caller,
      );
      const owner = lead.owner
        ? `, owned by ${lead.owner.id === turn.caller.userId ? 'you' : lead.owner.name}`
        : '';
      return {
        kind: 'done',
        replies: [{ text: `Lead created: ${lead.name}${lead.company ? ` (${lead.company})` : ''}${owner}.` }],
      };
    } catch (error) {
      if (isCrmError(error, ErrorCode.Conflict))
        return { kind: 'done', replies: [{ text: `${error.message} I didn't create a second one.` }] };
      throw error;
    }
  }
}

function withDetails(details: { email?: string; phone?: string; problem?: string }): Partial<LeadDraft> {
  return {
    ...(details.email ? { email: details.email } : {}),
    ...(details.phone ? { phone: details.phone } : {}),
    ...(details.problem ? { contactProblem: details.problem } : {}),
  };
}

function firstName(name: string): string {
  return name.split(/\s+/)[0] ?? name;
}

/** "John Smith (Hooli), john@hooli.com, +14155552671, source: event". */
function describe(draft: LeadDraft): string {
  const parts = [
    `${draft.name}${draft.company ? ` (${draft.company})` : ''}`,
    draft.email,
    draft.phone,
    `source: ${draft.source}`,
  ];
  return parts.filter(Boolean).join(', ');
}
