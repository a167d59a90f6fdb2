export { PetitionDetailPage } from './components/PetitionDetailPage';
export { PetitionNewPage } from './components/PetitionNewPage';
export { PetitionsPage } from './components/PetitionsPage';
