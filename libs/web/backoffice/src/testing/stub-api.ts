// One stub of fetch for every web lib's specs: it lives in web-shared's testing entry.
export { failure, networkDown, Reply, stubApi, type SentRequest } from '@shanhai/web/shared/testing';
