import type { ScoreFactorText } from '../../ml/scoring/crm-lead-score';
import type { ExplainedDeal, ExplainedLead, LeadScoreResult, TopLeadsResult } from '../../skills/lead-score';
import type { Reply, ReplyListItem } from '../reply';
import { formatMoney, formatPercent, formatStage, formatCalendarDay } from './format';
import { ownedElsewhereReply } from './limited-replies';

/**
 * "Globex – Field devices has a 35% chance to win (the rep's stage says 40%). Up: …; down: …".
 * One deal is explained in full; for several (an account's open deals) the largest is explained
 * and the others listed.
 */
export function leadScoreReply(result: LeadScoreResult, timeZone = 'UTC'): Reply {
  if (result.kind === 'lead') return leadReply(result.lead);
  if (result.kind === 'limited') return ownedElsewhereReply(result.view);
  const [first, ...others] = result.deals;
  if (!first) return { text: `${result.account ?? 'That account'} has no open deals to score.` };
  const reply = dealReply(first, timeZone);
  if (!others.length) return reply;
  // The list is headed "by win chance": it is sorted by it (the largest deal is the one explained).
  const items: ReplyListItem[] = [...result.deals]
    .sort((a, b) => b.probability - a.probability)
    .map((deal) => ({
      title: deal.name,
      subtitle: `${formatStage(deal.stage)} · ${formatMoney(deal.amount, deal.currency)} · closes ${formatCalendarDay(deal.closeDate)}`,
      value: formatPercent(deal.probability),
    }));
  return {
    ...reply,
    title: `${result.account ?? first.accountName}: ${result.deals.length} open deals`,
    text: `${result.account ?? first.accountName} has ${result.deals.length} open deals:\n${items.map((i) => `• ${i.title} — ${i.value} (${i.subtitle})`).join('\n')}\n\nThe largest, in detail:\n${reply.text}`,
    lists: [{ title: 'Open deals by win chance', items }, ...(reply.lists ?? [])],
    buttons: others.slice(0, 3).map((deal) => ({
      title: `Why ${formatPercent(deal.probability)}: ${shorten(deal.name)}`,
      value: explainDealMessage(deal),
    })),
  };
}

/**
 * What would raise a deal's win chance: the factors holding it down now, the ones the explanation
 * says cost it most (docs/scoring-and-forecasting.md: the top factors up and down), then what already
 * pushes it up. Other results (a lead, a deal owned elsewhere) as the score reply gives them.
 */
export function raiseChanceReply(result: LeadScoreResult, timeZone = 'UTC'): Reply {
  const deal = result.kind === 'deals' ? result.deals[0] : undefined;
  if (!deal) return leadScoreReply(result, timeZone);
  const reply = dealReply(deal, timeZone);
  const raise = deal.down.length
    ? `What would raise ${deal.name}'s ${formatPercent(deal.probability)} chance most is working on what holds it down now: ${deal.down.map((f) => f.text).join('; ')}.`
    : `Nothing in particular holds ${deal.name}'s ${formatPercent(deal.probability)} chance down now.`;
  return {
    ...reply,
    text: [raise, factorsLine('Already pushing it up', deal.up)].filter(Boolean).join('\n'),
  };
}

