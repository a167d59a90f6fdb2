export { CaseDetailPage } from './components/CaseDetailPage';
export { CasesPage } from './components/CasesPage';
export { OverduePage } from './components/OverduePage';
