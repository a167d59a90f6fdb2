export { InspectionsPage } from './components/InspectionsPage';
export { RecognitionsPage } from './components/RecognitionsPage';
