import { claimIdentity, deleteFamilyMember, listFamilyMembers, saveFamilyMember } from '../applications';
import { declareSelf, finishFaceVerify, getIdentity, startFaceVerify, verifyWithCode } from '../identity';
import { yearGet, yearSync } from '../year';
import { dispatch } from './actions';
import type { StoreFunction } from './types';

/**
 * The people a user files for (家庭成员), and who the user is: declaring oneself, verifying through a source
 * (the 服务站's code, a platform face check), and the level reached (server/identity, DEVELOPERS.md "身份与核验");
 * and each person's year record of stays and visits (server/year).
 */
export const familyFunction: StoreFunction = {
  name: 'family',
  kind: 'store',
  handle: dispatch(
    {
      list: (app, who) => listFamilyMembers(app, who),
      save: (app, who, p) => saveFamilyMember(app, who, p),
      delete: (app, who, p) => deleteFamilyMember(app, who, p),
      identity: (app, who, p) => getIdentity(app, who, p),
      declareSelf: (app, who, p) => declareSelf(app, who, p),
      // The first release's name for declareSelf, with the first release's answer ({ name, idNumberMasked }).
      claimIdentity: (app, who, p) => claimIdentity(app, who, p),
      verifyWithCode: (app, who, p) => verifyWithCode(app, who, p),
      startFaceVerify: (app, who, p) => startFaceVerify(app, who, p),
      finishFaceVerify: (app, who, p) => finishFaceVerify(app, who, p),
      // A person's year record (server/year): 'self' or one of the account's own family members.
      yearGet: (app, who, p) => yearGet(app, who, p),
      yearSync: (app, who, p) => yearSync(app, who, p),
    },
    '家庭成员',
  ),
};
