import { isOpenStage } from '../../vocabulary';
import type { CrmRecords, DealRecord, LeadRecord } from './crm-records';
import type { FeatureColumn, FeatureTable } from './feature-table';

/** A feature value as computed from CRM records: a number, a category, or null when unknown. */
export type CrmFeatureValue = number | string | null;
export type CrmFeatureRow = Record<string, CrmFeatureValue>;

/** One input of the lead-score models: its column kind and how to say a value in a rep's words. */
export interface CrmFeatureSpec {
  name: string;
  kind: 'numeric' | 'categorical';
  description: string;
  phrase(value: CrmFeatureValue, row: CrmFeatureRow): string;
}

const DAY = 86_400_000;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const days = (value: CrmFeatureValue) => Math.round(Number(value));

/** The deal model's inputs (as of a moment: the present for open deals, a point in the life of closed ones). */
export const DEAL_FEATURES: readonly CrmFeatureSpec[] = [
  {
    name: 'stage',
    kind: 'categorical',
    description: 'current stage',
    phrase: (v) => `stage: ${String(v).replace(/_/g, ' ')}`,
  },
  {
    name: 'days_in_stage',
    kind: 'numeric',
    description: 'days since the last stage change',
    phrase: (v, row) =>
      `${plural(days(v), 'day')} in ${String(row.stage ?? 'this stage').replace(/_/g, ' ')}`,
  },
  {
    name: 'deal_age_days',
    kind: 'numeric',
    description: 'days since the deal was created',
    phrase: (v) => `open for ${plural(days(v), 'day')}`,
  },
  {
    name: 'deal_type',
    kind: 'categorical',
    description: 'new business, upsell or renewal',
    phrase: (v) => `${String(v).replace(/_/g, ' ')} deal`,
  },
  {
    name: 'source',
    kind: 'categorical',
    description: 'where the deal came from',
    phrase: (v) => (v === null ? 'no source recorded' : `source: ${v}`),
  },
  {
    name: 'amount_vs_typical',
    kind: 'numeric',
    description: 'amount divided by the median amount of deals in the same currency',
    phrase: (v) => {
      const ratio = Number(v);
      if (v === null) return 'amount unknown';
      if (ratio >= 1.5) return `amount ${ratio.toFixed(1)}x a typical deal`;
      if (ratio <= 0.67)
        return `amount ${ratio < 0.1 ? 'a small fraction' : `${Math.round(ratio * 100)}%`} of a typical deal`;
      return 'typical deal size';
    },
  },
  {
    name: 'industry',
    kind: 'categorical',
    description: "the account's industry",
    phrase: (v) => (v === null ? 'industry unknown' : `industry: ${v}`),
  },
  {
    name: 'company_size',
    kind: 'categorical',
    description: "the account's size band (employees)",
    phrase: (v) => (v === null ? 'company size unknown' : `${v} employees`),
  },
  {
    name: 'region',
    kind: 'categorical',
    description: "the account's region",
    phrase: (v) => (v === null ? 'region unknown' : `region: ${v}`),
  },
  {
    name: 'contacts',
    kind: 'numeric',
    description: 'contacts known at the account',
    phrase: (v) => `${plural(days(v), 'contact')} at the account`,
  },
  {
    name: 'champion',
    kind: 'categorical',
    description: 'a contact with buying role champion',
    phrase: (v) => (v === 'yes' ? 'a champion at the account' : 'no champion at the account'),
  },
  {
    name: 'decision_maker',
    kind: 'categorical',
    description: 'a contact with buying role decision maker',
    phrase: (v) => (v === 'yes' ? 'the decision maker is known' : 'no decision maker known'),
  },
  {
    name: 'meetings',
    kind: 'numeric',
    description: 'meetings logged on the deal',
    phrase: (v) => (Number(v) ? `${plural(days(v), 'meeting')} on the deal` : 'no meetings on the deal yet'),
  },
  {
    name: 'meetings_30d',
    kind: 'numeric',
    description: 'meetings in the last 30 days',
    phrase: (v) =>
      Number(v) ? `${plural(days(v), 'meeting')} in the last 30 days` : 'no meetings in the last 30 days',
  },
  {
    name: 'calls',
    kind: 'numeric',
    description: 'calls logged on the deal',
    phrase: (v) => (Number(v) ? `${plural(days(v), 'call')} on the deal` : 'no calls on the deal yet'),
  },
  {
    name: 'emails',
    kind: 'numeric',
    description: 'emails logged on the deal',
    phrase: (v) => `${plural(days(v), 'email')} on the deal`,
  },
  {
    name: 'days_since_last_touch',
    kind: 'numeric',
    description: 'days since the last meeting or call on the deal',
    phrase: (v) =>
      v === null
        ? 'no meeting or call yet'
        : days(v) === 0
          ? 'a meeting or call today'
          : `last meeting or call ${plural(days(v), 'day')} ago`,
  },
  {
    name: 'won_before',
    kind: 'numeric',
    description: 'earlier deals won with the account',
    phrase: (v) =>
      Number(v) ? `${plural(days(v), 'earlier win')} with the account` : 'no earlier win with the account',
  },
];

