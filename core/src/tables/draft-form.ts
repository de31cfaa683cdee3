/**
 * The draft form's own limits (rules.md §3), each with where it comes from. Rules read them here and pass
 * them into their messages, so a changed limit is one edit.
 */
export const DRAFT_FORM_LIMITS = {
  /** 000 第二步: "预付款需要≥1美金". */
  minAdvanceUsdMinor: 100,
  /** 000 第三步: the remark counter reads 0/2000. */
  remarkMaxChars: 2000,
  /** 000 第二步: "填写0-2天很容易逾期" — 0, 1 and 2 days are the risky values. */
  riskyShipDays: 2,
} as const;
