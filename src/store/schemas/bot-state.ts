import { Schema, schemaOptions } from './common';
import type { Timestamps } from '../../vocabulary';

/**
 * One bot state record (conversation or user state) under its storage key. `data` is the state as
 * JSON text, so keys the dialogs choose (including `$` or `.`) never collide with query syntax.
 */
export interface BotStateRecord extends Timestamps {
  _id: string;
  eTag: string;
  data: string;
}

export const botStateSchema = new Schema<BotStateRecord>(
  {
    _id: { type: String, required: true },
    eTag: { type: String, required: true },
    data: { type: String, required: true },
  },
  schemaOptions,
);
