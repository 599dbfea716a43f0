/// <reference types="vitest/config" />
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
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
// schemas from it: sign-in, checkout and the back office's aid contracts; `catalog` because an
// aid contract builds a schema from its enums, and `indicators` likewise — the storefront imports
// only their types; `cooperative-portal`, whose enums the portal's forms list, and the credit-code
// rule that only the application form checks). English messages stay lazy chunks of their own.
// `stripe` (Stripe's React bindings and loader, with prop-types, which they need) goes only with
// the order page's Stripe payment form, which that page imports lazily for an unpaid Stripe order.
const CART_ACTIONS =
  /\/@tanstack\/(query-core|react-query)\/build\/modern\/(mutationObserver|useMutation)\.js$|\/libs\/web\/shared\/src\/(api\/api-send|ui\/quantity-stepper)\.tsx?$/;
const FORMS =
  /\/node_modules\/zod\/|\/libs\/shared\/contracts\/src\/(identity|addresses|cart|orders|catalog|indicators|aid|aid-dashboard|aid-import|aid-benefit|cooperative-portal)\.ts$|\/libs\/shared\/domain\/src\/credit-code\.ts$/;
const STRIPE = /\/node_modules\/(@stripe\/(react-)?stripe-js|prop-types|object-assign)\//;
const VENDOR = /node_modules|\/libs\/shared\/|\/libs\/web\/shared\/|vite\/preload-helper/;
const ENGLISH_MESSAGES = /-en\.ts$/;

// The admin console's libraries never go into `vendor` nor any chunk the storefront loads: they
// are found from the package.json files of Ant Design (with its icons) and ECharts, and everything
// they depend on, so a new transitive dependency cannot slip into the shell. `antd` (antd, its
// rc-components, icons, CSS-in-JS and dayjs) comes with every back-office page; `echarts` (with
// zrender) only with the dashboard. scripts/bundle-size.mjs fails if a storefront page reaches either.
function packageClosure(roots: string[], skip: ReadonlySet<string> = new Set()): Set<string> {
  const found = new Set<string>();
  const visit = (name: string, from: string) => {
    if (found.has(name) || skip.has(name)) return;
    // a package nested under its dependant (node_modules/a/node_modules/b) wins over the hoisted one
    const candidates = [
      resolve(from, 'node_modules', name, 'package.json'),
      resolve(workspaceRoot, 'node_modules', name, 'package.json'),
    ];
    const file = candidates.find((candidate) => existsSync(candidate));
    if (!file) return;
    found.add(name);
    const pkg = JSON.parse(readFileSync(file, 'utf8')) as { dependencies?: Record<string, string> };
    for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dirname(file));
  };
  for (const root of roots) visit(root, workspaceRoot);
  return found;
}
const ANTD_PACKAGES = packageClosure(['antd', '@ant-design/icons', 'dayjs']);
const ECHARTS_PACKAGES = packageClosure(['echarts'], ANTD_PACKAGES);

/** Whether a module id lies in one of the packages (at any depth of node_modules). */
function inPackages(id: string, packages: ReadonlySet<string>): boolean {
  const names = id.match(/(?<=\/node_modules\/)(@[^/]+\/[^/]+|[^/@][^/]*)/g) ?? [];
  return names.some((name) => packages.has(name));
}

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
            { name: 'antd', test: (id: string) => inPackages(id, ANTD_PACKAGES), priority: 3 },
            { name: 'echarts', test: (id: string) => inPackages(id, ECHARTS_PACKAGES), priority: 3 },
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
