import { execFileSync } from 'child_process';
import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';

/**
 * The layout a successor can change safely (issue 13): a region is named only in its own folder and the registry
 * folder, an application type is branched on only in its own module and the registry, and the client never reaches
 * into the server. Counted over the tracked product code; tests, benchmarks and prose do not count.
 */
const ROOT = path.resolve(__dirname, '../..');
const PRODUCT = ['shared', 'server', 'miniprogram', 'bin', 'cloudfunctions', 'scripts'];

function productFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', ...PRODUCT], { cwd: ROOT, encoding: 'utf8' });
  return out
    .split('\n')
    .filter((f) => /\.(ts|tsx|js|json)$/.test(f))
    .filter((f) => !/^cloudfunctions\/[^/]+\/index\.js/.test(f))
    // A tracked file moved away in the working tree is listed by --cached but no longer there.
    .filter((f) => existsSync(path.join(ROOT, f)));
}

const files = productFiles().map((f) => ({ file: f, text: readFileSync(path.join(ROOT, f), 'utf8') }));

export const REGION_IDS = ['bazhong', 'suizhou', 'yangcheng', 'guangxi'];
/**
 * A region appears outside its folder only in the registry folder, one line per program it has (and one for its
 * manifest): each file there is a table of one program by region id.
 */
const REGISTRY_DIR = 'shared/regions/registry';
const REGISTRIES = readdirSync(path.join(ROOT, REGISTRY_DIR)).map((f) => `${REGISTRY_DIR}/${f}`);

export function filesNaming(regionId: string): string[] {
  const re = new RegExp(regionId, 'i');
  return files.filter(({ file, text }) => !file.startsWith(`shared/regions/${regionId}/`) && re.test(text)).map((f) => f.file);
}

export function filesBranchingOn(type: string): string[] {
  const re = new RegExp(`(===|!==)\\s*'${type}'|'${type}'\\s*(===|!==)|case\\s+'${type}'`);
  return files.filter(({ text }) => re.test(text)).map((f) => f.file);
}

describe('one place per region', () => {
  test.each(REGION_IDS)('%s is named outside its own folder only by the registry folder', (id) => {
    const outside = filesNaming(id).filter((f) => !REGISTRIES.includes(f));
    expect(outside).toEqual([]);
  });
});

describe('one module per application type', () => {
  test.each(['remoteFiling', 'manualReimbursement', 'veteranSubsidy'])('%s is branched on in at most 2 files', (type) => {
    expect(filesBranchingOn(type).length).toBeLessThanOrEqual(2);
  });
});

test('the mini-program never imports the server', () => {
  const offenders = files
    .filter(({ file }) => file.startsWith('miniprogram/'))
    .filter(({ text }) => /from\s+['"](\.\.\/)+server\//.test(text) || /require\(['"](\.\.\/)+server\//.test(text))
    .map((f) => f.file);
  expect(offenders).toEqual([]);
});
