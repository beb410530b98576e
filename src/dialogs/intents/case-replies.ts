import { dateTimeFormat } from '../../core/date-formats';
import type { AgentAssist } from '../../skills/agent-assist';
import type { CaseList, CaseView } from '../../skills/cases';
import type { CustomerView } from '../../skills/customer-view';
import { formatCalendarDay } from '../replies/format';
import { knowledgeReply } from '../replies/knowledge-replies';
import type { Reply, ReplyListItem } from '../reply';

/** "4 Dec 15:00" in the reader's time zone. */
function when(date: Date, timeZone: string): string {
  return dateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).format(date);
}

/** One case as a list line: "Case 1042 · Login fails (high) — Initech, due 4 Dec 15:00, breached". */
export function caseItem(c: CaseView, timeZone: string): ReplyListItem {
  const due =
    c.slaDueAt && (c.status === 'open' || c.status === 'pending') ? `due ${when(c.slaDueAt, timeZone)}` : '';
  const parts = [c.account?.name, c.contact?.name, due, c.breached ? 'SLA breached' : ''].filter(Boolean);
  return {
    title: `Case ${c.number}: ${c.subject}`,
    subtitle: `${c.priority} priority, ${c.status}${parts.length ? ` — ${parts.join(', ')}` : ''}`,
    value: c.status,
  };
}

/** One case asked for by its number: what it is about, where it stands, and for whom. */
function oneCaseReply(list: CaseList, timeZone: string): Reply {
  const found = list.cases[0];
  if (!found) return { text: "I couldn't find that case (or it belongs to another team's account)." };
  const item = caseItem(found, timeZone);
  const lines = [
    `${item.title} (${item.subtitle}).`,
    `Opened ${when(new Date(found.openedAt), timeZone)}${found.owner ? `, handled by ${found.owner.name}` : ''}.`,
    found.description && found.description !== found.subject ? `Description: ${found.description}` : '',
    found.resolution ? `Resolution: ${found.resolution}` : '',
    found.resolvedAt ? resolvedWords(found.openedAt, found.resolvedAt, timeZone) : '',
  ];
  return { text: lines.filter(Boolean).join('\n'), lists: [{ items: [item] }] };
}

/** "Resolved 26 Jul, 11:15: 2.5 days after it was opened." (hours under two days' worth of them). */
function resolvedWords(openedAt: Date, resolvedAt: Date, timeZone: string): string {
  const hours = (new Date(resolvedAt).getTime() - new Date(openedAt).getTime()) / 3_600_000;
  const took =
    hours < 1
      ? `${Math.max(1, Math.round(hours * 60))} minutes`
      : hours < 48
        ? `${Math.round(hours)} ${Math.round(hours) === 1 ? 'hour' : 'hours'}`
        : `${(Math.round((hours / 24) * 10) / 10).toString()} days`;
  return `Resolved ${when(new Date(resolvedAt), timeZone)}: ${took} after it was opened.`;
}

/** ", oldest first" when the list was asked in the order cases were opened. */
function orderWords(list: CaseList): string {
  return list.order === 'oldest' ? ', oldest first' : list.order === 'newest' ? ', newest first' : '';
}

/** "high priority ", "urgent or high priority ", or "" when the list is not of some priorities. */
function priorityWords(list: CaseList): string {
  const said = list.priorities ?? (list.priority ? [list.priority] : []);
  return said.length ? `${said.join(' or ')} priority ` : '';
}

/** A list of cases, with what was asked in the words of the question. */
/** " opened 2 Dec" or " opened 1 Dec–3 Dec": the days cases were opened in. */
export function openedWordsOf(opened: { from: string; to: string }): string {
  return opened.from === opened.to
    ? ` opened ${formatCalendarDay(opened.from)}`
    : ` opened ${formatCalendarDay(opened.from)}–${formatCalendarDay(opened.to)}`;
}

