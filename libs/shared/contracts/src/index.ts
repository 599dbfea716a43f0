export * from './errors';
export * from './i18n';
export * from './health';
export * from './catalog';
export * from './indicators';
