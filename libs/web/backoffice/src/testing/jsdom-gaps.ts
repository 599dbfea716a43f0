import { vi } from 'vitest';

/**
 * What Ant Design and ECharts ask of a browser that jsdom does not have. Imported by the render
 * helper, so every spec that renders the back office gets them; nothing here changes what is tested.
 */
export function fillJsdomGaps(): void {
  // antd's responsive grid and the menu's breakpoint listen to media queries: a wide screen, and a
  // reader who prefers reduced motion (the charts then draw at once instead of animating)
  if (!window.matchMedia) {
    window.matchMedia = vi.fn((query: string) => ({
      matches: /min-width|prefers-reduced-motion: reduce/.test(query),
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    })) as unknown as typeof window.matchMedia;
  }
  if (!('ResizeObserver' in window)) {
    // no layout, so nothing ever resizes
    class NoResize {
      observe = () => undefined;
      unobserve = () => undefined;
      disconnect = () => undefined;
    }
    Object.assign(window, { ResizeObserver: NoResize });
  }
  // jsdom has no layout: styles of pseudo-elements and canvas text metrics are not computed.
  // Answering without them (instead of jsdom's "not implemented" noise) is what antd and
  // zrender already handle: they fall back to estimates.
  const getComputedStyle = window.getComputedStyle.bind(window);
  window.getComputedStyle = ((element: Element) =>
    getComputedStyle(element)) as typeof window.getComputedStyle;
  HTMLCanvasElement.prototype.getContext = (() =>
    null) as unknown as typeof HTMLCanvasElement.prototype.getContext;
}
