import { yesOrNoWord } from '../confirmation-words';
import type { Reply, ReplyFact } from '../reply';
import type { AnySkill } from './skill-catalog';

/** A change the agent asked to make, held until the person answers. */
export interface PendingWrite {
  skill: string;
  args: Record<string, unknown>;
}

/** A change that ran, with the skill's result (as JSON read back). */
export interface CompletedWrite {
  skill: string;
  result: unknown;
}

/** What the bot says when the person says no. */
export const DECLINED_REPLY: Reply = { text: "Okay, I didn't save it. Nothing was changed." };
/** What the bot says when the person answers a confirmation that is no longer open. */
export const CLOSED_CONFIRMATION_REPLY: Reply = {
  text: 'That change is no longer waiting for an answer (it was answered already, or it expired), so I saved nothing. Ask me again if you still want it.',
};
/** What the bot says when the person moves on without answering: the change is dropped. */
export const DROPPED_REPLY: Reply = { text: "I didn't save that change." };

/** The person's answer to a confirmation, or undefined when the message is something else. */
export function yesOrNo(text: string): 'yes' | 'no' | undefined {
  return yesOrNoWord(text);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** "lostReason" → "Lost reason". */
function labelOf(field: string): string {
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function valueText(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** What one pending change will save: each field as the skill will receive it (defaults filled in). */
function factsOf(write: PendingWrite, skill: AnySkill | undefined): ReplyFact[] {
  const parsed = skill?.input.safeParse(write.args);
  const input = (parsed?.success ? parsed.data : write.args) as Record<string, unknown>;
  return Object.entries(input)
    .filter(([, value]) => value !== undefined && value !== '')
    .map(([field, value]) => ({ label: labelOf(field), value: valueText(value) }));
}

/** One line naming the change, in the person's words. */
function headlineOf(write: PendingWrite): string {
  const a = write.args;
  switch (write.skill) {
    case 'log-interaction':
      return `log a ${str(a.type ?? 'interaction')} with ${str(a.account ?? 'an account')}`;
    case 'create-task':
      return `create a task: "${str(a.title ?? '')}"`;
    case 'update-deal-stage':
      return `move the deal "${str(a.deal ?? a.dealId ?? '')}" to ${str(a.stage ?? '').replace('_', ' ')}`;
    case 'create-lead':
      return `create a lead: ${str(a.name ?? '')}`;
    case 'build-audience':
      return `build and save an audience${a.name ? ` called "${str(a.name)}"` : ''}`;
    case 'refresh-audience':
      return `refresh the audience "${str(a.name ?? '')}"`;
    case 'open-case':
      return `open a case for ${str(a.account ?? 'an account')}: "${str(a.subject ?? '')}"`;
    case 'update-case':
      return caseChangeHeadline(a);
    default:
      return `run ${write.skill}`;
  }
}

/** "close case 1042", "set case 1042 to high priority", "add a note to case 1042". */
function caseChangeHeadline(a: Record<string, unknown>): string {
  const which = `case ${str(a.number ?? '')}`;
  if (a.status === 'closed') return `close ${which}`;
  if (a.status === 'resolved' || (a.resolution && !a.status)) return `resolve ${which}`;
  if (a.status) return `set ${which} to ${str(a.status)}`;
  if (a.priority) return `set ${which} to ${str(a.priority)} priority`;
  return `add a note to ${which}`;
}

/**
 * The question that holds the agent's changes until the person answers: exactly what each will
 * save, field by field, and yes/no buttons. `text` alone says it all, for text-only channels.
 */
export function confirmationReply(writes: readonly PendingWrite[], skills: readonly AnySkill[]): Reply {
  const blocks = writes.map((write) => {
    const facts = factsOf(
      write,
      skills.find((s) => s.name === write.skill),
    );
    return { headline: headlineOf(write), facts };
  });
  const text = [
    writes.length === 1
      ? `Before I save anything, please confirm. I'd ${blocks[0]!.headline}:`
      : `Before I save anything, please confirm these ${writes.length} changes:`,
    ...blocks.flatMap((block, i) => [
      ...(writes.length > 1 ? [`${i + 1}. ${block.headline}`] : []),
      ...block.facts.map((f) => `• ${f.label}: ${f.value}`),
    ]),
    writes.length === 1 ? 'Save it? (yes/no)' : 'Save them? (yes/no)',
  ].join('\n');
  return {
    text,
    title: 'Please confirm',
    ...(writes.length === 1 ? { facts: blocks[0]!.facts } : {}),
    buttons: [
      { title: 'Yes', value: 'yes' },
      { title: 'No', value: 'no' },
    ],
  };
}

type Named = { name?: unknown } | undefined;
const nameOf = (record: unknown): string | undefined =>
  typeof (record as Named)?.name === 'string' ? ((record as Named)!.name as string) : undefined;

/** One sentence saying what a change saved, from the skill's result. */
function savedText(write: CompletedWrite): string {
  const r = (write.result ?? {}) as Record<string, unknown>;
  switch (write.skill) {
    case 'log-interaction': {
      const contact = nameOf(r.contact);
      return `Logged the ${str(r.type)}${contact ? ` with ${contact}` : ''} at ${nameOf(r.account) ?? 'the account'}.`;
    }
    case 'create-task': {
      const account = nameOf(r.account);
      const due = typeof r.dueAt === 'string' ? r.dueAt.slice(0, 10) : undefined;
      return `Created the task "${str(r.title)}"${account ? ` for ${account}` : ''}${due ? `, due ${due}` : ''}.`;
    }
    case 'update-deal-stage':
      return `Moved "${nameOf(r.deal) ?? 'the deal'}" from ${str(r.from).replace('_', ' ')} to ${str(r.to).replace('_', ' ')}.`;
    case 'create-lead': {
      const company = typeof r.company === 'string' ? ` (${r.company})` : '';
      return `Created the lead ${nameOf(r) ?? ''}${company}.`;
    }
    case 'build-audience':
      return `Saved the audience "${nameOf(r) ?? ''}": ${str(r.size)} accounts.`;
    case 'refresh-audience':
      return `Refreshed the audience "${nameOf(r) ?? ''}": ${str(r.size)} accounts.`;
    case 'open-case': {
      const due =
        typeof r.slaDueAt === 'string' ? `, due ${r.slaDueAt.slice(0, 16).replace('T', ' ')} UTC` : '';
      return `Opened case ${str(r.number)} for ${nameOf(r.account) ?? 'the customer'}: "${str(r.subject)}" (${str(r.priority)} priority${due}).`;
    }
    case 'update-case': {
      const c = (r.case ?? {}) as Record<string, unknown>;
      const resolution = typeof c.resolution === 'string' ? ` Resolution: ${c.resolution}` : '';
      return `Case ${str(c.number)} (${str(c.subject)}) is now ${str(c.status)}, ${str(c.priority)} priority.${resolution}`;
    }
    default:
      return `Done: ${write.skill}.`;
  }
}

/** The reply once the person's yes ran the changes: what was saved, and why anything was not. */
export function writtenReply(writes: readonly CompletedWrite[], failures: readonly string[] = []): Reply {
  const refused = failures.map((reason) => `I couldn't save it: ${reason}`);
  return { text: [...writes.map(savedText), ...refused].join('\n') };
}
