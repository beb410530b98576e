import { emailPattern, STAGE_PROBABILITY, type Deal, type DealStage } from '../../vocabulary';
import type { Update } from '../store';
import { documentsByIds, type ImportDraft, type ImportKind } from './import-kind';
import { parseChoice, parseCurrency, parseDate, parseDomain, parseNumber, reject } from './value-parsers';

type DealField =
  | 'name'
  | 'account'
  | 'accountDomain'
  | 'stage'
  | 'amount'
  | 'currency'
  | 'closeDate'
  | 'owner'
  | 'probability'
  | 'type'
  | 'source'
  | 'contact'
  | 'lostReason';

/** Stage names of common CRMs (Salesforce, HubSpot, Pipedrive) mapped onto ours. */
const STAGES: Readonly<Record<string, DealStage>> = {
  prospecting: 'prospecting',
  prospect: 'prospecting',
  lead: 'prospecting',
  new: 'prospecting',
  appointmentscheduled: 'prospecting',
  leadin: 'prospecting',
  qualification: 'qualification',
  qualify: 'qualification',
  qualified: 'qualification',
  qualifiedtobuy: 'qualification',
  needsanalysis: 'qualification',
  iddecisionmakers: 'qualification',
  discovery: 'qualification',
  proposal: 'proposal',
  proposalpricequote: 'proposal',
  presentationscheduled: 'proposal',
  valueproposition: 'proposal',
  perceptionanalysis: 'proposal',
  quote: 'proposal',
  proposalmade: 'proposal',
  negotiation: 'negotiation',
  negotiationreview: 'negotiation',
  contractsent: 'negotiation',
  decisionmakerboughtin: 'negotiation',
  commit: 'negotiation',
  closedwon: 'closed_won',
  won: 'closed_won',
  win: 'closed_won',
  closedlost: 'closed_lost',
  lost: 'closed_lost',
  loss: 'closed_lost',
};
const FORECAST: Readonly<Record<DealStage, Deal['forecastCategory']>> = {
  prospecting: 'pipeline',
  qualification: 'pipeline',
  proposal: 'best_case',
  negotiation: 'commit',
  closed_won: 'closed',
  closed_lost: 'omitted',
};
const TYPES: Readonly<Record<string, Deal['type']>> = {
  newbusiness: 'new_business',
  new: 'new_business',
  newcustomer: 'new_business',
  upsell: 'upsell',
  expansion: 'upsell',
  crosssell: 'upsell',
  existingbusiness: 'upsell',
  renewal: 'renewal',
};
const isClosed = (stage: DealStage) => stage === 'closed_won' || stage === 'closed_lost';

