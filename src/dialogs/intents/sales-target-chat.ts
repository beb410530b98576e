import {
  ComponentDialog,
  Dialog,
  WaterfallDialog,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import { CrmError, ErrorCode, isCrmError, isPersonFacingError } from '../../core/errors';
import {
  salesTarget,
  setSalesTarget,
  targetPeriodOfWords,
  type SalesTargetAnswer,
} from '../../skills/digests';
import type { Caller, SkillRunner } from '../../skills/skill';
import { yesOrNoWord } from '../confirmation-words';
import type { Reply } from '../reply';
import { YES_NO_BUTTONS } from './slot-filling-dialog';
import { personMessageOf } from '../replies/refusal-replies';
import { messageText, sendReply } from '../turn-helpers';
import { callerOf } from '../turn-state';
import type { IntentOutcome } from './intent-handler';
import {
  isTargetStandingQuestion,
  personOfStandingQuestion,
  standingWithoutTarget,
  targetStandingReply,
} from './target-standing';

export const SET_TARGET_DIALOG = 'set-sales-target';

/** "set the EMEA target for 2026-Q1 to 1.2M", "change our Q2 target to 900k". */
const SET_TARGET =
  /\b(?:set|change|update|make|raise|lower|put|bump|increase|decrease|adjust|move)\b.*\btarget\b.*(?:\b(?:to|at)\b|=)|\btarget\b[^?]*?(?:\b(?:should|will|needs?\s+to|has\s+to)\s+be|\bis\s+now|=|:)\s*[$€£]?\s*\d/i;
/** "what's our target this quarter?", "what is the EMEA target for Q2", "how much is our sales target?" */
const ASK_TARGET =
  /\b(?:what(?:'s| is)|how (?:much|big|high) is|show(?: me)?)\s+(?:our|my|the|team)\b[^?]*?\btargets?\b(?!\s+(?:list|audience|account|segment))/i;
/**
 * "whats our target for next quarter", "what's the Mid-Market quota", "what's sam's quota" (targets are
 * per team: a rep's is their team's).
 */
const ASK_TARGET_WIDE =
  /\b(?:what(?:'?s|’s|\s+is|\s+was|\s+are)|whats|how\s+(?:much|big|high)\s+is|show(?:\s+me)?|tell\s+me|remind\s+me\s+of|give\s+me)\s+(?:our|my|the|team|[a-z][\w&-]*['’]s)\b[^?]*?\b(?:targets?|quotas?)\b(?!\s+(?:list|audience|account|segment|market|customers?))/i;
/** "what's our number this quarter", "what's the EMEA number": sales talk for the target. */
const ASK_NUMBER =
  /\b(?:what(?:'?s|’s|\s+is|\s+was)|whats)\s+(?:our|my|the)\s+(?:([A-Za-z][\w&-]*)(?:'s)?\s+)?(?:sales\s+)?number\b(?!\s+(?:of|to|for\s+(?:the\s+)?(?:account|contact|case|ticket|order)))/i;
/** Numbers that are not a target ("the phone number", "the case number", "my commit number": a forecast category's sum). */
const NOT_A_TARGET_NUMBER =
  /^(?:commit|upside|pipeline|pipe|forecast|bookings|phone|mobile|cell|office|fax|case|ticket|order|account|contact|invoice|deal|tracking|reference|support|vat|tax|id|serial|version|licen[cs]e|customer|seat|user|their|his|her|direct|main|best|right|wrong|total)$/i;

/** Targets that are not a team's sales target (the product's SLA, a marketing audience). */
const NOT_SALES =
  /\b(uptime|sla|response|resolution|availability|service level|audience|campaign|segment)\b/i;

/** True when a message sets or asks for a team's sales target (not a marketing "target list"). */
export function isSalesTargetMessage(text: string): boolean {
  return (
    (SET_TARGET.test(text) ||
      ASK_TARGET.test(text) ||
      ASK_TARGET_WIDE.test(text) ||
      isTargetNumberQuestion(text) ||
      isTargetStandingQuestion(text)) &&
    !NOT_SALES.test(text)
  );
}

/** "what's our number this quarter", but not "what's the phone number". */
function isTargetNumberQuestion(text: string): boolean {
  const number = ASK_NUMBER.exec(text);
  return number !== null && !NOT_A_TARGET_NUMBER.test(number[1] ?? '');
}

/** A target as read from a message; `team` absent means the caller's own. */
export interface TargetDraft {
  team?: string;
  period: string;
  amount: number;
  currency: string;
}

const PERIOD =
  /\b(\d{4}-q[1-4]|q[1-4](?:[ -]\d{4})?|\d{4}-\d{2}|(?:this|next|last|current) (?:quarter|month|year)|\d{4})\b/i;
/** "next qtr", "this qtr": the quarter words the period reader knows. */
const QTR = /\bqtr\b/gi;
const AMOUNT =
  /(?:\b(?:to|at|be|now)|=|:)\s*([$€£])?\s*(\d[\d,]*(?:\.\d+)?)\s*(k|m|mn|million|thousand|bn|b|billion)?\b\s*(usd|eur|gbp|dollars?|euros?|pounds?)?/i;
const SCALE: Record<string, number> = {
  k: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  b: 1e9,
  bn: 1e9,
  billion: 1e9,
};
const CURRENCY: Record<string, string> = {
  $: 'USD',
  usd: 'USD',
  dollar: 'USD',
  dollars: 'USD',
  '€': 'EUR',
  eur: 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  '£': 'GBP',
  gbp: 'GBP',
  pound: 'GBP',
  pounds: 'GBP',
};

const NOT_A_TEAM = /^(?:our|my|this|next|last|the|current|coming|team|sales|whole|today|q[1-4]|\d{4}.*)$/i;

/** The team a message names: "the EMEA target", "target of team EMEA", "EMEA's target"; none for "our/my". */
function teamOf(text: string): string | undefined {
  // "has olivia hit her target": the person's (their team's target).
  const person = personOfStandingQuestion(text);
  if (person) return person;
  // The first reading that is a name: "Sam's quota for Q2" is Sam's, not a team called "Q2".
  const named = [
    /\b(?:the|team)\s+([A-Za-z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)(?:'s)?\s+(?:team\s+)?(?:sales\s+)?(?:target|quota|number)\b/i,
    /\b(?:target|quota)\s+(?:of|for)\s+(?:team\s+|the\s+)?([A-Za-z][\w&.-]*)(?:\s+team)?\b/i,
    /\b([A-Za-z][\w&.-]*)['’]s\s+(?:sales\s+)?(?:target|quota|number)\b/i,
  ]
    .map((pattern) => pattern.exec(text)?.[1])
    .find((words) => words !== undefined && !NOT_A_TEAM.test(words));
  return named?.replace(/\s+team$/i, '');
}

/** Reads "set the EMEA target for 2026-Q1 to 1.2M" (INVALID_INPUT naming what is missing). */
export function targetDraftOf(text: string, now: Date): TargetDraft {
  const amount = AMOUNT.exec(text);
  if (!amount)
    throw new CrmError(
      ErrorCode.InvalidInput,
      'How much? Say e.g. "set the EMEA target for 2026-Q1 to 1.2M".',
    );
  const value = Number(amount[2]!.replace(/,/g, '')) * (SCALE[(amount[3] ?? '').toLowerCase()] ?? 1);
  if (!(value > 0)) throw new CrmError(ErrorCode.InvalidInput, 'A target must be more than zero.');
  const currency = CURRENCY[(amount[1] ?? amount[4] ?? '').toLowerCase()] ?? 'USD';
  const before = text.slice(0, amount.index);
  const period = targetPeriodOfWords(PERIOD.exec(before)?.[1] ?? 'this quarter', now);
  const team = teamOf(before);
  return { ...(team ? { team } : {}), period, amount: value, currency };
}

/**
 * Targets in chat: "what's our target this quarter?" answers from the `sales-target` skill; "set
 * the EMEA target for 2026-Q1 to 1.2M" checks who may (managers their team, admins any) and asks
 * to confirm before the `set-sales-target` skill writes it.
 */
export async function salesTargetTurn(
  text: string,
  caller: Caller,
  skills: SkillRunner,
): Promise<IntentOutcome> {
  const now = skills.clock();
  if (!SET_TARGET.test(text)) {
    const period = PERIOD.exec(text.replace(QTR, 'quarter'))?.[1] ?? 'this quarter';
    const { answer, note: regionNote } = await targetOfTeamNamed(teamOf(text), period, caller, skills);
    const note = answer.person ? `${perPersonNote(answer.person, answer.team)} ` : regionNote;
    if (!answer.target) {
      const setOne =
        caller.role === 'rep'
          ? ' Your manager or an admin can set one.'
          : ` Say "set the ${answer.team} target for ${answer.period} to 1.2M" to set one.`;
      // "am i on track": with no target to hold them against, the numbers themselves.
      const numbers =
        !answer.person && isTargetStandingQuestion(text)
          ? await standingWithoutTarget(answer.period, caller, skills)
          : undefined;
      const noTarget = `No target is set for ${answer.team} for ${answer.period}`;
      return {
        text: numbers
          ? `${note}${numbers} ${noTarget}, so there is nothing to measure on track against.${setOne}`
          : `${note}${noTarget}.${caller.role === 'rep' ? '' : setOne}`,
      };
    }
    const lead = `${note}The ${answer.team} target for ${answer.period} is ${money(answer.target.amount, answer.target.currency)}.`;
    // "are we going to hit target": the weighted forecast against it too.
    if (isTargetStandingQuestion(text)) return targetStandingReply(answer, lead, caller, skills);
    return { text: lead };
  }
  if (caller.role !== 'manager' && caller.role !== 'admin')
    throw new CrmError(ErrorCode.Forbidden, 'Only managers (for their own team) and admins set targets.');
  const draft = targetDraftOf(text, now);
  const team = draft.team ?? caller.team;
  if (!team)
    throw new CrmError(
      ErrorCode.InvalidInput,
      'Which team? Say e.g. "set the EMEA target for 2026-Q1 to 1.2M".',
    );
  // A manager naming a region where a team was expected ("set the EMEA target") sets their own
  // team's, told so before confirming; a team of that name (or another team) stays refused.
  const region = caller.role === 'manager' ? await regionNotTeam(draft.team, skills, caller) : undefined;
  // A person named where a team was expected ("set olivia chen's target"): their team's target,
  // said so before the yes (targets are per team).
  const named = region ? undefined : await personNamedForTeam(draft.team, draft.period, caller, skills);
  const teamMeant = named?.team ?? team;
  if (caller.role === 'manager' && !region && teamMeant.toLowerCase() !== caller.team?.toLowerCase())
    throw new CrmError(
      ErrorCode.Forbidden,
      `Managers set their own team's target only (yours is ${caller.team ?? 'not set'}).`,
    );
  const current = await skills.call(
    salesTarget,
    { team: region ? caller.team! : teamMeant, period: draft.period },
    caller,
  );
  return {
    beginDialog: SET_TARGET_DIALOG,
    options: {
      ...draft,
      team: current.team,
      was: current.target?.amount ?? null,
      ...(region ? { region } : {}),
      ...(named?.person ? { person: named.person } : {}),
    } satisfies PendingTarget,
  };
}

/**
 * The target of the team named (the caller's own when none is). Targets are set per team: a region
 * named where a team was expected ("the EMEA number") answers for the caller's team, saying so.
 */
async function targetOfTeamNamed(
  team: string | undefined,
  period: string,
  caller: Caller,
  skills: SkillRunner,
): Promise<{ answer: SalesTargetAnswer; note: string }> {
  try {
    return {
      answer: await skills.call(salesTarget, { period, ...(team ? { team } : {}) }, caller),
      note: '',
    };
  } catch (error) {
    if (!team || !caller.team || !REGION_WORD.test(team) || !isCrmError(error, ErrorCode.NotFound))
      throw error;
    const answer = await skills.call(salesTarget, { period }, caller);
    return { answer, note: `Targets are set per team, not per region (${team}). ` };
  }
}

/** "Targets are set per team, not per person: Olivia Chen is on the Enterprise team." */
function perPersonNote(person: string, team: string): string {
  return `Targets are set per team, not per person: ${person} is on the ${team} team.`;
}

/** The team and person when the name a set request gave is a person's, not a team's. */
async function personNamedForTeam(
  named: string | undefined,
  period: string,
  caller: Caller,
  skills: SkillRunner,
): Promise<{ team: string; person: string } | undefined> {
  if (!named) return undefined;
  try {
    const answer = await skills.call(salesTarget, { team: named, period }, caller);
    return answer.person ? { team: answer.team, person: answer.person } : undefined;
  } catch (error) {
    if (isCrmError(error, ErrorCode.NotFound) || isCrmError(error, ErrorCode.Forbidden)) return undefined;
    throw error;
  }
}

/** Sales regions, which are not teams. */
const REGION_WORD = /^(?:emea|apac|latam|na|amer|americas|europe|asia)$/i;

/** The region a set request named where a team was expected (no team has its name), in capitals. */
async function regionNotTeam(
  named: string | undefined,
  skills: SkillRunner,
  caller: Caller,
): Promise<string | undefined> {
  if (!named || !REGION_WORD.test(named) || !caller.team) return undefined;
  try {
    await skills.call(salesTarget, { team: named }, caller);
    return undefined;
  } catch (error) {
    if (isCrmError(error, ErrorCode.NotFound)) return named.toUpperCase();
    throw error;
  }
}

interface PendingTarget extends TargetDraft {
  team: string;
  /** The target set before (same currency assumed in the question), or null. */
  was: number | null;
  /** The region the request named, when the team's target stands for it (targets are per team). */
  region?: string;
  /** The person the request named, when their team's target stands for theirs. */
  person?: string;
}

/** "(your team's: targets are set per team, not per region like EMEA)", or nothing. */
function regionNote(t: PendingTarget): string {
  if (t.person) return ` (${t.person}'s team's: targets are set per team, not per person)`;
  return t.region ? ` (your team's: targets are set per team, not per region like ${t.region})` : '';
}

/**
 * Asks "Set the EMEA target for 2026-Q1 to $1,200,000 (it was $900,000)? (yes/no)" and writes the
 * target on yes; no leaves it; anything else ends the question and is handled as a new message.
 */
export class SetTargetDialog extends ComponentDialog {
  constructor(private readonly skills: SkillRunner) {
    super(SET_TARGET_DIALOG);
    this.addDialog(
      new WaterfallDialog(`${SET_TARGET_DIALOG}-steps`, [(s) => this.ask(s), (s) => this.answer(s)]),
    );
    this.initialDialogId = `${SET_TARGET_DIALOG}-steps`;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = step.options as PendingTarget;
    (step.values as { pending?: PendingTarget }).pending = t;
    const was = t.was === null ? 'none is set yet' : `it is ${money(t.was, t.currency)} now`;
    await sendReply(step.context, {
      text: `${t.region ? `Targets are set per team, not per region (${t.region}). ` : ''}${t.person ? `${perPersonNote(t.person, t.team)} ` : ''}Set the ${t.team} target for ${t.period} to ${money(t.amount, t.currency)} (${was})? (yes/no)`,
      buttons: YES_NO_BUTTONS,
    });
    return Dialog.EndOfTurn;
  }

  private async answer(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const t = (step.values as { pending?: PendingTarget }).pending!;
    const said = messageText(step.context.activity).trim();
    let reply: Reply;
    const word = yesOrNoWord(said);
    if (word === 'no') reply = { text: `Okay, the ${t.team} target for ${t.period} stays as it was.` };
    else if (word !== 'yes') return step.endDialog({ unhandledText: true });
    else {
      try {
        const saved = await this.skills.call(
          setSalesTarget,
          { team: t.team, period: t.period, amount: t.amount, currency: t.currency },
          callerOf(step.context),
        );
        reply = {
          text: `Done: the ${saved.team} target for ${saved.period} is ${money(saved.amount, saved.currency)}${regionNote(t)}. The forecast digest compares against it.`,
        };
      } catch (error) {
        if (!isPersonFacingError(error)) throw error;
        reply = { text: personMessageOf(error, callerOf(step.context)) };
      }
    }
    await sendReply(step.context, reply);
    return step.endDialog();
  }
}

function money(amount: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(
    amount,
  );
}
