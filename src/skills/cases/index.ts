export { openCase } from './open-case';
export { updateCase, type UpdatedCase } from './update-case';
export { listCases, CASE_LIST_SCOPES, type CaseList } from './list-cases';
export type { CaseView } from '../shared/case-views';
export { caseMetrics, CASE_MEASURES, type CaseMetrics } from './case-metrics';
