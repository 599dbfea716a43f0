// The two import pages share one chunk: the list leads to an import, an import back to the list.
export { ImportsPage } from './imports-page';
export { ImportPage } from './import-page';