function dealReply(deal: ExplainedDeal, _timeZone: string): Reply {
  const gap = Math.abs(deal.probability - deal.repProbability) >= 0.15;
  const headline = `${deal.name} (${deal.accountName}) has a ${formatPercent(deal.probability)} chance to win; its stage says ${formatPercent(deal.repProbability)}${gap ? (deal.probability > deal.repProbability ? ', so the model is more hopeful than the stage' : ', so the model is less hopeful than the stage') : ''}.`;
  return {
    title: `${deal.name}: ${formatPercent(deal.probability)}`,
    text: [headline, factorsLine('Pushing it up', deal.up), factorsLine('Holding it down', deal.down)]
      .filter(Boolean)
      .join('\n'),
    facts: [
      { label: 'Win chance (model)', value: formatPercent(deal.probability) },
      { label: 'Stage probability', value: formatPercent(deal.repProbability) },
      { label: 'Typical deal', value: formatPercent(deal.baseProbability) },
      { label: 'Stage', value: formatStage(deal.stage) },
      { label: 'Amount', value: formatMoney(deal.amount, deal.currency) },
      { label: 'Close date', value: formatCalendarDay(deal.closeDate) },
      ...(deal.ownerName ? [{ label: 'Owner', value: deal.ownerName }] : []),
      { label: 'Model', value: `lead-score ${deal.modelVersion}` },
    ],
    lists: factorLists(deal.up, deal.down),
    buttons: [
      { title: `Brief me on ${shorten(deal.accountName)}`, value: `tell me about ${deal.accountName}` },
    ],
  };
}

function leadReply(lead: ExplainedLead): Reply {
  return {
    title: `${lead.name}: ${formatPercent(lead.probability)}`,
    text: [
      `${lead.name}${lead.company ? ` (${lead.company})` : ''} has a ${formatPercent(lead.probability)} chance to convert (a typical lead: ${formatPercent(lead.baseProbability)}).`,
      factorsLine('Pushing it up', lead.up),
      factorsLine('Holding it down', lead.down),
    ]
      .filter(Boolean)
      .join('\n'),
    facts: [
      { label: 'Conversion chance', value: formatPercent(lead.probability) },
      { label: 'Source', value: lead.source },
      { label: 'Status', value: lead.status },
      { label: 'Model', value: `lead-score ${lead.modelVersion}` },
    ],
    lists: factorLists(lead.up, lead.down),
  };
}

/** "You own 9 leads: 3 open (2 working, 1 qualified), 2 converted, 4 disqualified." */
export function ownedLeadCountReply(result: TopLeadsResult): Reply {
  const byStatus = result.byStatus ?? {};
  const count = (status: string) => byStatus[status] ?? 0;
  const total = Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  const who = result.scope === 'your deals' ? 'You own' : `${capitalize(result.scope)} owns`;
  const leads = (n: number) => `${n} lead${n === 1 ? '' : 's'}`;
  if (total === 0) return { text: `${who} no leads.` };
  const open = ['new', 'working', 'qualified'].filter((status) => count(status) > 0);
  const openCount = open.reduce((sum, status) => sum + count(status), 0);
  const parts = [
    `${openCount} open${open.length ? ` (${open.map((status) => `${count(status)} ${status}`).join(', ')})` : ''}`,
    ...['converted', 'disqualified'].filter((status) => count(status) > 0).map((s) => `${count(s)} ${s}`),
  ];
  return { text: `${who} ${leads(total)}: ${parts.join(', ')}.` };
}

/** "Your top deals by win chance": a ranked list with each deal's strongest reason. */
export function topLeadsReply(result: TopLeadsResult, _timeZone = 'UTC'): Reply {
  const noun = result.kind === 'leads' ? 'leads' : 'deals';
  const whose = result.scope === 'your deals' ? 'your' : `${result.scope}'s`;
  if (result.kind === 'leads' && result.filters) return filteredLeadsReply(result, whose);
  if (result.considered === 0) return { text: `There are no open ${noun} for ${result.scope} to rank.` };
  const items: ReplyListItem[] =
    result.kind === 'leads'
      ? result.leads.map((lead) => ({
          title: `${lead.name}${lead.company ? ` (${lead.company})` : ''}`,
          subtitle: [lead.status, `via ${lead.source}`, lead.reason].filter(Boolean).join(' · '),
          value: formatPercent(lead.probability),
        }))
      : result.deals.map((deal) => ({
          title: deal.name,
          subtitle: [
            `${formatStage(deal.stage)} · ${formatMoney(deal.amount, deal.currency)} · closes ${formatCalendarDay(deal.closeDate)}`,
            deal.reason,
          ]
            .filter(Boolean)
            .join(' · '),
          value: formatPercent(deal.probability),
        }));
  const title = `Top ${items.length} ${noun} by ${result.kind === 'leads' ? 'conversion' : 'win'} chance`;
  return {
    title,
    text: `${capitalize(whose)} top ${items.length} of ${result.considered} open ${noun}, by the model's ${result.kind === 'leads' ? 'conversion' : 'win'} chance:\n${items.map((i, k) => `${k + 1}. ${i.title} — ${i.value}\n   ${i.subtitle}`).join('\n')}`,
    lists: [{ title, items }],
    buttons:
      result.kind === 'deals'
        ? result.deals.slice(0, 2).map((deal) => ({
            title: `Why ${formatPercent(deal.probability)}?`,
            value: explainDealMessage(deal),
          }))
        : [],
  };
}

