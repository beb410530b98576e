/**
 * The CRM vocabulary: record types, stages, regions, interaction types, roles and name keys, without
 * mongoose, so every layer can speak of CRM records without depending on the store.
 */
export * from './common';
export * from './countries';
export * from './account';
export * from './case';
export * from './case-sla';
export * from './case-topics';
export * from './contact';
export * from './conversation';
export * from './deal';
export * from './interaction';
export * from './lead';
export * from './order';
export * from './product';
export * from './task';
export * from './user';
export * from './named-record';
export * from './record-query';
export * from './number-words';
export * from './job-titles';
