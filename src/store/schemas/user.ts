import { Schema, idField, schemaOptions } from './common';
import { REGIONS, USER_ROLES, type User, emailPattern } from '../../vocabulary';

export const userSchema = new Schema<User>(
  {
    _id: idField,
    email: { type: String, required: true, lowercase: true, trim: true, match: emailPattern },
    name: { type: String, required: true, trim: true },
    role: { type: String, enum: USER_ROLES, required: true },
    team: { type: String, required: true, trim: true },
    managerId: { type: String, ref: 'User' },
    region: { type: String, enum: REGIONS },
    timezone: { type: String, default: 'UTC' },
    slackUserId: { type: String },
    teamsUserId: { type: String },
    active: { type: Boolean, default: true },
  },
  schemaOptions,
);
userSchema.index({ email: 1 }, { unique: true });
userSchema.index({ slackUserId: 1 }, { unique: true, sparse: true });
userSchema.index({ teamsUserId: 1 }, { unique: true, sparse: true });
userSchema.index({ team: 1, role: 1 });
