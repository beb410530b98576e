import { Schema } from 'mongoose';
import { newId } from '../../core/ids';

/** String ids shaped like ObjectIds: identical in MongoDB and the embedded engine, and JSON-safe. */
export const idField = { type: String, default: () => newId() } as const;

/** A reference to another collection's document by its string id. */
export const ref = (model: string, required = false) =>
  ({ type: String, ref: model, required, index: false }) as const;

/** Options every CRM schema shares: no `__v`, createdAt/updatedAt kept by the engine, unknown fields dropped. */
export const schemaOptions = { versionKey: false, timestamps: true, strict: true } as const;

/** ISO 4217 codes are three capital letters. */
export const currencyField = {
  type: String,
  default: 'USD',
  match: [/^[A-Z]{3}$/, 'currency must be a three-letter ISO 4217 code such as USD'],
} as const;

export { Schema };
