import type { VeteranProgram } from '../../veteran/program';
import { veteran as yangcheng } from '../yangcheng/veteran';
import { veteran as guangxi } from '../guangxi/veteran';

/** The regions with a 优抚医疗补助 program, by id (read by shared/veteran/registry.ts). */
export const VETERAN: Record<string, VeteranProgram> = { yangcheng, guangxi };
