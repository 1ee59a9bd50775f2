/**
 * An automated accessibility audit (axe-core, WCAG 2.1 A and AA rules) of every page of the real H5 build, in the
 * normal mode and in 长辈模式 (issue 15 "Screen readers"). No serious or critical violation is allowed; the minor
 * and moderate ones are printed for the record. WeChat's own 读屏 reads aria-role / aria-label on components, which
 * Taro's weapp template drops today (DEVELOPERS.md, 无障碍): this audit covers the H5 build only.
 */
import { mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import type { Browser, Page } from 'playwright-core';
import { ensureH5Build, launchBrowser, startGateway } from './harness';
import { shown } from './page';

jest.setTimeout(300_000);

let gateway: { url: string; close: () => Promise<void> | void };
let browser: Browser;
let dataDir: string;
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

beforeAll(async () => {
  await ensureH5Build();
  dataDir = mkdtempSync(path.join(tmpdir(), 'yibao-a11y-'));
  gateway = await startGateway({ dataDir });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gateway?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** The issue-14 stay, as the result and compare pages read it from the device. */
const LAST_CASE = {
  region: 'bazhong',
  date: '2026-06-01',
  scheme: 'resident',
  person: { age: 68 },
  visit: { type: 'inpatient', facilityLevel: 'level2', place: 'local', totalCost: '20000', inScopeCost: '18000' },
  yearToDate: {},
};

/** Each page and the element that shows it is ready. */
const PAGES: { url: string; ready: string }[] = [
  { url: 'pages/index/index', ready: '#task-estimate' },
  { url: 'packages/estimate/pages/form/index', ready: '#step-progress-text' },
  { url: 'packages/estimate/pages/result/index', ready: '#key-personal-pay' },
  { url: 'packages/estimate/pages/compare/index', ready: '#estimate-compare' },
  { url: 'packages/estimate/pages/year/index', ready: '#year-overview' },
  { url: 'packages/catalogue/pages/index/index', ready: '.disease-row' },
  { url: 'packages/waiting/pages/index/index', ready: '#waiting' },
  { url: 'packages/apply/pages/index/index', ready: '#apply-choose' },
  { url: 'packages/apply/pages/identity/index', ready: '#identity-name' },
  { url: 'packages/apply/pages/list/index', ready: '#apply-list' },
  { url: 'packages/veteran/pages/index/index', ready: '#veteran-status' },
  { url: 'packages/messages/pages/index/index', ready: '#messages' },
  { url: 'packages/help/pages/index/index', ready: '#help' },
];

interface Finding {
  id: string;
  impact: string;
  nodes: string[];
}

async function audit(page: Page): Promise<Finding[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.html.slice(0, 160)) }));
  });
}

describe.each([
  ['normal', false],
  ['长辈模式', true],
])('every page, %s', (_mode, elder) => {
  test.each(PAGES)('$url has no serious or critical violation', async ({ url, ready }) => {
    // axe is injected as a script: the gateway's CSP (script-src 'self') would refuse it, so this context bypasses it.
    const context = await browser.newContext({ viewport: { width: 375, height: 812 }, bypassCSP: true });
    await context.addInitScript(
      ([lastCase, elderOn]) => {
        window.localStorage.setItem('estimate.lastCase.v1', JSON.stringify({ data: lastCase }));
        window.localStorage.setItem('theme.elder.v1', JSON.stringify({ data: elderOn }));
      },
      [LAST_CASE, elder] as const,
    );
    const page = await context.newPage();
    try {
      await page.goto(`${gateway.url}/#/${url}`);
      await shown(page, ready).waitFor();
      const findings = await audit(page);
      const lesser = findings.filter((f) => f.impact !== 'serious' && f.impact !== 'critical');
      if (lesser.length > 0) process.stdout.write(`${url} (${elder ? '长辈模式' : 'normal'}): ${lesser.map((f) => `${f.id} ${f.impact}`).join(', ')}\n`);
      expect(findings.filter((f) => f.impact === 'serious' || f.impact === 'critical')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
