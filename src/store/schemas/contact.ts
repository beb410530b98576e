import { Schema, idField, schemaOptions } from './common';
import { CONTACT_CHANNELS, type Contact, emailPattern } from '../../vocabulary';

export const contactSchema = new Schema<Contact>(
  {
    _id: idField,
    accountId: { type: String, ref: 'Account', required: true },
    firstName: { type: String, required: true, trim: true },
    lastName: { type: String, required: true, trim: true },
    nameKey: { type: String, required: true },
    email: { type: String, lowercase: true, trim: true, match: emailPattern },
    phone: {
      type: String,
      trim: true,
      match: [/^\+?[0-9 ().-]{7,20}$/, 'phone must be digits, spaces, +, -, (, )'],
    },
    title: { type: String, trim: true },
    buyingRole: { type: String, enum: ['champion', 'decision_maker', 'influencer', 'user', 'blocker'] },
    primary: { type: Boolean, default: false },
    leftAt: { type: Date },
    preferredChannel: { type: String, enum: CONTACT_CHANNELS },
    preferredLanguage: {
      type: String,
      trim: true,
      match: [
        /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/,
        'preferred language must be a language tag such as en, de or pt-BR',
      ],
    },
    emailOptOut: { type: Boolean },
    phoneOptOut: { type: Boolean },
  },
  schemaOptions,
);
contactSchema.index({ accountId: 1 });
contactSchema.index({ email: 1 });
contactSchema.index({ nameKey: 1 });
// Lets name caches notice any change to contacts cheaply (latest update first).
contactSchema.index({ updatedAt: -1 });
