/**
 * What dist/weapp ships more than once. WeChat counts every file of every package: a module Taro copies into several
 * subpackages' sub-common/ is downloaded (and counted against the total) once per copy. Three views of the built files,
 * none needing webpack's stats:
 * - webpack module ids: production ids are deterministic, so one module has one id in every chunk that carries it;
 * - marker strings that occur once in a library's own code (a second copy under another id, e.g. another version);
 * - files with identical content in two places (copied styles and templates, which carry no module id).
 */
import { parse, type Node, type CallExpression } from 'acorn';
import { createHash } from 'crypto';
import { readdirSync, readFileSync } from 'fs';
import path from 'path';

const MB = 1024 * 1024;
/**
 * Our own budget, below WeChat's (2 MB main, 2 MB each subpackage, 20 MB in all): the main package small so the home
 * page opens fast, and 1.2 MB in all (issue 17: 2.0 MB before each library and data table was shipped once).
 */
export const BUDGET = { mainBytes: 1 * MB, subpackageBytes: 2 * MB, totalBytes: 1.2 * MB };

/** Strings each library's code holds exactly once (checked against the installed versions by test/weapp/budget). */
export const LIBRARY_MARKERS: { library: string; marker: string }[] = [
  { library: 'decimal.js', marker: '[DecimalError] ' },
  { library: 'zod', marker: 'Not a ZodError: ' },
  { library: 'dayjs', marker: 'YYYY-MM-DDTHH:mm:ssZ' },
];

/** Identical files smaller than this are page stubs ({"usingComponents":{}}, one-line wxml) WeChat needs per page. */
const DUPLICATE_FILE_MIN_BYTES = 512;

function files(dir: string, found: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) files(p, found);
    else found.push(p);
  }
  return found;
}

/** The package a file of dist/weapp belongs to: its subpackage root from app.json, or '主包'. */
export function packageOf(dir: string, file: string, roots = subpackageRoots(dir)): string {
  const rel = path.relative(dir, file).split(path.sep).join('/');
  return roots.find((r) => rel.startsWith(`${r}/`)) ?? '主包';
}

function subpackageRoots(dir: string): string[] {
  const app = JSON.parse(readFileSync(path.join(dir, 'app.json'), 'utf8')) as { subPackages?: { root: string }[]; subpackages?: { root: string }[] };
  return (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
}

/** Calls `visit` on every call expression (acorn's own walker is not a dependency of the project). */
function visitCalls(node: Node, visit: (call: CallExpression) => void): void {
  if (node.type === 'CallExpression') visit(node as CallExpression);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as Node).type === 'string') visitCalls(child as Node, visit);
    }
  }
}

export type ShippedModule = { id: string; bytes: number; files: string[] };

/** Every webpack module in the JS files: `(wx.webpackJsonp=…).push([[chunk ids], { id: function … }])`. */
export function webpackModules(dir: string): Map<string, ShippedModule> {
  const modules = new Map<string, ShippedModule>();
  for (const file of files(dir).filter((f) => f.endsWith('.js')).sort()) {
    const code = readFileSync(file, 'utf8');
    const rel = path.relative(dir, file);
    visitCalls(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }), (node) => {
      const callee = node.callee;
      const [arg] = node.arguments;
      if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'push') return;
      if (arg?.type !== 'ArrayExpression' || arg.elements[1]?.type !== 'ObjectExpression') return;
      for (const prop of arg.elements[1].properties) {
        if (prop.type !== 'Property') continue;
        const id = prop.key.type === 'Literal' ? String(prop.key.value) : prop.key.type === 'Identifier' ? prop.key.name : '';
        const entry = modules.get(id) ?? { id, bytes: prop.value.end - prop.value.start, files: [] };
        entry.files.push(rel);
        modules.set(id, entry);
      }
    });
  }
  return modules;
}

export type Duplicate = { what: string; bytes: number; places: string[] };

/** Everything dist/weapp ships twice or more, largest first; empty when each module, library and file ships once. */
export function shippedTwice(dir: string): Duplicate[] {
  const found: Duplicate[] = [];
  for (const m of webpackModules(dir).values()) {
    if (m.files.length > 1) found.push({ what: `webpack 模块 ${m.id}`, bytes: m.bytes, places: m.files });
  }
  const all = files(dir);
  const js = all.filter((f) => f.endsWith('.js')).map((f) => ({ file: path.relative(dir, f), code: readFileSync(f, 'utf8') }));
  for (const { library, marker } of LIBRARY_MARKERS) {
    const places = js.flatMap(({ file, code }) => Array(code.split(marker).length - 1).fill(file) as string[]);
    if (places.length > 1) found.push({ what: `库 ${library}（标记 ${JSON.stringify(marker)}）`, bytes: 0, places });
  }
  const byHash = new Map<string, string[]>();
  for (const f of all) {
    const content = readFileSync(f);
    if (content.length < DUPLICATE_FILE_MIN_BYTES) continue;
    const hash = createHash('sha256').update(content).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), f]);
  }
  for (const places of byHash.values()) {
    if (places.length > 1) found.push({ what: `相同文件 ${path.basename(places[0])}`, bytes: readFileSync(places[0]).length, places: places.map((p) => path.relative(dir, p)) });
  }
  return found.sort((a, b) => b.bytes - a.bytes);
}

/** The largest modules of each package (for the report when the budget is exceeded). */
export function largestModules(dir: string, perPackage = 5): Map<string, ShippedModule[]> {
  const byPackage = new Map<string, ShippedModule[]>();
  const roots = subpackageRoots(dir);
  for (const m of webpackModules(dir).values()) {
    for (const pkg of new Set(m.files.map((f) => packageOf(dir, path.join(dir, f), roots)))) byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), m]);
  }
  for (const [pkg, list] of byPackage) byPackage.set(pkg, list.sort((a, b) => b.bytes - a.bytes).slice(0, perPackage));
  return byPackage;
}
