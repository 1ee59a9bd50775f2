import type { StaffIdentityBinding } from '../../../shared/contract/staff';

/** What the identity page gives a dialog acting on one binding of the person looked up. */
export interface BindingDialogProps {
  idNumber: string;
  binding: StaffIdentityBinding;
  onClose: () => void;
  onDone: () => void;
}
