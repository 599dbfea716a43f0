import { screen } from '@testing-library/react';

/**
 * An open Ant Design dialog by its title. (Under test its aria-labelledby names an id that jsdom's
 * render never gives the title, so the dialog has no accessible name to find it by.)
 */
export async function modalTitled(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-modal-title' });
  const modal = heading.closest<HTMLElement>('.ant-modal');
  if (!modal) throw new Error(`no dialog around “${title}”`);
  return modal;
}
