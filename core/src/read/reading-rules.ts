import amountInvalid from '../rules/amount/invalid.ts';
import negative from '../rules/amount/negative.ts';
import percentAsNumber from '../rules/amount/percent-as-number.ts';
import precision from '../rules/amount/precision.ts';
import tooLarge from '../rules/amount/too-large.ts';
import invalid from '../rules/input/invalid.ts';
import invisible from '../rules/input/invisible-character.ts';
import numberPrecision from '../rules/sheet/number-precision.ts';

/** The rules the reader reports (each defined in its own rule file). */
export const readingRules = {
  amountInvalid,
  negative,
  percentAsNumber,
  precision,
  tooLarge,
  invalid,
  invisible,
  numberPrecision,
} as const;