/** Deals: account + stage + amount + close date needed; matched by name within the account; a stage change is added to the history. */
export const dealImport: ImportKind<DealField> = {
  collection: 'deals',
  columns: [
    { field: 'name', names: ['name', 'deal name', 'deal', 'opportunity name', 'opportunity', 'title'] },
    {
      field: 'account',
      names: ['account', 'account name', 'company', 'company name', 'organization', 'organisation'],
    },
    { field: 'accountDomain', names: ['account domain', 'domain', 'company domain', 'website'] },
    { field: 'stage', names: ['stage', 'deal stage', 'sales stage', 'status', 'pipeline stage'] },
    {
      field: 'amount',
      names: ['amount', 'value', 'deal value', 'deal amount', 'opportunity amount', 'total'],
    },
    { field: 'currency', names: ['currency', 'currency code', 'amount currency'] },
    {
      field: 'closeDate',
      names: ['close date', 'expected close date', 'closing date', 'close', 'closed date'],
    },
    {
      field: 'owner',
      names: ['owner', 'owner email', 'deal owner', 'opportunity owner', 'sales rep', 'rep'],
    },
    { field: 'probability', names: ['probability', 'probability %', 'win probability', 'deal probability'] },
    { field: 'type', names: ['type', 'deal type', 'opportunity type'] },
    { field: 'source', names: ['source', 'lead source', 'deal source'] },
    { field: 'contact', names: ['contact email', 'contact', 'primary contact'] },
    { field: 'lostReason', names: ['lost reason', 'loss reason', 'closed lost reason'] },
  ],
  required: [['name'], ['account', 'accountDomain'], ['stage'], ['amount'], ['closeDate']],
  needs: { contacts: true, deals: true },

  parseRow(values, row, { directory, now }) {
    const name = values.name ?? reject('name: is required');
    if (!values.account && !values.accountDomain) reject('account: is required');
    const domain = values.accountDomain ? parseDomain(values.accountDomain, 'account domain') : undefined;
    const account = directory.account(values.account, domain);
    const stage = parseChoice(values.stage ?? reject('stage: is required'), 'stage', STAGES, [
      'prospecting',
      'qualification',
      'proposal',
      'negotiation',
      'closed won',
      'closed lost',
    ]);
    const amount = parseNumber(values.amount ?? reject('amount: is required'), 'amount');
    if (amount < 0) reject(`amount: ${amount} is negative`);
    const closeDate = parseDate(values.closeDate ?? reject('close date: is required'), 'close date');
    const ownerId = values.owner ? directory.user(values.owner)._id : account.ownerId;
    if (!ownerId) reject(`owner: none given and account ${account.name} has no owner`);

    const fields: Partial<Deal> = {
      name,
      accountId: account._id,
      ownerId,
      stage,
      amount,
      closeDate,
      forecastCategory: FORECAST[stage],
    };
    if (values.currency) fields.currency = parseCurrency(values.currency);
    if (values.probability)
      fields.probability = parseNumber(values.probability.replace(/%$/, ''), 'probability');
    if (values.type)
      fields.type = parseChoice(values.type, 'type', TYPES, ['new business', 'upsell', 'renewal']);
    if (values.source) fields.source = values.source;
    if (values.lostReason) fields.lostReason = values.lostReason;
    if (values.contact) {
      if (!emailPattern.test(values.contact)) reject(`contact: '${values.contact}' is not an email address`);
      const contact =
        directory.contactByEmail(values.contact) ?? reject(`contact: unknown contact '${values.contact}'`);
      if (contact.accountId !== account._id) reject(`contact: ${values.contact} is not at ${account.name}`);
      fields.contactId = contact._id;
    }
    const document: Partial<Deal> = {
      probability: STAGE_PROBABILITY[stage],
      ...fields,
      stageHistory: [{ stage, at: now, byUserId: ownerId }],
      ...(isClosed(stage) ? { closedAt: closeDate } : {}),
    };
    return {
      key: `${account._id}|${name.toLowerCase()}`,
      label: `deal '${name}' at ${account.name}`,
      document,
      set: { ...fields },
      rows: [row],
    };
  },

  async resolve(drafts: ImportDraft[], { store, directory }) {
    for (const draft of drafts) {
      const found = directory.deal(draft.set.accountId as string, draft.set.name as string);
      if (found) draft.match = found._id;
    }
    return documentsByIds(
      store,
      'deals',
      drafts.flatMap((draft) => (draft.match ? [draft.match] : [])),
    );
  },

  /** Sets the row's fields; a new stage is appended to the history (and closes or reopens the deal). */
  updateOf(draft, existing, { now }): Update {
    const stage = draft.set.stage as DealStage;
    if (stage === existing.stage) return { $set: draft.set };
    const set: Record<string, unknown> = { ...draft.set };
    if (draft.set.probability === undefined) set.probability = STAGE_PROBABILITY[stage];
    const update: Record<string, unknown> = {
      $set: set,
      $push: { stageHistory: { stage, at: now, byUserId: draft.set.ownerId } },
    };
    if (isClosed(stage)) set.closedAt = draft.set.closeDate;
    else if (existing.closedAt) update.$unset = { closedAt: '' };
    return update;
  },
};
