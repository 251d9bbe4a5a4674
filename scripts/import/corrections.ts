/**
 * Corrections applied after the character-level tw→cn conversion of a gov.cn gateway page.
 * Each entry undoes something the gateway did that no character converter can reverse.
 * Keep the list short and give every entry its reason: it is the proofreading record.
 */
export interface Correction {
  from: string;
  to: string;
  why: string;
}

export const CORRECTIONS: readonly Correction[] = [
  {
    from: '仲介',
    to: '中介',
    // Measured on 发改企业〔2007〕2897号: the only Taiwan-vocabulary swap the gateway made
    // (信息, 网络, 项目, 支持 all stay in mainland form), so it must be reversed by hand.
    why: 'the gateway localised 中介组织 to Taiwan vocabulary 仲介組織',
  },
];
