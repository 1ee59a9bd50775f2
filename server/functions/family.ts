import { claimIdentity, deleteFamilyMember, listFamilyMembers, saveFamilyMember } from '../applications';
import { dispatch } from './actions';
import type { StoreFunction } from './types';

/** The people a user files for (家庭成员), and the user's own identity claim (本人实名). */
export const familyFunction: StoreFunction = {
  name: 'family',
  kind: 'store',
  handle: dispatch(
    {
      list: (app, who) => listFamilyMembers(app, who),
      save: (app, who, p) => saveFamilyMember(app, who, p),
      delete: (app, who, p) => deleteFamilyMember(app, who, p),
      claimIdentity: (app, who, p) => claimIdentity(app, who, p),
    },
    '家庭成员',
  ),
};
