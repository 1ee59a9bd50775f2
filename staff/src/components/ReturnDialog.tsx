import { useEffect, useState } from 'react';
import { Alert, Checkbox, Loading, Radio, Textarea } from '../ui';
import type { ReturnTemplate, StaffApplicationDetail } from '../../../shared/contract/staff';
import { returnApplication, returnTemplates } from '../api/staff';
import { messageOf } from '../api/errors';
import { concernOptions } from '../app/concerns';
import { FormDialog } from './FormDialog';

/**
 * 退回: a template of the application's type fills the reason (which the staff member may change or extend) and
 * preselects the boxes and materials it concerns; the applicant sees the reason and the marked items on her fixing
 * pages.
 */
export function ReturnDialog({ detail, visible, onClose, onDone }: { detail: StaffApplicationDetail; visible: boolean; onClose: () => void; onDone: () => void }) {
  const { application } = detail;
  const [templates, setTemplates] = useState<ReturnTemplate[] | null>(null);
  const [templateId, setTemplateId] = useState<string>('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<string[]>([]);
  const [materials, setMaterials] = useState<string[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    if (!visible || templates) return;
    returnTemplates(application.type)
      .then(setTemplates)
      .catch((e) => {
        setTemplates([]);
        setLoadError(messageOf(e));
      });
  }, [visible, templates, application.type]);

  function choose(id: string) {
    const t = templates?.find((x) => x.id === id);
    setTemplateId(id);
    if (!t) return;
    setReason(t.text);
    setFields(t.concerns.fields);
    setMaterials(t.concerns.materials);
  }

  const options = concernOptions(detail, templates ?? []);

  return (
    <FormDialog
      visible={visible}
      header="退回申请"
      width="720px"
      top="6vh"
      confirm="确认退回"
      theme="warning"
      className="return-dialog"
      check={() => (reason.trim() ? null : '请填写退回原因（可先选一个常用原因再修改）')}
      send={() => returnApplication(application.id, { reason: reason.trim(), concerns: { fields, materials } })}
      onClose={onClose}
      onDone={onDone}
    >
      <div className="staff-field-label">常用退回原因（{application.typeLabel}）</div>
      {templates === null ? (
        <Loading size="small" text="正在读取常用原因…" />
      ) : templates.length === 0 ? (
        <p className="staff-muted">这类申请没有常用原因，请直接填写。</p>
      ) : (
        <Radio.Group value={templateId} onChange={(v) => choose(String(v))} className="return-templates">
          {templates.map((t) => (
            <Radio key={t.id} value={t.id} className="return-template">
              <span className="return-template-text">{t.text}</span>
            </Radio>
          ))}
        </Radio.Group>
      )}
      <div className="staff-field-label">
        退回原因<span className="staff-required">*</span>（申请人会看到这段话）
      </div>
      <Textarea name="reason" value={reason} onChange={(v) => setReason(String(v))} autosize={{ minRows: 3, maxRows: 6 }} maxlength={200} placeholder="写明要改什么、补什么" />
      {options.fields.length > 0 && (
        <>
          <div className="staff-field-label">涉及的填写项（申请人修改时会看到标记）</div>
          <Checkbox.Group value={fields} onChange={(v) => setFields(v as string[])} options={options.fields} className="return-fields" />
        </>
      )}
      {options.materials.length > 0 && (
        <>
          <div className="staff-field-label">涉及的材料</div>
          <Checkbox.Group value={materials} onChange={(v) => setMaterials(v as string[])} options={options.materials} className="return-materials" />
        </>
      )}
      {loadError && <Alert theme="error" message={loadError} className="staff-gap" />}
    </FormDialog>
  );
}
