import { Schema, schemaOptions } from './common';
import type { Timestamps } from '../../vocabulary';

/** Store-level facts (which demo data was loaded, schema version) as small keyed documents. */
export interface MetaRecord extends Timestamps {
  _id: string;
  value: Record<string, unknown>;
}

export const metaSchema = new Schema<MetaRecord>(
  {
    _id: { type: String, required: true },
    value: { type: Schema.Types.Mixed, required: true },
  },
  { ...schemaOptions, minimize: false },
);
