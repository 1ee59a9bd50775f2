/**
 * Reading and driving the H5 pages, the same way in every browser test. Taro's H5 keeps earlier pages of the stack
 * in the document, hidden: every helper here looks only at what is shown.
 */
import { mkdirSync } from 'fs';
import path from 'path';
import type { Locator, Page } from 'playwright-core';

export const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

export function shown(page: Page, selector: string): Locator {
  return page.locator(`${selector} >> visible=true`).first();
}

export async function text(page: Page, selector: string): Promise<string> {
  const el = shown(page, selector);
  await el.waitFor();
  return ((await el.textContent()) ?? '').trim();
}

export async function tap(page: Page, selector: string): Promise<void> {
  await shown(page, selector).click();
}

/** Types into the input inside the box with this id (Taro wraps each input). */
export async function type(page: Page, id: string, value: string): Promise<void> {
  await shown(page, `#${id}`).locator('input').fill(value);
}

export async function inputValue(page: Page, id: string): Promise<string> {
  return shown(page, `#${id}`).locator('input').inputValue();
}

/** Waits until a shown element matching the selector has exactly this text. */
export async function waitText(page: Page, selector: string, expected: string): Promise<void> {
  await page.waitForFunction(
    ([sel, want]) => Array.from(document.querySelectorAll(sel)).some((el) => (el as HTMLElement).offsetParent !== null && el.textContent?.trim() === want),
    [selector, expected] as const,
  );
}

/** Waits until the estimate wizard shows step n (the shown 第 n 步 progress text). */
export async function onStep(page: Page, n: number): Promise<void> {
  await page.waitForFunction(
    (want) =>
      Array.from(document.querySelectorAll('#step-progress-text')).some(
        (el) => (el as HTMLElement).offsetParent !== null && el.textContent?.startsWith(`第 ${want} 步`),
      ),
    n,
  );
}

/** 下一步 in the estimate wizard, then waits for step n. */
export async function stepNext(page: Page, n: number): Promise<void> {
  await tap(page, '#step-next');
  await onStep(page, n);
}

/** On 为谁办理: 家人 → a new member with name, relation and ID number, saved. */
export async function addFamilyMember(page: Page, member: { name: string; relation: string; idNumber: string }): Promise<void> {
  await tap(page, '#who-family');
  await shown(page, '#member-form').waitFor();
  await type(page, 'member-name', member.name);
  await tap(page, `#member-relation-${member.relation}`);
  await type(page, 'member-id', member.idNumber);
  await tap(page, '#member-save');
}

/** The three boxes of a date (year, month, day), as a person types them. */
export async function fillDate(page: Page, id: string, date: string): Promise<void> {
  const [y, m, d] = date.split('-');
  await type(page, `${id}-y`, y);
  await type(page, `${id}-m`, String(Number(m)));
  await type(page, `${id}-d`, String(Number(d)));
}

/** The whole page as one picture: Taro's H5 pages scroll inside their own container, so the viewport grows first. */
export async function screenshot(page: Page, rootSelector: string, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const viewport = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await shown(page, rootSelector).evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(Math.max(height, viewport.height), 8000) });
  await page.screenshot({ path: path.join(ARTIFACTS, name), fullPage: true });
  await page.setViewportSize(viewport);
}

/** A rendered size in CSS pixels: the font size, or the height of the box (适老化 figures). */
export function px(page: Page, selector: string, prop: 'fontSize' | 'height'): Promise<number> {
  return shown(page, selector).evaluate((el, p) => parseFloat(p === 'height' ? String(el.getBoundingClientRect().height) : getComputedStyle(el).fontSize), prop);
}
