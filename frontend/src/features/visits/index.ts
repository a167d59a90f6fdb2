export { VisitBookPage } from './components/VisitBookPage';
export { VisitDeskPage } from './components/VisitDeskPage';
export { VisitDetailPage } from './components/VisitDetailPage';
