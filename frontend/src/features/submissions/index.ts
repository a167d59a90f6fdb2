export { SubmissionsPage } from './components/SubmissionsPage';
export { SubmissionDetailPage } from './components/SubmissionDetailPage';
export { ReviewQueuePage } from './components/ReviewQueuePage';
export { ConsolidationPage } from './components/ConsolidationPage';
export { PeriodKindsPage } from './components/PeriodKindsPage';
