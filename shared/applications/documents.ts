/**
 * The documents the province-wide types cite: the provincial 办事指南 (how to file: 备案, 手工报销, their
 * 承诺书) and the city handbook that explains filing terms and what a filed stay earns.
 */
export const GUIDE = '003_721ce283759161d0.txt';
export const HANDBOOK = '004_6dc5632ce2988a73.txt';
