import type {
  Case,
  CaseHistoryEntry,
  Deal,
  Interaction,
  Order,
  OrderLine,
  StageChange,
} from '../../../vocabulary';
import { arrayColumns, field, idColumn, timestampColumns, type RecordColumn } from './column';

/** The columns of exported deals (stage history flattened), in their stable order. */
export const DEAL_COLUMNS: readonly RecordColumn<Deal>[] = [
  idColumn('deal', '656dd2644a6051af3534a803'),
  field('name', 'string', 'Deal name', 'Initech renewal 2025'),
  field('accountId', 'string', 'The account (accounts.id)', '680ce5d14ead3545b1566565'),
  field('contactId', 'string', 'The main contact (contacts.id)', '684abaffd33fbe81a9649e1f'),
  field('ownerId', 'string', 'The rep who owns the deal (users.id)', '6494e0801caa8c87cc9b8d69'),
  field(
    'stage',
    'string',
    'prospecting, qualification, proposal, negotiation, closed_won or closed_lost',
    'proposal',
  ),
  field('amount', 'number', 'Amount in the deal currency', '48000'),
  field('currency', 'string', 'ISO 4217 currency code', 'USD'),
  field(
    'closeDate',
    'timestamp',
    'Expected (open) or actual (closed) close date',
    '2025-09-30T00:00:00.000Z',
  ),
  field('probability', 'number', "Win probability in percent, the rep's or the stage's (0-100)", '40'),
  field('forecastCategory', 'string', 'pipeline, best_case, commit, closed or omitted', 'best_case'),
  field('type', 'string', 'new_business, upsell or renewal', 'renewal'),
  field('source', 'string', 'Where the deal came from', 'referral'),
  field('closedAt', 'timestamp', 'When it was won or lost', '2025-09-12T14:00:00.000Z'),
  field('lostReason', 'string', 'Why it was lost', 'price'),
  ...arrayColumns<Deal, StageChange>(
    'stageHistory',
    (deal) => deal.stageHistory,
    [
      { name: 'stage', type: 'string', meaning: 'The stage moved into', example: 'prospecting' },
      { name: 'at', type: 'timestamp', meaning: 'When', example: '2025-04-01T09:00:00.000Z' },
    ],
    'stage changes',
  ),
  ...timestampColumns<Deal>('deal'),
];

/** The columns of exported interactions, in their stable order. */
export const INTERACTION_COLUMNS: readonly RecordColumn<Interaction>[] = [
  idColumn('interaction', '6571b3c09a8e4f2b3c4d5e6f'),
  field('type', 'string', 'call, email, meeting, note or chat', 'call'),
  field('accountId', 'string', 'The account (accounts.id)', '680ce5d14ead3545b1566565'),
  field('contactId', 'string', 'The person at the account (contacts.id)', '684abaffd33fbe81a9649e1f'),
  field('dealId', 'string', 'The deal it was about (deals.id)', '656dd2644a6051af3534a803'),
  field('leadId', 'string', 'The lead it was with (leads.id)', '65f1c2a07d3e4b9a1c2d3e4f'),
  field('userId', 'string', 'The team member who had it (users.id)', '6494e0801caa8c87cc9b8d69'),
  field('direction', 'string', 'inbound or outbound', 'outbound'),
  field('occurredAt', 'timestamp', 'When it happened', '2025-06-03T15:30:00.000Z'),
  field('summary', 'string', 'What was said or done', 'Discussed renewal terms'),
  field('durationMinutes', 'integer', 'Length in minutes (calls, meetings)', '30'),
  field('sentiment', 'number', 'Sentiment of the summary, -1 (negative) to 1 (positive)', '0.42'),
  ...timestampColumns<Interaction>('interaction'),
];

/** The columns of exported orders (lines flattened), in their stable order. */
export const ORDER_COLUMNS: readonly RecordColumn<Order>[] = [
  idColumn('order', '6580d1e2f3a4b5c6d7e8f901'),
  field('orderNumber', 'string', 'Order number in the source system', 'SO-2025-00123'),
  field('accountId', 'string', 'The buying account (accounts.id)', '680ce5d14ead3545b1566565'),
  field('customerRef', 'string', "The buyer's id in the source system when not a CRM account", 'C-17850'),
  field('orderedAt', 'timestamp', 'When it was ordered', '2025-02-11T08:45:00.000Z'),
  field('status', 'string', 'placed, shipped, cancelled or returned', 'shipped'),
  field('currency', 'string', 'ISO 4217 currency code', 'EUR'),
  field('country', 'string', 'Country shipped to', 'DE'),
  field('total', 'number', 'Sum of quantity x unit price over the lines', '1299.5'),
  ...arrayColumns<Order, OrderLine>(
    'lines',
    (order) => order.lines,
    [{ name: 'sku', type: 'string', meaning: 'Product SKU', example: 'CRM-PRO-SEAT' }],
    'order lines',
    [{ name: 'quantity', type: 'number', meaning: 'Units (a return is negative)', example: '12' }],
  ),
  ...timestampColumns<Order>('order'),
];

/** The columns of exported support cases (history flattened), in their stable order. */
export const CASE_COLUMNS: readonly RecordColumn<Case>[] = [
  idColumn('case', '66a0b1c2d3e4f5a6b7c8d9e0'),
  field('number', 'integer', 'The case number people say ("case 1042")', '1042'),
  field('subject', 'string', 'What is wrong, in a line', 'Login fails for all users'),
  field('description', 'string', 'The details', 'Since the SSO change no one can sign in'),
  field('status', 'string', 'open, pending, resolved or closed', 'open'),
  field('priority', 'string', 'low, normal, high or urgent', 'high'),
  field('accountId', 'string', 'The customer account (accounts.id)', '680ce5d14ead3545b1566565'),
  field('contactId', 'string', 'The person who reported it (contacts.id)', '684abaffd33fbe81a9649e1f'),
  field('channel', 'string', 'How it came in: email, phone, chat, widget or web', 'email'),
  field('ownerId', 'string', 'The support specialist working on it (users.id)', '6494e0801caa8c87cc9b8d73'),
  field(
    'slaDueAt',
    'timestamp',
    'When the response or resolution is due under the SLA',
    '2025-07-01T12:00:00.000Z',
  ),
  field('resolution', 'string', 'How it was resolved', 'Fixed by password reset'),
  field('resolvedAt', 'timestamp', 'When it was resolved', '2025-07-01T10:20:00.000Z'),
  ...arrayColumns<Case, CaseHistoryEntry>(
    'history',
    (record) => record.history,
    [
      {
        name: 'action',
        type: 'string',
        meaning: 'What changed: opened, status, priority, assigned or note',
        example: 'status',
      },
      { name: 'at', type: 'timestamp', meaning: 'When', example: '2025-07-01T10:20:00.000Z' },
    ],
    'history entries',
  ),
  ...timestampColumns<Case>('case'),
];
