import type { Page } from '@playwright/test';
import path from 'node:path';

/** Journeys keep their screenshots in dist/web-e2e/screenshots, for a person to look at after a run. */
export const SCREENSHOT_DIR = path.resolve(__dirname, '../../../../dist/web-e2e/screenshots');

export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
