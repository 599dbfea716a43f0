import type { ReactNode } from 'react';

/** "Nothing here" with an optional way out (clear the filters, go back). */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state--empty">
      <p className="state__title">{title}</p>
      {children}
    </div>
  );
}
