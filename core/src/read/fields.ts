import { ORDER_FIELDS, type OrderField } from '../types.ts';

/**
 * Each field's position in ORDER_FIELDS. Code reads fields as `F.buyer_email`: a constant the compiler
 * folds, where a lookup by name would hash the name on each of the ~40 reads of every row.
 */
export const F = Object.fromEntries(ORDER_FIELDS.map((f, i) => [f, i])) as {
  readonly [K in OrderField]: number;
};

/** Where each field sits in a sheet's columns (from its header row): -1 = not given. */
export function fieldColumns(columns: readonly (OrderField | null)[]): Int16Array {
  const columnOf = new Int16Array(ORDER_FIELDS.length).fill(-1);
  columns.forEach((field, i) => {
    if (field !== null && columnOf[F[field]] === -1) columnOf[F[field]] = i;
  });
  return columnOf;
}
