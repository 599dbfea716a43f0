// Test helpers the web libs share (specs only: nothing here is part of the app's bundle).
export * from './stub-api';
export * from './with-providers';
