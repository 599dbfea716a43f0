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

const VENDOR = /node_modules|\/libs\/shared\/|\/libs\/web\/shared\//;
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
      // uses, such as the zod schemas behind a re-export, is dropped from the bundle.
      treeshake: {
        moduleSideEffects: (id: string) => (id.includes('/libs/shared/') ? false : undefined),
      },
      output: {
        // React, the router, i18n, TanStack Query and the shared libs change rarely: one long-cached
        // chunk, which also gzips smaller than several. English messages stay lazy chunks of their own.
        advancedChunks: {
          groups: [{ name: 'vendor', test: (id: string) => VENDOR.test(id) && !ENGLISH_MESSAGES.test(id) }],
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