/**
 * Leads asked for by when they came in or by status ("new leads in the last 2 weeks": "1 of your open
 * leads was created 21 Nov 2026 – 4 Dec 2026: Joseph Turner …"), each with its day and chance; or
 * plainly none.
 */
function filteredLeadsReply(result: TopLeadsResult, whose: string): Reply {
  const filters = result.filters ?? {};
  const status = filters.status ? ` in status ${filters.status}` : '';
  const { createdFrom: from, createdTo: to } = filters;
  const days =
    from && to
      ? from === to
        ? ` created on ${formatCalendarDay(from)}`
        : ` created ${formatCalendarDay(from)} – ${formatCalendarDay(to)}`
      : from
        ? ` created since ${formatCalendarDay(from)}`
        : to
          ? ` created by ${formatCalendarDay(to)}`
          : '';
  const n = result.considered;
  if (n === 0)
    return {
      text: days
        ? `None of ${whose} open leads${status} was${days}.`
        : `None of ${whose} open leads is${status}.`,
    };
  const items: ReplyListItem[] = result.leads.map((lead) => ({
    title: `${lead.name}${lead.company ? ` (${lead.company})` : ''}`,
    subtitle: [lead.status, `via ${lead.source}`, `created ${formatCalendarDay(lead.createdOn)}`, lead.reason]
      .filter(Boolean)
      .join(' · '),
    value: formatPercent(lead.probability),
  }));
  const title = `${capitalize(whose)} open leads${status}${days}`;
  const shown =
    items.length < n ? `, the top ${items.length} by conversion chance` : ', by conversion chance';
  return {
    title,
    text: `${n} of ${whose} open leads${days ? `${status} ${n === 1 ? 'was' : 'were'}${days}` : ` ${n === 1 ? 'is' : 'are'}${status}`}${shown}:\n${items.map((i, k) => `${k + 1}. ${i.title} — ${i.value}\n   ${i.subtitle}`).join('\n')}`,
    lists: [{ title, items }],
  };
}

/**
 * What an explanation button sends: readable words and the deal's id, which the score handler
 * reads instead of the words (an account's name would pick another of its deals).
 */
export function explainDealMessage(deal: { id: string; name: string; probability: number }): string {
  return `why is ${deal.name} at ${formatPercent(deal.probability)}? (deal ${deal.id})`;
}

/** The deal id an explanation button carries ("... (deal 6a7f…)"), if the message is one. */
export function explainedDealIdOf(text: string): string | undefined {
  return /\(deal ([0-9a-f]{24})\)\s*$/i.exec(text)?.[1];
}

function factorsLine(label: string, factors: ScoreFactorText[]): string {
  return factors.length ? `${label}: ${factors.map((f) => f.text).join('; ')}.` : '';
}

function factorLists(up: ScoreFactorText[], down: ScoreFactorText[]) {
  return [
    ...(up.length ? [{ title: 'Pushing it up', items: up.map((f) => ({ title: f.text })) }] : []),
    ...(down.length ? [{ title: 'Holding it down', items: down.map((f) => ({ title: f.text })) }] : []),
  ];
}

function shorten(text: string, length = 28): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
