import type { LeadConversionResult, LeadGrouping, ResolvedLead } from '../../skills/lead-conversion';
import type { LeadCountFilter } from '../routing/marketing-questions';
import type { Reply, ReplyListItem } from '../reply';
import { formatCalendarDay, formatPercent } from './format';

/**
 * When the leads counted came in, as asked and as days: " that came in this month (1 Dec 2026–31 Dec
 * 2026)"; empty when no period was asked for.
 */
function cameIn(result: LeadConversionResult, said?: string): string {
  const days = result.createdIn;
  if (!days) return '';
  const span =
    days.from === days.to
      ? formatCalendarDay(days.from)
      : `${formatCalendarDay(days.from)}–${formatCalendarDay(days.to)}`;
  const words = said?.replace(/^(?:in|during|over|for)\s+/i, '');
  return words ? ` that came in ${words} (${span})` : ` that came in ${span}`;
}

/**
 * Leads counted by source, status, campaign, industry or country: "Leads by source (80 you can see): • web — 24: 2
 * converted, 16 disqualified, 6 open", the biggest group first.
 */
export function leadBreakdownReply(
  result: LeadConversionResult,
  groupBy: LeadGrouping,
  period?: string,
): Reply {
  const rows = result.breakdown ?? [];
  const of = `${result.campaign ? ` from ${result.campaign.name}` : ''}${cameIn(result, period)}`;
  const title = `Leads${of} by ${groupBy}`;
  if (!rows.length) return { title, text: `There are no leads${of} you can see.` };
  const items: ReplyListItem[] = rows.map((row) => ({
    title: row.value,
    value: String(row.total),
    subtitle:
      groupBy === 'status'
        ? ''
        : `${row.converted} converted, ${row.disqualified} disqualified, ${row.open} open`,
  }));
  return {
    title,
    text: [
      `${title} (${result.considered} you can see):`,
      ...items.map((item) => `• ${item.title} — ${item.value}${item.subtitle ? `: ${item.subtitle}` : ''}`),
      ...(groupBy === 'country'
        ? [
            'A lead records no country of its own: one linked to an account counts under that account’s country. Every lead has an industry and a source ("leads by industry", "leads by source").',
          ]
        : []),
    ].join('\n'),
    lists: [{ title, items }],
  };
}

/**
 * A count of leads with one filter: "24 web leads (of 80 you can see): 2 converted, 16 disqualified,
 * 6 open", "12 new leads (of 80 you can see)".
 */
export function leadCountReply(
  result: LeadConversionResult,
  filter: LeadCountFilter,
  period?: string,
): Reply {
  if (filter.statuses) return statusesCountReply(result, filter, filter.statuses, period);
  const value = filter.source ?? filter.status;
  const row = (result.breakdown ?? []).find((group) => group.value === value);
  // No filter: every lead that came in ("how many new leads came in last month").
  const total = value === undefined ? result.considered : (row?.total ?? 0);
  const which = [filter.status, filter.source ? `${filter.source}` : undefined].filter(Boolean).join(' ');
  const title = `${which} leads`.trim().replace(/^./, (c) => c.toUpperCase());
  const seen =
    (filter.source && filter.status) || value === undefined ? '' : ` (of ${result.considered} you can see)`;
  const outcome =
    row && filter.source && !filter.status
      ? `: ${row.converted} converted, ${row.disqualified} disqualified, ${row.open} open`
      : '';
  // "how many mqls": the qualified leads, said as MQLs with the status they are counted by.
  if (filter.mql)
    return {
      title: 'MQLs',
      text: `${total} ${total === 1 ? 'MQL' : 'MQLs'}${cameIn(result, period)}${seen}: an MQL (marketing-qualified lead) is a lead in status qualified, so the qualified leads are counted.`,
    };
  return {
    title,
    text: `${total} ${which ? `${which} ` : ''}${total === 1 ? 'lead' : 'leads'}${cameIn(result, period)}${seen}${outcome}.`,
  };
}

/**
 * Leads of two statuses or more counted together: "7 of the 23 leads that came in last month (1
 * Nov 2026–30 Nov 2026) are qualified or converted: 4 qualified, 3 converted." Asked whether they
 * are any good, the reply says those are the ones counted as good. With a source, its leads only
 * (the breakdown by source was asked with these statuses).
 */
