import { createContext, useContext } from 'react';

/**
 * The label of the Field a control sits in, for the control's accessible name: a screen reader reads "医疗总费用，
 * 编辑框" instead of a bare "编辑框" (axe: every input has a label). On H5 the name reaches the native <input> through
 * `nativeProps`; WeChat's template drops aria-* attributes (see DEVELOPERS.md, 无障碍).
 */
export const FieldLabel = createContext('');

export function useFieldLabel(): string {
  return useContext(FieldLabel);
}

/**
 * What to do when the person leaves the Field's box (a form that checks each box as she leaves it: "每一项都会马上
 * 检查" is a promise the form makes). Undefined: nothing, the form checks on 下一步.
 */
export const FieldLeave = createContext<(() => void) | undefined>(undefined);

export function useFieldLeave(): (() => void) | undefined {
  return useContext(FieldLeave);
}

/** What an Input needs so that its native element is named: `nativeProps` (H5) and `ariaLabel`. */
export function inputName(label: string): { ariaLabel?: string; nativeProps?: Record<string, string> } {
  return label ? { ariaLabel: label, nativeProps: { 'aria-label': label } } : {};
}
