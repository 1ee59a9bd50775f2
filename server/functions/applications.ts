import {
  attachMaterial,
  cancelFiling,
  changeFiling,
  createDraft,
  deleteMaterial,
  getOne,
  issueUploadTicket,
  listMine,
  materialLinks,
  submit,
  updateDraft,
  uploadMaterial,
  withdraw,
} from '../applications';
import { documentLink } from '../documents/link-action';
import { dispatch } from './actions';
import type { StoreFunction } from './types';

/**
 * The applications of every registered type (shared/applications: 异地就医备案, 手工报销, a region's 优抚 claim), for the
 * insured and their relatives. Staff actions (accept, return, reject) are not here: they run from the office's
 * `yibao staff` command, never from the mini-program.
 */
export const applicationsFunction: StoreFunction = {
  name: 'applications',
  kind: 'store',
  handle: dispatch(
    {
      createDraft: (app, who, p) => createDraft(app, who, p),
      updateDraft: (app, who, p) => updateDraft(app, who, p),
      submit: (app, who, p) => submit(app, who, p),
      withdraw: (app, who, p) => withdraw(app, who, p),
      cancelFiling: (app, who, p) => cancelFiling(app, who, p),
      changeFiling: (app, who, p) => changeFiling(app, who, p),
      listMine: (app, who, p) => listMine(app, who, p),
      getOne: (app, who, p) => getOne(app, who, p),
      uploadMaterial: (app, who, p) => uploadMaterial(app, who, p),
      // A photo as a file: where to upload it, then the uploaded file attached (server/applications/attach.ts).
      uploadTicket: (app, who, p) => issueUploadTicket(app, who, p),
      attachMaterial: (app, who, p) => attachMaterial(app, who, p),
      // Photos shown back (short-lived addresses after the view's access check) and taken back (material-read.ts).
      materialLinks: (app, who, p) => materialLinks(app, who, p),
      deleteMaterial: (app, who, p) => deleteMaterial(app, who, p),
      // A signed commitment or a 备案凭证 as PDF, by a short-lived link (server/documents/link-action.ts).
      documentLink: (app, who, p) => documentLink(app, who, p),
    },
    '办事申请',
  ),
};