function statusesCountReply(
  result: LeadConversionResult,
  filter: LeadCountFilter,
  statuses: readonly string[],
  period?: string,
): Reply {
  const rows = result.breakdown ?? [];
  const parts = filter.source
    ? []
    : statuses.map((status) => ({ status, total: rows.find((g) => g.value === status)?.total ?? 0 }));
  const count = filter.source
    ? (rows.find((g) => g.value === filter.source)?.total ?? 0)
    : parts.reduce((sum, part) => sum + part.total, 0);
  const ofSource = filter.source ? ` ${filter.source}` : '';
  const which = statuses.join(' or ');
  const whole = filter.source ? '' : ` of the ${result.considered}`;
  const split = parts.length ? `: ${parts.map((p) => `${p.total} ${p.status}`).join(', ')}` : '';
  const good = filter.quality
    ? ` Counted as good: the leads qualified or converted${ofSource ? '' : `; the other ${result.considered - count} are new, being worked or disqualified`}.`
    : '';
  const one = count === 1;
  return {
    title: filter.quality ? 'Good leads' : 'Leads by status',
    text: `${count}${whole}${ofSource} ${!whole && one ? 'lead' : 'leads'}${cameIn(result, period)} you can see ${one ? 'is' : 'are'} ${which}${split}.${good}`,
  };
}

/** A share as a percentage with at most one decimal: 0.125 → "12.5%", 0.3 → "30%". */
function shareOf(part: number, whole: number): string {
  return `${Number(((part / whole) * 100).toFixed(1))}%`;
}

/**
 * A source's or a status's share of all leads: "10 of the 80 leads you can see (12.5%) are event
 * leads.", "9 of the 80 leads you can see (11.3%) are qualified." `part`: the leads of that source or
 * status (both when both are named), `whole`: every lead the caller sees (of the period, if asked).
 */
export function leadShareReply(
  part: LeadConversionResult,
  whole: LeadConversionResult,
  filter: LeadCountFilter,
  period?: string,
): Reply {
  const value = filter.source ?? filter.status;
  const row = (part.breakdown ?? []).find((group) => group.value === value);
  const count = row?.total ?? 0;
  const all = whole.considered;
  const one = count === 1;
  const ofSource = filter.source
    ? one
      ? `${/^[aeiou]/.test(filter.source) ? 'an' : 'a'} ${filter.source} lead`
      : `${filter.source} leads`
    : '';
  const what = `${one ? 'is' : 'are'} ${[ofSource, filter.status ?? ''].filter(Boolean).join(' and ')}`;
  const title = 'Share of leads';
  if (!all) return { title, text: `There are no leads${cameIn(whole, period)} you can see.` };
  return {
    title,
    text: `${count} of the ${all} leads${cameIn(whole, period)} you can see (${shareOf(count, all)}) ${what}.`,
  };
}

/**
 * "3 of 41 new or working leads, most likely to convert first: • Ana Ruiz (Fabrikam) — 72%: came in via
 * referral, company email address …", or a campaign's open leads with how the campaign has done.
 */
