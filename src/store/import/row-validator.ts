import mongoose from 'mongoose';
import { invalidDocumentError } from '../document-errors';
import { COLLECTIONS, type CollectionName } from '../schemas';
import type { AnyModel } from '../store';

/**
 * Checks import rows against the same mongoose schemas the store validates with, before anything is
 * written, so each bad row can be reported with its reason (the store would only fail the whole write).
 */
export class RowValidator {
  private readonly models = new Map<CollectionName, AnyModel>();
  private readonly instance = new mongoose.Mongoose();

  constructor() {
    this.instance.set('autoIndex', false);
    this.instance.set('autoCreate', false);
    this.instance.set('bufferCommands', false);
  }

  /** The schema problems of `document` as "field: message" lines; empty when it is valid. */
  async problems(collection: CollectionName, document: Record<string, unknown>): Promise<string[]> {
    const model = this.modelOf(collection);
    try {
      await new model(document).validate();
      return [];
    } catch (error) {
      const issues = invalidDocumentError(collection, error)?.details?.issues;
      return Array.isArray(issues) ? (issues as string[]) : [(error as Error).message];
    }
  }

  private modelOf(collection: CollectionName): AnyModel {
    let model = this.models.get(collection);
    if (!model) {
      const { modelName, schema } = COLLECTIONS[collection];
      model = this.instance.model(modelName, schema, collection) as unknown as AnyModel;
      this.models.set(collection, model);
    }
    return model;
  }
}
