import type { ReturnTemplate } from '../../contract/staff';
import { PRINCIPAL_MISMATCH, photoTemplates } from '../return-template-kit';
import { REMOTE_FILING_MATERIALS } from './materials';

/**
 * Why staff return a 异地就医备案, from what 003 asks of it: the proof of each kind (五、办理条件（二）: 就医地户口簿,
 * 居住证或居住证明, 加盖公章的外派工作证明; 附件1 温馨提示 3: 转出地医疗机构出具的转诊证明), the agent's papers
 * (六、提交资料（二）) and the 附件1 boxes (参保险种, 就医备案地（省、市）, 异地长期居住住址).
 */
const m = REMOTE_FILING_MATERIALS;

export function remoteFilingReturnTemplates(): ReturnTemplate[] {
  return [
    ...photoTemplates(Object.values(m)),
    {
      id: 'residence.mismatch',
      text: `${m.residenceProof.name}与就医备案地不一致，请核对备案地或重新上传居住证明`,
      concerns: { fields: ['remoteFiling.destination', 'remoteFiling.residenceAddress'], materials: [m.residenceProof.id] },
    },
    {
      id: 'hukou.mismatch',
      text: `${m.destinationHukou.name}所在地与就医备案地不一致，请核对`,
      concerns: { fields: ['remoteFiling.destination'], materials: [m.destinationHukou.id] },
    },
    {
      id: 'posting.seal',
      text: '外派工作证明须由参保单位开具并加盖公章，请重新上传',
      concerns: { fields: [], materials: [m.postingCertificate.id] },
    },
    {
      id: 'referral.issuer',
      text: '转诊证明须由转出地医疗机构出具，请重新上传',
      concerns: { fields: [], materials: [m.referralCertificate.id] },
    },
    {
      id: 'kind.proof',
      text: '所选备案类型与所附证明材料不符，请核对备案类型',
      concerns: { fields: ['remoteFiling.kind'], materials: [] },
    },
    {
      id: 'address.missing',
      text: '请填写完整的异地长期居住住址',
      concerns: { fields: ['remoteFiling.residenceAddress'], materials: [] },
    },
    PRINCIPAL_MISMATCH,
  ];
}
