import { cite } from '../../../source';
import { RecognitionArea } from '../../../catalogue/types';
import { DOC } from '../documents';

/** 七问: "市内认定医疗机构分别是" — one row per 市本级/区/县, names as printed. */
export const institutionsSource = cite(DOC, '第四章 七问');

/**
 * 门诊慢特病认定医疗机构 by 参保辖区 (004 第四章 七问): "参保患者申请门诊慢特病认定需持相关资料到参保辖区医保局委托的
 * 符合条件的定点医疗机构办理". 八问: the authoritative list is the one the 市医保局 publishes on its website.
 *
 * "二医院(精神病)" is read as 二医院 recognising the psychiatric diseases only. 南江县 and 平昌县 have a blank 门诊特病
 * cell: the handbook names no institution there, and none is supplied.
 */
export const recognitionAreas: RecognitionArea[] = [
  {
    area: '市本级',
    chronic: [{ name: '市中心医院' }, { name: '市中医院' }, { name: '二医院', only: '精神病' }],
    special: [{ name: '市中心医院' }, { name: '市中医院' }],
  },
  {
    area: '巴州区',
    chronic: [{ name: '市中心医院' }, { name: '市中医院' }, { name: '二医院' }],
    special: [{ name: '市中心医院' }, { name: '市中医院' }],
  },
  {
    area: '恩阳区',
    chronic: [{ name: '四川友好医院' }, { name: '恩阳区人民医院' }, { name: '恩阳区中医院' }, { name: '二医院', only: '精神病' }],
    special: [{ name: '四川友好医院' }, { name: '恩阳区人民医院' }],
  },
  {
    area: '南江县',
    chronic: [{ name: '南江县人民医院' }, { name: '南江县中医医院' }, { name: '南江县妇幼保健院' }],
    special: [],
    note: '手册未列南江县门诊特病认定医疗机构，请以市医保局门户网站公布的名单为准。',
  },
  {
    area: '通江县',
    chronic: [{ name: '通江县人民医院' }, { name: '通江县中医医院' }, { name: '通江县新区医院' }],
    special: [{ name: '通江县人民医院' }, { name: '通江县中医医院' }],
  },
  {
    area: '平昌县',
    chronic: [{ name: '平昌县人民医院' }, { name: '平昌县中医医院' }, { name: '平昌县第二人民医院' }],
    special: [],
    note: '手册未列平昌县门诊特病认定医疗机构，请以市医保局门户网站公布的名单为准。',
  },
];