/** The lead model's inputs. */
export const LEAD_FEATURES: readonly CrmFeatureSpec[] = [
  {
    name: 'source',
    kind: 'categorical',
    description: 'where the lead came from',
    phrase: (v) => `came in via ${v}`,
  },
  {
    name: 'seniority',
    kind: 'categorical',
    description: 'senior title (C-level, VP, head, director) or not',
    phrase: (v) =>
      v === 'senior' ? 'senior title' : v === null ? 'no title recorded' : 'not a senior title',
  },
  {
    name: 'touches',
    kind: 'numeric',
    description: 'interactions logged with the lead',
    phrase: (v) =>
      Number(v) ? `${days(v)} ${days(v) === 1 ? 'touch' : 'touches'} logged` : 'no touches logged yet',
  },
  {
    name: 'email_type',
    kind: 'categorical',
    description: 'company or free-mail address',
    phrase: (v) =>
      v === null ? 'no email address' : v === 'company' ? 'company email address' : 'free-mail address',
  },
  {
    name: 'has_company',
    kind: 'categorical',
    description: 'company name given',
    phrase: (v) => (v === 'yes' ? 'company name given' : 'no company name'),
  },
  {
    name: 'has_phone',
    kind: 'categorical',
    description: 'phone number given',
    phrase: (v) => (v === 'yes' ? 'phone number given' : 'no phone number'),
  },
  {
    name: 'industry',
    kind: 'categorical',
    description: "the lead's company's industry",
    phrase: (v) => (v === null ? 'no industry recorded' : `industry: ${String(v)}`),
  },
  {
    name: 'employees',
    kind: 'numeric',
    description: "the lead's company's head count",
    phrase: (v) =>
      v === null ? 'company size unknown' : `company of ${days(v).toLocaleString('en-US')} employees`,
  },
];

const FREE_MAIL =
  /@(gmail|googlemail|yahoo|hotmail|outlook|live|aol|icloud|me|gmx|proton|protonmail|mail|yandex|web)\./i;
const SENIOR =
  /\b(ceo|coo|cfo|cto|cio|cmo|chief|vp|vice president|head|director|founder|owner|president|partner)\b/i;

/** Median deal amount per currency (the scale `amount_vs_typical` divides by). */
export function typicalAmounts(deals: readonly DealRecord[]): Record<string, number> {
  const byCurrency = new Map<string, number[]>();
  for (const deal of deals) {
    const list = byCurrency.get(deal.currency) ?? [];
    list.push(deal.amount);
    byCurrency.set(deal.currency, list);
  }
  return Object.fromEntries([...byCurrency].map(([currency, amounts]) => [currency, median(amounts)]));
}

/** When a deal was created: its first stage change, else its creation time. */
export function dealCreatedAt(deal: DealRecord): Date {
  return deal.stageHistory[0]?.at ?? deal.createdAt ?? deal.closeDate;
}

/** The stage a deal was in at `asOf` (its first stage when asOf precedes the history). */
export function stageAt(deal: DealRecord, asOf: Date): { stage: string; since: Date } {
  let current = deal.stageHistory[0];
  for (const change of deal.stageHistory) if (change.at <= asOf) current = change;
  return current
    ? { stage: current.stage, since: current.at }
    : { stage: deal.stage, since: dealCreatedAt(deal) };
}

