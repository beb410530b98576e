import type { Schema } from 'mongoose';
import type {
  Account,
  Case,
  Contact,
  Conversation,
  Deal,
  Interaction,
  Lead,
  Order,
  Product,
  Task,
  TranscriptTurn,
  User,
} from '../../vocabulary';
import type {
  DigestDelivery,
  DigestSnapshot,
  DigestSubscription,
  SalesTarget,
} from '../../vocabulary/digest';
import type { Audience } from '../../vocabulary/audience';
import { accountSchema } from './account';
import { agentCheckpointSchema, type AgentCheckpointRecord } from './agent-checkpoint';
import { audienceSchema } from './audience';
import { auditEntrySchema, type AuditEntryRecord } from './audit-entry';
import { botStateSchema, type BotStateRecord } from './bot-state';
import { caseSchema } from './case';
import { contactSchema } from './contact';
import {
  digestDeliverySchema,
  digestSnapshotSchema,
  digestSubscriptionSchema,
  salesTargetSchema,
} from './digest';
import { conversationReferenceSchema, type ConversationReferenceRecord } from './conversation-reference';
import { conversationSchema } from './conversation';
import { dealSchema } from './deal';
import { interactionSchema } from './interaction';
import { leadSchema } from './lead';
import { metaSchema, type MetaRecord } from './meta';
import { orderSchema } from './order';
import { productSchema } from './product';
import { taskSchema } from './task';
import { transcriptTurnSchema } from './transcript-turn';
import { userSchema } from './user';

/** The document type stored in each collection. */
export interface CollectionTypes {
  users: User;
  accounts: Account;
  contacts: Contact;
  leads: Lead;
  deals: Deal;
  interactions: Interaction;
  products: Product;
  orders: Order;
  tasks: Task;
  cases: Case;
  conversations: Conversation;
  transcriptTurns: TranscriptTurn;
  botState: BotStateRecord;
  meta: MetaRecord;
  agentCheckpoints: AgentCheckpointRecord;
  conversationReferences: ConversationReferenceRecord;
  auditEntries: AuditEntryRecord;
  digestSubscriptions: DigestSubscription;
  salesTargets: SalesTarget;
  digestDeliveries: DigestDelivery;
  digestSnapshots: DigestSnapshot;
  audiences: Audience;
}

export type CollectionName = keyof CollectionTypes;

/** Every collection of the data model: its mongoose model name and schema. */
export const COLLECTIONS: { readonly [K in CollectionName]: { modelName: string; schema: Schema } } = {
  users: { modelName: 'User', schema: userSchema },
  accounts: { modelName: 'Account', schema: accountSchema },
  contacts: { modelName: 'Contact', schema: contactSchema },
  leads: { modelName: 'Lead', schema: leadSchema },
  deals: { modelName: 'Deal', schema: dealSchema },
  interactions: { modelName: 'Interaction', schema: interactionSchema },
  products: { modelName: 'Product', schema: productSchema },
  orders: { modelName: 'Order', schema: orderSchema },
  tasks: { modelName: 'Task', schema: taskSchema },
  cases: { modelName: 'Case', schema: caseSchema },
  conversations: { modelName: 'Conversation', schema: conversationSchema },
  transcriptTurns: { modelName: 'TranscriptTurn', schema: transcriptTurnSchema },
  botState: { modelName: 'BotState', schema: botStateSchema },
  meta: { modelName: 'Meta', schema: metaSchema },
  agentCheckpoints: { modelName: 'AgentCheckpoint', schema: agentCheckpointSchema },
  conversationReferences: { modelName: 'ConversationReference', schema: conversationReferenceSchema },
  auditEntries: { modelName: 'AuditEntry', schema: auditEntrySchema },
  digestSubscriptions: { modelName: 'DigestSubscription', schema: digestSubscriptionSchema },
  salesTargets: { modelName: 'SalesTarget', schema: salesTargetSchema },
  digestDeliveries: { modelName: 'DigestDelivery', schema: digestDeliverySchema },
  digestSnapshots: { modelName: 'DigestSnapshot', schema: digestSnapshotSchema },
  audiences: { modelName: 'Audience', schema: audienceSchema },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export * from './agent-checkpoint';
export * from './audit-entry';
export * from './bot-state';
export * from './common';
export * from './conversation-reference';
export * from './meta';
