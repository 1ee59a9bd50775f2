import fs from 'fs';
import path from 'path';
import { contactSections } from '../../shared/contacts';
import { FILING_HANDLING } from '../../shared/applications/contacts';
import { DOCUMENTS } from '../../shared/source';

const SEEDS = path.join(__dirname, '../../../shared/seeds');
const SEEDS_PRESENT = fs.existsSync(SEEDS);
const seed = (doc: string) => fs.readFileSync(path.join(SEEDS, doc), 'utf8');
const all = () => contactSections().flatMap((s) => s.groups.flatMap((g) => g.contacts));

/** The 帮助与电话 page (issue 15): every number, address and opening time is printed in a document, none made up. */
describe('offices and hotlines from the documents', () => {
  test('the sections: 巴中 (004 第七章), 随县 (002), then 山西 filing hotlines (003 附件4)', () => {
    expect(contactSections().map((s) => s.id)).toEqual(['bazhong', 'suizhou', 'shanxi-filing']);
  });

  test('004 第七章 四问: 市本级 0827-5775700 at 巴州区红星路70号, 9:00-12:00 13:30-17:00; six offices in all', () => {
    const bazhong = contactSections()[0].groups[0];
    expect(bazhong.contacts).toHaveLength(6);
    expect(bazhong.contacts[0]).toMatchObject({ name: '市本级', phones: ['0827-5775700'], address: '巴州区红星路70号（市民之家二楼医保窗口）', hours: '工作日 9:00-12:00 13:30-17:00' });
    // 办理时间 is blank for 巴州区 in the table: none is made up.
    expect(bazhong.contacts[1].hours).toBeUndefined();
  });

  test('003 附件4: 12 lines, 省本级 with two numbers, 晋中市 with one', () => {
    const shanxi = contactSections()[2].groups[0].contacts;
    expect(shanxi).toHaveLength(12);
    expect(shanxi[0]).toMatchObject({ name: '省本级', phones: ['0351-4957436', '0351-7797041'] });
    expect(shanxi.find((c) => c.name === '晋中市')?.phones).toEqual(['0354-3075516']);
  });

  test('every number is a landline with its area code, and every source is a known document', () => {
    for (const c of all()) {
      expect(c.phones.length).toBeGreaterThan(0);
      for (const p of c.phones) expect(p).toMatch(/^0\d{2,3}-\d{5,8}$/);
      expect(Object.keys(DOCUMENTS)).toContain(c.source.doc);
    }
  });

  (SEEDS_PRESENT ? test : test.skip)('every number, address and opening time appears in its document', () => {
    for (const c of all()) {
      const text = seed(c.source.doc);
      for (const p of c.phones) expect(text).toContain(p);
      if (c.address) expect(text).toContain(c.address);
      if (c.hours) expect(text).toContain(c.hours.replace(/^工作日 /, ''));
    }
    expect(seed('003_721ce283759161d0.txt')).toContain('材料齐全、符合条件者,即时办结');
    expect(FILING_HANDLING.source.section).toContain('四、层级时限');
  });
});
