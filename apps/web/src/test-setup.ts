import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// findBy* waits longer than the 1 s default: lazy pages and message chunks load on a busy machine.
configure({ asyncUtilTimeout: 5_000 });

// jsdom does not implement scrolling; pages scroll to the top on navigation.
window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;

afterEach(() => {
  cleanup();
  localStorage.clear();
  document.documentElement.lang = 'zh-CN';
});
