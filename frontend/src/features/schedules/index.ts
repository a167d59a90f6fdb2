export { CompliancePage } from './components/CompliancePage';
export { PublicSchedulePage } from './components/PublicSchedulePage';
export { SchedulesPage } from './components/SchedulesPage';
export { SessionsPage } from './components/SessionsPage';
export { TodayPage } from './components/TodayPage';
