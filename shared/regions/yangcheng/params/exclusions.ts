import { param } from '../../../params/param';
import { cite } from '../../../source';
import { DOC } from '../documents';

/** 第十一条: "下列情形发生的医疗费用不在医疗补助范围内" — each a yes/no question the app asks before estimating. */
export const exclusions = param<{ id: string; item: string; text: string }[]>('不予医疗补助的情形', 'table', {
  '2026-07-01': {
    source: cite(DOC, '第十一条'),
    value: [
      { id: 'falseInformation', item: '（一）', text: '弄虚作假、不如实反映就医情况的' },
      {
        id: 'misconduct',
        item: '（二）',
        text: '因自杀、自残、酗酒、打架斗殴、吸毒等违法犯罪和违反政策规定行为所发生的医疗费用',
      },
      { id: 'liableThirdParty', item: '（三）', text: '因交通事故、医疗事故以及其他赔付责任人应予以支付的医疗费用' },
      { id: 'cosmeticOrRehabilitation', item: '（四）', text: '因整容、镶牙、矫形、配镜以及保健、康复等所支付的费用' },
      { id: 'notSettledByInsurance', item: '（五）', text: '未经基本医疗保险报销的医疗费用' },
    ],
  },
});
