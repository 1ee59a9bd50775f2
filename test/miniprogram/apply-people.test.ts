import { CLOSE_RELATIVES } from '../../shared/filing/relations';
import { idNumberProblem } from '../../shared/idcard';
import { emptyDraft } from '../../miniprogram/packages/apply/model/draft';
import { agentRelationText, chooseFamily, chooseMember, chooseSelf, meToRemember } from '../../miniprogram/packages/apply/model/people';
import { EMPTY_MEMBER_FORM, memberRequest, parseMe, RELATION_CHOICES } from '../../miniprogram/models/people';
import { DAUGHTER_ID, FATHER_ID } from '../applications/helpers';
import { longTermForFatherDraft, SAVED_FATHER } from './apply-helpers';

describe('为谁办理', () => {
  test('only the eight close relatives of 004 第二章 二十五问 can be saved', () => {
    expect(RELATION_CHOICES.map((r) => r.label)).toEqual(['配偶', '父母', '子女', '兄弟姐妹', '祖父母', '外祖父母', '孙子女', '外孙子女']);
    expect(RELATION_CHOICES.map((r) => r.value)).toEqual(CLOSE_RELATIVES.map((r) => r.id));
  });

  test('a father saved as "my parent": filing for him, the daughter is his child', () => {
    const draft = chooseMember({ ...emptyDraft(), type: 'remoteFiling', who: 'family' }, SAVED_FATHER);
    expect(draft).toMatchObject({ who: 'family', memberId: SAVED_FATHER.id, agentRelation: 'child', member: { name: '张大山', idNumberMasked: '110105********002X' } });
    expect(agentRelationText(draft)).toBe('您是张大山的子女');
    const grandma = chooseMember(draft, { ...SAVED_FATHER, id: 'm2', name: '王奶奶', relation: 'maternalGrandparent', relationLabel: '外祖父母' });
    expect(grandma.agentRelation).toBe('maternalGrandchild');
  });

  test('switching between myself and a relative moves my own boxes to the right role', () => {
    const family = longTermForFatherDraft();
    const self = chooseSelf(family);
    expect(self).toMatchObject({ who: 'self', memberId: '', member: null, agentRelation: '' });
    expect(self.principal).toEqual(family.agent);
    const back = chooseFamily(self);
    expect(back.agent).toEqual(family.agent);
    expect(back.principal.name).toBe('');
  });

  test('a new member is checked with the function’s schema before it is saved', () => {
    expect(memberRequest(EMPTY_MEMBER_FORM)).toEqual({
      ok: false,
      errors: { 'member-name': '必须填写', 'member-relation': '请选择', 'member-id': '必须填写' },
    });
    const wrong = `${FATHER_ID.slice(0, 17)}1`;
    expect(memberRequest({ name: '张大山', relation: 'parent', idNumber: wrong, phone: '123' })).toEqual({
      ok: false,
      errors: { 'member-id': idNumberProblem(wrong), 'member-phone': '手机号须为 11 位数字，以 13–19 开头' },
    });
    expect(memberRequest({ name: ' 张大山 ', relation: 'parent', idNumber: FATHER_ID.toLowerCase(), phone: '' })).toEqual({
      ok: true,
      request: { name: '张大山', relation: 'parent', idNumber: FATHER_ID.toLowerCase() },
    });
  });

  test('the user is remembered once their name and ID number are valid', () => {
    expect(meToRemember(longTermForFatherDraft())).toEqual({
      me: { name: '张小红', idNumber: DAUGHTER_ID, phone: '13900001234' },
      declare: { name: '张小红', idNumber: DAUGHTER_ID },
    });
    expect(meToRemember(longTermForFatherDraft({ agent: { name: '张小红', idNumber: '', phone: '', idNumberMasked: '511902********1246', phoneMasked: '' } }))).toBeNull();
    expect(parseMe({ name: '张小红', idNumber: 5 })).toEqual({ name: '张小红', idNumber: '', phone: '' });
    expect(parseMe('garbage')).toEqual({ name: '', idNumber: '', phone: '' });
  });
});
