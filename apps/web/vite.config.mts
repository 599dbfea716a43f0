/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import { defineConfig, type Alias } from 'vite';
import react from '@vitejs/plugin-react';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');
const apiTarget = `http://127.0.0.1:${process.env['API_PORT'] ?? '3000'}`;

// The tsconfig path aliases (`@shanhai/...` → a lib's index.ts), read from the one place they are declared.
function workspaceAliases(): Alias[] {
  const tsconfig = JSON.parse(readFileSync(resolve(workspaceRoot, 'tsconfig.base.json'), 'utf8')) as {
    compilerOptions: { paths: Record<string, string[]> };
  };
  return Object.entries(tsconfig.compilerOptions.paths).map(([name, [target]]) => ({
    find: new RegExp(`^${name.replace(/[/.]/g, '\\$&')}$`),
    replacement: resolve(workspaceRoot, target),
  }));
}

// Chunks. `vendor`, the shell: React, the router, i18n, TanStack Query and the shared libs change
// rarely: one long-cached chunk, which also gzips smaller than several. What only the pages that
// change things use is kept out of it, so the catalogue pages never download it:
// `cart-actions` (mutations, sending, the quantity stepper: the product page's "add to cart" and
// the cart) and `forms` (zod, ~23 KiB gzipped, with the contract modules that build request
// schemas from it: sign-in and checkout). English messages stay lazy chunks of their own.
// `stripe` (Stripe's React bindings and loader, with prop-types, which they need) goes only with
// the order page's Stripe payment form, which that page imports lazily for an unpaid Stripe order.
const CART_ACTIONS =
  /\/@tanstack\/(query-core|react-query)\/build\/modern\/(mutationObserver|useMutation)\.js$|\/libs\/web\/shared\/src\/(api\/api-send|ui\/quantity-stepper)\.tsx?$/;
const FORMS = /\/node_modules\/zod\/|\/libs\/shared\/contracts\/src\/(identity|addresses|cart|orders)\.ts$/;
const STRIPE = /\/node_modules\/(@stripe\/(react-)?stripe-js|prop-types|object-assign)\//;
const VENDOR = /node_modules|\/libs\/shared\/|\/libs\/web\/shared\/|vite\/preload-helper/;
const ENGLISH_MESSAGES = /-en\.ts$/;

const proxy = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/media': { target: apiTarget, changeOrigin: false },
};

export default defineConfig({
  root: appRoot,
  plugins: [react()],
  resolve: { alias: workspaceAliases() },
  server: { port: 4200, strictPort: true, host: '127.0.0.1', proxy },
  preview: { port: 4300, strictPort: true, host: '127.0.0.1', proxy },
  build: {
    outDir: resolve(workspaceRoot, 'dist/apps/web'),
    emptyOutDir: true,
    target: 'es2022',
    // The manifest lets scripts/bundle-size.mjs add up the JS each route loads.
    manifest: true,
    rolldownOptions: {
      // Shared contracts and domain rules are declared pure (ARCHITECTURE.md): a module nobody
      // uses, such as the zod schemas behind a re-export, is dropped from the bundle. So are
      // web-shared's modules (only its index has an effect, its CSS): a helper re-exported by the
      // index then goes to the chunk that uses it, and the shell does not import that chunk.
      treeshake: {
        moduleSideEffects: (id: string) =>
          /\/libs\/shared\/|\/libs\/web\/shared\/src\/(?!index\.ts$).*\.tsx?$/.test(id) ? false : undefined,
      },
      output: {
        codeSplitting: {
          // A group takes only the modules it matches: a barrel's re-export must not drag a
          // helper that one page uses into the shell.
          includeDependenciesRecursively: false,
          groups: [
            { name: 'cart-actions', test: CART_ACTIONS, priority: 2 },
            { name: 'forms', test: FORMS, priority: 2 },
            { name: 'stripe', test: STRIPE, priority: 2 },
            {
              name: 'vendor',
              test: (id: string) => VENDOR.test(id) && !ENGLISH_MESSAGES.test(id),
              priority: 1,
            },
          ],
        },
      },
    },
  },
  test: {
    root: workspaceRoot,
    include: ['apps/web/src/**/*.spec.{ts,tsx}', 'libs/web/**/src/**/*.spec.{ts,tsx}'],
    environment: 'jsdom',
    setupFiles: [resolve(appRoot, 'src/test-setup.ts')],
    unstubGlobals: true,
    // jsdom and user-event on two shared cores, with nx running other targets alongside.
    testTimeout: 20_000,
    restoreMocks: true,
    css: false,
  },
});
