import type { Schema } from 'mongoose';
import { accountSchema, type Account } from './account';
import { botStateSchema, type BotStateRecord } from './bot-state';
import { contactSchema, type Contact } from './contact';
import { conversationSchema, type Conversation } from './conversation';
import { dealSchema, type Deal } from './deal';
import { interactionSchema, type Interaction } from './interaction';
import { leadSchema, type Lead } from './lead';
import { metaSchema, type MetaRecord } from './meta';
import { orderSchema, type Order } from './order';
import { productSchema, type Product } from './product';
import { taskSchema, type Task } from './task';
import { userSchema, type User } from './user';

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
  conversations: Conversation;
  botState: BotStateRecord;
  meta: MetaRecord;
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
  conversations: { modelName: 'Conversation', schema: conversationSchema },
  botState: { modelName: 'BotState', schema: botStateSchema },
  meta: { modelName: 'Meta', schema: metaSchema },
};

export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

export * from './account';
export * from './bot-state';
export * from './common';
export * from './contact';
export * from './conversation';
export * from './deal';
export * from './interaction';
export * from './lead';
export * from './meta';
export * from './order';
export * from './product';
export * from './task';
export * from './user';
