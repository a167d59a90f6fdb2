export { FormViewerPage } from './components/FormViewerPage';