export function caseListReply(list: CaseList, timeZone: string): Reply {
  if (list.scope === 'number') return oneCaseReply(list, timeZone);
  // Closed and resolved cases asked for too ("all their cases"): cases, not open cases.
  const everyStatus = list.statuses.some((s) => s === 'closed' || s === 'resolved');
  // Only those waiting on the customer ("which cases are pending"): pending cases, said so.
  const pendingOnly = list.statuses.length === 1 && list.statuses[0] === 'pending';
  const cases = (n: number) =>
    `${everyStatus ? '' : pendingOnly ? 'pending ' : 'open '}${n === 1 ? 'case' : 'cases'}`;
  // "open high priority cases": the priority asked, said before the noun.
  const casesOfPriority = (n: number) => cases(n).replace(/(?=cases?$)/, priorityWords(list));
  const their = list.total === 1 ? 'its' : 'their';
  const what =
    list.scope === 'account'
      ? `${casesOfPriority(list.total)} for ${list.account?.name ?? 'that account'}`
      : list.scope === 'breaching'
        ? list.pastDueOnly
          ? `${casesOfPriority(list.total)} past ${their} SLA now (${when(list.dueBy!, timeZone)})`
          : `${casesOfPriority(list.total)} past or reaching ${their} SLA by the end of today (${when(list.dueBy!, timeZone)})`
        : list.priority || list.priorities || list.order || list.owner || list.unassigned || pendingOnly
          ? `${priorityWords(list)}${cases(list.total)}${list.owner ? ` assigned to ${list.owner.name}` : list.unassigned ? ' not assigned to anyone' : ''}`
          : list.total === 1
            ? 'case'
            : 'cases';
  if (!list.total)
    return {
      text:
        list.scope === 'mine'
          ? `You have no open ${priorityWords(list)}cases${list.opened ? openedWordsOf(list.opened) : ''}.`
          : `There are no ${what.replace(/^open case\b/, 'open cases')}${list.unassigned ? ': every one has an owner' : ''}.`,
    };
  const shown = list.cases.length < list.total ? ` (the first ${list.cases.length})` : '';
  const items = list.cases.map((c) => caseItem(c, timeZone));
  // "which of my cases came in on wednesday": the days they were opened in, said.
  const openedWords = list.opened ? openedWordsOf(list.opened) : '';
  const count =
    list.scope === 'mine'
      ? `Your open ${priorityWords(list)}cases${openedWords} (${list.total})`
      : `${list.total} ${what}${orderWords(list)}`;
  return {
    text: `${count}${shown}:\n${items.map((i) => `- ${i.title} (${i.subtitle})`).join('\n')}`,
    lists: [{ items }],
  };
}

const PRIORITY_RANK: Record<string, number> = { urgent: 0, high: 1, normal: 2, low: 3 };

/** The case a list puts first in an order: due soonest, highest priority (then due soonest), newest or oldest. */
export function firstCaseOf(list: CaseList, order: 'due' | 'priority' | 'newest' | 'oldest'): CaseView {
  const due = (c: CaseView) => (c.slaDueAt ? new Date(c.slaDueAt).getTime() : Number.POSITIVE_INFINITY);
  const opened = (c: CaseView) => new Date(c.openedAt).getTime();
  const sorted = [...list.cases].sort((a, b) =>
    order === 'due'
      ? due(a) - due(b)
      : order === 'priority'
        ? (PRIORITY_RANK[a.priority] ?? 9) - (PRIORITY_RANK[b.priority] ?? 9) || due(a) - due(b)
        : order === 'newest'
          ? opened(b) - opened(a)
          : opened(a) - opened(b),
  );
  return sorted[0]!;
}

/**
 * Who works one case: "Case 1207 (Webhooks return 401) is assigned to you (Riley Park).", another
 * agent by name, or no one.
 */
export function caseOwnerReply(c: CaseView, caller: { userId?: string }): Reply {
  const which = `Case ${c.number} (${c.subject}${c.account ? `, ${c.account.name}` : ''})`;
  if (!c.owner) return { text: `${which} is not assigned to anyone.` };
  const whom = c.owner.id === caller.userId ? `you (${c.owner.name})` : c.owner.name;
  return { text: `${which} is assigned to ${whom}.` };
}

/** The agent working each case shown ("who owns them"): one line a case, in the order shown. */
export function caseOwnersReply(cases: CaseView[], caller: { userId?: string }): Reply {
  const whom = (c: CaseView) =>
    !c.owner
      ? 'not assigned to anyone'
      : c.owner.id === caller.userId
        ? `you (${c.owner.name})`
        : c.owner.name;
  const lines = cases.map((c) => `- Case ${c.number} (${c.subject}): ${whom(c)}`);
  return {
    text: [`Who works these ${cases.length} cases:`, ...lines].join('\n'),
    lists: [{ items: cases.map((c) => ({ title: `Case ${c.number}: ${c.subject}`, value: whom(c) })) }],
  };
}