export function leadConversionReply(result: LeadConversionResult, period?: string): Reply {
  if (result.named !== undefined) return namedLeadReply(result, result.named);
  const which = result.statuses.join(' or ');
  const campaign = result.campaign;
  // A campaign's leads are its open ones unless a follow-up asked for others ("which ones converted?").
  const open = ['new', 'working', 'qualified'].every((status) => result.statuses.includes(status as never));
  const source = result.source;
  const scope = campaign
    ? `${open ? 'open' : which} leads from ${campaign.name}`
    : source
      ? `${open ? 'open' : which} ${source.name} leads`
      : `${which} leads`;
  const record = campaign
    ? `${campaign.name} brought ${campaign.leads} lead${campaign.leads === 1 ? '' : 's'}${cameIn(result, period)}: ${campaign.converted} converted, ${campaign.disqualified} disqualified, ${campaign.open} open.`
    : source
      ? `${source.leads} ${source.name} lead${source.leads === 1 ? '' : 's'}${cameIn(result, period)}: ${source.converted} converted, ${source.disqualified} disqualified, ${source.open} open.`
      : '';
  const others = campaign?.alsoMatching.length
    ? ` (Also matching: ${campaign.alsoMatching.join(', ')}.)`
    : '';
  if (result.statuses.every((status) => status === 'converted' || status === 'disqualified'))
    return resolvedLeadsReply(result, scope, record, others);
  if (!result.leads.length) {
    return {
      title: campaign
        ? campaign.name
        : source
          ? `${capitalized(source.name)} leads`
          : 'Leads most likely to convert',
      text: [
        `${[record, `There are no ${scope} you can see to score.`].filter(Boolean).join(' ')}${others}`,
        ...resolvedLines(result.resolved ?? []),
      ].join('\n'),
    };
  }
  const items: ReplyListItem[] = result.leads.map((lead) => ({
    title: `${lead.name}${lead.company ? ` (${lead.company})` : ''}`,
    subtitle: [
      `${lead.status} · via ${lead.source}${lead.campaign && !campaign ? ` · ${lead.campaign}` : ''}`,
      lead.reasons.length ? `why: ${lead.reasons.join(', ')}` : '',
      lead.against.length ? `against: ${lead.against.join(', ')}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
    value: formatPercent(lead.probability),
  }));
  const shown =
    result.leads.length < result.considered
      ? `the ${result.leads.length} most likely to convert of ${result.considered} ${scope}`
      : `${result.considered} ${scope}, most likely to convert first`;
  const base =
    result.baseRate !== undefined
      ? ` (of the leads resolved so far, ${formatPercent(result.baseRate)} converted)`
      : '';
  return {
    title: campaign
      ? `${campaign.name}: conversion scores`
      : source
        ? `${capitalized(source.name)} leads: conversion scores`
        : 'Leads most likely to convert',
    text: [
      record,
      `Conversion chance of ${shown}${base}:`,
      ...items.map((item) => `• ${item.title} — ${item.value}: ${item.subtitle}`),
      ...resolvedLines(result.resolved ?? []),
    ]
      .filter(Boolean)
      .join('\n')
      .concat(others),
    lists: [{ title: 'Conversion chance', items }],
    facts: [{ label: 'Model', value: `lead-score ${result.modelVersion ?? ''}` }],
  };
}

/** At most this many names of a campaign's converted or disqualified leads beside its open ones. */
const RESOLVED_NAMED = 10;

/** "Converted (2): Ana Ruiz (Fabrikam), …" and "Disqualified (1): …", beside a campaign's open leads. */
function resolvedLines(resolved: readonly ResolvedLead[]): string[] {
  return (['converted', 'disqualified'] as const).flatMap((status) => {
    const of = resolved.filter((lead) => lead.status === status);
    if (!of.length) return [];
    const names = of.slice(0, RESOLVED_NAMED).map(leadName);
    const more = of.length > RESOLVED_NAMED ? ` and ${of.length - RESOLVED_NAMED} more` : '';
    return [
      `${status === 'converted' ? 'Converted' : 'Disqualified'} (${of.length}): ${names.join(', ')}${more}.`,
    ];
  });
}

function capitalized(text: string): string {
  return text.replace(/^./, (c) => c.toUpperCase());
}

function leadName(lead: { name: string; company?: string }): string {
  return `${lead.name}${lead.company ? ` (${lead.company})` : ''}`;
}

/**
 * Leads already converted or disqualified, newest first, without a chance to convert: "Disqualified
 * leads from Pricing guide 2026 (1), newest first: • Robert Murphy (Tidewater) — via web".
 */
function resolvedLeadsReply(
  result: LeadConversionResult,
  scope: string,
  record: string,
  others: string,
): Reply {
  const title = scope.replace(/^./, (c) => c.toUpperCase());
  if (!result.leads.length)
    return {
      title,
      text: `${[record, `There are no ${scope} you can see.`].filter(Boolean).join(' ')}${others}`,
    };
  const items: ReplyListItem[] = result.leads.map((lead) => ({
    title: leadName(lead),
    subtitle: `${lead.status} · via ${lead.source}${lead.campaign && !result.campaign ? ` · ${lead.campaign}` : ''}`,
  }));
  const shown =
    result.leads.length < result.considered
      ? `the ${result.leads.length} newest of ${result.considered} ${scope}`
      : `${title} (${result.considered}), newest first`;
  return {
    title,
    text: [
      record,
      `${shown.replace(/^./, (c) => c.toUpperCase())}:`,
      ...items.map((item) => `• ${item.title} — ${item.subtitle}`),
    ]
      .filter(Boolean)
      .join('\n')
      .concat(others),
    lists: [{ title, items }],
  };
}

/** "Hugo Andersson (Nordlys AS): 34% chance to convert — working · via web · why: …", one line a lead of that name. */
function namedLeadReply(result: LeadConversionResult, named: string): Reply {
  if (!result.leads.length)
    return { title: 'Lead conversion', text: `I couldn't find a lead named "${named}" that you can see.` };
  const lines = result.leads.map((lead) => {
    const why = [
      lead.reasons.length ? `why: ${lead.reasons.join(', ')}` : '',
      lead.against.length ? `against: ${lead.against.join(', ')}` : '',
    ].filter(Boolean);
    const resolved = lead.status === 'converted' || lead.status === 'disqualified';
    return (
      `${lead.name}${lead.company ? ` (${lead.company})` : ''}: ${formatPercent(lead.probability)} chance to convert` +
      `${resolved ? ` by the model (the lead is already ${lead.status})` : ''} — ${lead.status} · via ${lead.source}` +
      `${lead.campaign ? ` · ${lead.campaign}` : ''}${why.length ? ` · ${why.join(' · ')}` : ''}`
    );
  });
  return {
    title: 'Lead conversion',
    text: lines.join('\n'),
    facts: [{ label: 'Model', value: `lead-score ${result.modelVersion ?? ''}` }],
  };
}
