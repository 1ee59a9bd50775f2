/**
 * The checks `npm run check:weapp` runs on dist/weapp (scripts/check-weapp.js builds it first when it is stale):
 * every JS file parses as ES5, the packages fit the size budget, and miniprogram-ci compiles the project and runs
 * its code-quality check offline. Each check returns the problems it found; an empty list means it passed.
 */
import { parse } from 'acorn';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import os from 'os';
import path from 'path';
import { measureWeappPackages } from '../bench/packages';
import { BUDGET, shippedTwice } from './weapp-modules';

/** The repository root: scripts/ when jest imports this file, dist/check/ once scripts/check-weapp.js bundled it. */
export const ROOT = (function findRoot(dir: string): string {
  if (existsSync(path.join(dir, 'project.config.json'))) return dir;
  if (path.dirname(dir) === dir) throw new Error('project.config.json not found above ' + __dirname);
  return findRoot(path.dirname(dir));
})(__dirname);
export const WEAPP = path.join(ROOT, 'dist', 'weapp');

function jsFiles(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) jsFiles(p, found);
    else if (entry.name.endsWith('.js')) found.push(p);
  }
  return found;
}

/**
 * project.config.json has `es6: false`: WeChat ships the files as they are, and iOS before 13.4 (elderly users'
 * phones) cannot load a file with `?.`, `??`, `const` or `class` — the whole subpackage fails. Acorn at ecmaVersion 5
 * refuses exactly what those engines refuse.
 */
export function nonEs5Files(dir: string): { files: number; failures: { file: string; error: string }[] } {
  const files = jsFiles(dir).sort();
  const failures: { file: string; error: string }[] = [];
  for (const file of files) {
    try {
      parse(readFileSync(file, 'utf8'), { ecmaVersion: 5, sourceType: 'script' });
    } catch (e) {
      failures.push({ file: path.relative(dir, file), error: (e as Error).message });
    }
  }
  return { files: files.length, failures };
}

const MB = 1024 * 1024;
/** The package budget (scripts/weapp-modules.ts, where bench/ reads it without this file's miniprogram-ci). */
export { BUDGET };

/** `packages` as bench/packages.ts measures them: the main package first, then each subpackage. */
export function overBudget(packages: { name: string; bytes: number }[]): string[] {
  const mb = (bytes: number) => `${(bytes / MB).toFixed(2)} MB`;
  const problems: string[] = [];
  const [mainPackage, ...subs] = packages;
  if (mainPackage && mainPackage.bytes > BUDGET.mainBytes) problems.push(`主包 ${mb(mainPackage.bytes)} > ${mb(BUDGET.mainBytes)}`);
  for (const sub of subs) {
    if (sub.bytes > BUDGET.subpackageBytes) problems.push(`分包 ${sub.name} ${mb(sub.bytes)} > ${mb(BUDGET.subpackageBytes)}`);
  }
  const total = packages.reduce((sum, p) => sum + p.bytes, 0);
  if (total > BUDGET.totalBytes) problems.push(`总包 ${mb(total)} > ${mb(BUDGET.totalBytes)}`);
  return problems;
}

/**
 * Code-quality items that fail the check. The others (compression switches, lazy code loading) are project settings
 * that WeChat reports as advice; they are printed but do not fail.
 */
export const BLOCKING_QUALITY_ITEMS = ['PACKAGE_SIZE_LIMIT', 'IMAGE_AND_AUDIO_LIMIT', 'CONTAINS_OTHER_PKG_JS', 'CONTAINS_OTHER_PKG_COMPONENTS'];

/** Port 9 (discard) on loopback: nothing listens there, so any request the library tries is refused locally. */
const OFFLINE_PROXY = 'http://127.0.0.1:9';

type QualityItem = { name: string; success: boolean; text?: string; detail?: unknown };

/**
 * miniprogram-ci as the devtools' upload would run it, minus the upload: a placeholder key, and `attr` answering the
 * library's defaults so it never asks WeChat's servers for the app's attributes. The project is a copy of dist/weapp
 * with our project.config.json, so the library does not walk the repository (node_modules) looking for files.
 */