/**
 * The one case a follow-up on a list asks for ("which one is due first?", "the most urgent one"),
 * picked from the whole list: due soonest, highest priority (then due soonest), newest or oldest.
 */
export function firstCaseReply(
  list: CaseList,
  order: 'due' | 'priority' | 'newest' | 'oldest',
  timeZone: string,
): Reply {
  const only = list.scope === 'number' ? list.cases[0] : undefined;
  if (only && order === 'due') return caseDueReply(only, timeZone);
  const first = firstCaseOf(list, order);
  const item = caseItem(first, timeZone);
  const what =
    order === 'due'
      ? first.slaDueAt
        ? `is due first (${when(new Date(first.slaDueAt), timeZone)})`
        : 'comes first (none of them has an SLA due time)'
      : order === 'priority'
        ? 'is the most urgent' // its priority opens the subtitle after the colon
        : order === 'newest'
          ? `is the newest (opened ${when(new Date(first.openedAt), timeZone)})`
          : `is the oldest (opened ${when(new Date(first.openedAt), timeZone)})`;
  // One case in the list: it is the only one, whatever was asked of it ("which is the oldest").
  if (list.total === 1) {
    const opened = `opened ${when(new Date(first.openedAt), timeZone)}`;
    return {
      text: `Case ${first.number} (${first.subject}) is the only one ${list.scope === 'mine' ? 'of your open cases' : 'of those'} (${opened}): ${item.subtitle}.`,
      lists: [{ items: [item] }],
    };
  }
  return {
    text: `Of ${list.scope === 'mine' ? `your ${list.total} open` : `those ${list.total}`} cases, case ${first.number} (${first.subject}) ${what}: ${item.subtitle}.`,
    lists: [{ items: [item] }],
  };
}

/**
 * When one case was (or is) due under its SLA, whatever its status: "Case 1204 (…) was due under its
 * SLA on 3 Dec 17:00 and is past it (open)." A follow-up on the case just shown.
 */
function caseDueReply(c: CaseView, timeZone: string): Reply {
  const item = caseItem(c, timeZone);
  if (!c.slaDueAt)
    return { text: `Case ${c.number} (${c.subject}) has no SLA due time.`, lists: [{ items: [item] }] };
  const dueAt = new Date(c.slaDueAt);
  const past = c.breached ? ' and is past it' : '';
  // Open and not breached: still ahead. Breached, resolved or closed: behind us.
  const tense = !c.breached && (c.status === 'open' || c.status === 'pending') ? 'is' : 'was';
  return {
    text: `Case ${c.number} (${c.subject}) ${tense} due under its SLA on ${when(dueAt, timeZone)}${past} (${c.priority} priority, ${c.status}).`,
    lists: [{ items: [item] }],
  };
}

/** What "yes" will create, for the confirmation question. */
export function caseToOpenText(draft: { account: string; subject: string; priority: string }): string {
  const article = /^[aeiou]/i.test(draft.priority) ? 'an' : 'a';
  return `Open ${article} ${draft.priority} priority case for ${draft.account}: "${draft.subject}"?`;
}

/** The case just opened. */
export function caseOpenedReply(c: CaseView, timeZone: string): Reply {
  return {
    text: `Opened case ${c.number} for ${c.account?.name ?? 'the customer'}: "${c.subject}" (${c.priority} priority, due ${c.slaDueAt ? when(c.slaDueAt, timeZone) : 'under its SLA'}).`,
  };
}

/** The case just changed. */
export function caseUpdatedReply(c: CaseView): Reply {
  const resolution = c.resolution ? ` Resolution: ${c.resolution}` : '';
  return { text: `Case ${c.number} (${c.subject}) is now ${c.status}.${resolution}` };
}

/** A note added: "Added a note to case 1203 (Export times out): waiting on customer logs." */
export function caseNotedReply(c: CaseView, note: string): Reply {
  return { text: `Added a note to case ${c.number} (${c.subject}): ${note}` };
}

/** A case's new priority: "Case 1203 (Integration sync errors) is now high priority." */
export function casePriorityReply(c: CaseView): Reply {
  return { text: `Case ${c.number} (${c.subject}) is now ${c.priority} priority.` };
}

/** A case given to another agent: "Case 1202 (SSO login loop) is now assigned to Anna Kowalski." */
export function caseAssignedReply(c: CaseView): Reply {
  return { text: `Case ${c.number} (${c.subject}) is now assigned to ${c.owner?.name ?? 'nobody'}.` };
}