/** The deal model's features of one deal as of `asOf` (only what was known then counts). */
export function dealFeatures(
  deal: DealRecord,
  records: CrmRecords,
  asOf: Date,
  typical: Record<string, number>,
): CrmFeatureRow {
  const account = records.accountById.get(deal.accountId);
  const contacts = records.contactsByAccount.get(deal.accountId) ?? [];
  const interactions = (records.interactionsByDeal.get(deal._id) ?? []).filter((i) => i.occurredAt <= asOf);
  const { stage, since } = stageAt(deal, asOf);
  let meetings = 0;
  let recentMeetings = 0;
  let calls = 0;
  let emails = 0;
  let lastTouch: number | null = null;
  for (const interaction of interactions) {
    const at = interaction.occurredAt.getTime();
    if (interaction.type === 'meeting') {
      meetings++;
      if (asOf.getTime() - at <= 30 * DAY) recentMeetings++;
    } else if (interaction.type === 'call') calls++;
    else if (interaction.type === 'email') emails++;
    if (
      (interaction.type === 'meeting' || interaction.type === 'call') &&
      (lastTouch === null || at > lastTouch)
    )
      lastTouch = at;
  }
  let wonBefore = 0;
  for (const other of records.dealsByAccount.get(deal.accountId) ?? []) {
    if (other._id !== deal._id && other.stage === 'closed_won' && other.closedAt && other.closedAt < asOf)
      wonBefore++;
  }
  const scale = typical[deal.currency];
  return {
    stage: isOpenStage(stage) ? stage : 'negotiation',
    days_in_stage: Math.max(0, (asOf.getTime() - since.getTime()) / DAY),
    deal_age_days: Math.max(0, (asOf.getTime() - dealCreatedAt(deal).getTime()) / DAY),
    deal_type: deal.type,
    source: deal.source ?? null,
    amount_vs_typical: scale ? deal.amount / scale : null,
    industry: account?.industry ?? null,
    company_size: account?.size ?? null,
    region: account?.region ?? null,
    contacts: contacts.length,
    champion: contacts.some((c) => c.buyingRole === 'champion') ? 'yes' : 'no',
    decision_maker: contacts.some((c) => c.buyingRole === 'decision_maker') ? 'yes' : 'no',
    meetings,
    meetings_30d: recentMeetings,
    calls,
    emails,
    days_since_last_touch: lastTouch === null ? null : Math.max(0, (asOf.getTime() - lastTouch) / DAY),
    won_before: wonBefore,
  };
}

/** The lead model's features of one lead as of `asOf`. */
export function leadFeatures(lead: LeadRecord, records: CrmRecords, asOf: Date): CrmFeatureRow {
  const touches = (records.interactionsByLead.get(lead._id) ?? []).filter((i) => i.occurredAt <= asOf).length;
  return {
    source: lead.source,
    seniority: lead.title ? (SENIOR.test(lead.title) ? 'senior' : 'other') : null,
    touches,
    email_type: lead.email ? (FREE_MAIL.test(lead.email) ? 'free' : 'company') : null,
    has_company: lead.company ? 'yes' : 'no',
    has_phone: lead.phone ? 'yes' : 'no',
    industry: lead.industry ?? null,
    employees: lead.employees ?? null,
  };
}

/** Feature rows as a learner's table, columns in the order of `specs`. */
export function crmFeatureTable(
  rows: readonly CrmFeatureRow[],
  specs: readonly CrmFeatureSpec[],
): FeatureTable {
  const columns = specs.map((spec): FeatureColumn => {
    if (spec.kind === 'numeric') {
      return {
        name: spec.name,
        kind: 'numeric',
        values: Float64Array.from(rows, (row) =>
          row[spec.name] === null || row[spec.name] === undefined ? Number.NaN : Number(row[spec.name]),
        ),
      };
    }
    const levels: string[] = [];
    const codeOf = new Map<string, number>();
    const codes = Int32Array.from(rows, (row) => {
      const value = row[spec.name];
      if (value === null || value === undefined) return -1;
      const key = String(value);
      let code = codeOf.get(key);
      if (code === undefined) {
        code = levels.length;
        levels.push(key);
        codeOf.set(key, code);
      }
      return code;
    });
    return { name: spec.name, kind: 'categorical', codes, levels };
  });
  return { rowCount: rows.length, columns };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