export async function miniprogramCiCheck(dir: string, log: (line: string) => void): Promise<string[]> {
  // Loaded here, not at the top: the ES5 and budget checks (and their tests) do not need the library's 600 packages.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
  const ci = require('miniprogram-ci');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above; an internal module without types
  const { getCompiler } = require('miniprogram-ci/dist/ci/getcompiler');
  const projectDir = mkdtempSync(path.join(os.tmpdir(), 'weapp-ci-'));
  try {
    const config = JSON.parse(readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
    delete config.cloudfunctionRoot;
    writeFileSync(path.join(projectDir, 'project.config.json'), JSON.stringify({ ...config, miniprogramRoot: 'miniprogram/' }, null, 2));
    cpSync(dir, path.join(projectDir, 'miniprogram'), { recursive: true });
    // The library still asks WeChat for its list of allowed file extensions (and falls back to its built-in list when
    // that fails): a proxy on a closed loopback port makes the request fail at once, without leaving the machine.
    ci.proxy(OFFLINE_PROXY);
    const project = new ci.Project({
      projectPath: projectDir,
      type: 'miniProgram',
      appid: config.appid || 'touristappid',
      privateKey: 'placeholder: nothing is uploaded',
      ignores: [],
      attr: async () => ci.DefaultProjectAttr,
    });
    const problems: string[] = [];
    // The settings the devtools' upload would use: project.config.json's es6 and minified switches.
    const setting = { es6: config.setting?.es6 ?? false, minify: config.setting?.minified ?? false };

    let t = Date.now();
    const compiler = await getCompiler(project, setting);
    const appJSON = await compiler.getAppJSON();
    const subpackages = appJSON.subPackages ?? appJSON.subpackages ?? [];
    log(`  app.json: ${appJSON.pages.length} 个主包页面, ${subpackages.length} 个分包 (${ms(t)})`);

    t = Date.now();
    const quality: QualityItem[] = await ci.checkCodeQuality(project);
    for (const item of quality) {
      const blocking = BLOCKING_QUALITY_ITEMS.includes(item.name);
      log(`  ${item.success ? '通过' : blocking ? '失败' : '建议'} ${item.name}${item.text ? ` ${item.text}` : ''}`);
      if (!item.success && blocking) problems.push(`代码质量 ${item.name}: ${item.text ?? ''} ${JSON.stringify(item.detail ?? '')}`);
    }
    log(`  checkCodeQuality (${ms(t)})`);

    t = Date.now();
    const result: Record<string, unknown> = await compiler.compile({ setting, resultType: 'prod', disableSpreadingUsingComponents: true, onProgressUpdate: () => {} });
    log(`  compile: ${Object.keys(result).length} 个文件 (${ms(t)})`);
    if (Object.keys(result).length === 0) problems.push('miniprogram-ci 编译结果为空');
    return problems;
  } finally {
    rmSync(projectDir, { recursive: true, force: true });
  }
}

function ms(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

/** Runs the three checks on dist/weapp; returns the process exit code. */
export async function main(log: (line: string) => void = console.log): Promise<number> {
  const failures: string[] = [];
  let failedChecks = 0;
  const check = async (run: () => Promise<string[]> | string[]) => {
    const problems = await run();
    if (problems.length > 0) failedChecks += 1;
    failures.push(...problems);
  };

  await check(() => {
    const t = Date.now();
    const es5 = nonEs5Files(WEAPP);
    log(`ES5: ${es5.files - es5.failures.length}/${es5.files} 个 JS 文件可按 ES5 解析 (${ms(t)})`);
    for (const f of es5.failures) log(`  非 ES5: ${f.file}: ${f.error}`);
    if (es5.failures.length === 0) return [];
    return [
      `${es5.failures.length} 个 JS 文件不是 ES5 (project.config.json 为 es6: false，iOS 13.4 以前的手机无法加载)。` +
        '若来自依赖，把它加入 config/index.ts 的 NEWER_SYNTAX_DEPENDENCIES',
    ];
  });

  await check(() => {
    const packages = measureWeappPackages();
    for (const p of packages) log(`包大小: ${p.name} ${(p.bytes / 1024).toFixed(1)} KB`);
    log(`包大小: 合计 ${(packages.reduce((s, p) => s + p.bytes, 0) / 1024).toFixed(1)} KB`);
    const twice = shippedTwice(WEAPP);
    for (const d of twice) log(`  重复打包: ${d.what} ${(d.bytes / 1024).toFixed(1)} KB 于 ${d.places.join(', ')}`);
    return [
      ...overBudget(packages).map((p) => `超出包大小预算: ${p}`),
      ...(twice.length > 0 ? [`${twice.length} 处代码或文件打包了不止一份 (config/index.ts 的 subpackagesShared 应把它放进主包一次)`] : []),
    ];
  });

  await check(async () => {
    const t = Date.now();
    log('miniprogram-ci (离线，不上传):');
    try {
      return await miniprogramCiCheck(WEAPP, log);
    } catch (e) {
      return [`miniprogram-ci 失败: ${(e as Error).message ?? String(e)}`];
    } finally {
      log(`miniprogram-ci 合计 ${ms(t)}`);
    }
  });

  if (failures.length > 0) {
    log('check:weapp 失败:');
    for (const f of failures) log(`  - ${f}`);
  }
  // The plain closing line CI reads: one per check (ES5, package size, miniprogram-ci).
  log(`weapp: ${3 - failedChecks} passed, ${failedChecks} failed`);
  return failures.length === 0 ? 0 : 1;
}