/** The customer view in words, with lists for contacts, interactions, cases and products. */
export function customerViewReply(view: CustomerView, timeZone: string): Reply {
  const lines: string[] = [];
  const a = view.account;
  const who = view.contact
    ? `${view.contact.name}${view.contact.title ? `, ${view.contact.title}` : ''} at ${a.name}`
    : a.name;
  lines.push(`${who} (${[a.status, a.industry, a.country].filter(Boolean).join(', ')}).`);
  // "which account is that and who owns it": the rep who owns the account, for a hand-over.
  if (a.owner) lines.push(`Account owner: ${a.owner}.`);
  if (view.contact) {
    const c = view.contact;
    const reach = [c.email, c.phone].filter(Boolean).join(', ');
    if (c.leftAt) lines.push(`${c.name} left ${a.name} on ${formatCalendarDay(c.leftAt)}.`);
    if (reach) lines.push(`Reach: ${reach}.`);
    const p = c.preferences;
    const opts = [p.emailOptOut ? 'no marketing e-mail' : '', p.phoneOptOut ? 'do not call' : ''].filter(
      Boolean,
    );
    lines.push(
      `Prefers ${p.channel ?? 'no particular channel'}${p.language ? `, language ${p.language}` : ''}${opts.length ? `; opted out: ${opts.join(', ')}` : ''}.`,
    );
  }
  if (view.sentiment) {
    const s = view.sentiment;
    lines.push(
      `Sentiment of recent interactions: ${s.recent.toFixed(2)}${s.before !== undefined ? ` (was ${s.before.toFixed(2)}, ${s.direction})` : ''}.`,
    );
  }
  if (view.cases) {
    lines.push(
      view.cases.open.length
        ? `Open cases: ${view.cases.open.map((c) => `${c.number} ${c.subject} (${c.priority})`).join('; ')}.`
        : 'No open cases.',
    );
  }
  if (view.products?.length)
    lines.push(
      `Bought: ${view.products
        .slice(0, 5)
        .map((p) => `${p.name} ×${p.quantity}`)
        .join(', ')}.`,
    );
  const lists = [];
  if (view.interactions?.length)
    lists.push({
      title: 'Recent interactions',
      items: view.interactions.slice(0, 5).map((i) => ({
        title: `${i.type} ${when(i.occurredAt, timeZone)}${i.contactName ? ` with ${i.contactName}` : ''}`,
        subtitle: i.summary,
        ...(i.sentiment !== undefined ? { value: i.sentiment.toFixed(2) } : {}),
      })),
    });
  if (view.cases?.recent.length)
    lists.push({ title: 'Recent cases', items: view.cases.recent.map((c) => caseItem(c, timeZone)) });
  if (view.contacts?.length)
    lists.push({
      title: 'Contacts',
      items: view.contacts.map((c) => ({
        title: c.name,
        subtitle: [c.title, c.preferences.channel, c.preferences.language].filter(Boolean).join(', '),
      })),
    });
  return { text: lines.join('\n'), ...(lists.length ? { lists } : {}) };
}

/** The suggested reply (knowledge base, with sources) and the similar resolved cases. */
export function agentAssistReply(assist: AgentAssist): Reply {
  const draft = knowledgeReply(assist.reply, 'staff');
  const about =
    assist.caseNumber !== undefined
      ? `The last customer message of case ${assist.caseNumber}: "${assist.question}"\n\n`
      : '';
  const suggested = assist.reply.noAnswer
    ? `${about}The knowledge base has no answer to suggest. ${draft.text}`
    : `${about}Suggested reply:\n${draft.text}`;
  const similar = assist.similarCases.length
    ? `\n\nSimilar resolved cases:\n${assist.similarCases
        .map(
          (c) =>
            `- Case ${c.number}: ${c.subject}${c.accountName ? ` (${c.accountName})` : ''} — ${c.resolution}`,
        )
        .join('\n')}`
    : '\n\nNo similar resolved cases.';
  return {
    ...draft,
    text: `${suggested}${similar}`,
    ...(assist.similarCases.length
      ? {
          lists: [
            {
              title: 'Similar resolved cases',
              items: assist.similarCases.map((c) => ({
                title: `Case ${c.number}: ${c.subject}`,
                subtitle: c.resolution,
              })),
            },
          ],
        }
      : {}),
  };
}
