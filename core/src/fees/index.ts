export { type FeeResult, settingsRate } from './fee.ts';
export { type OrderTotalForNetArgs, type OrderTotalForNetResult, orderTotalForNet } from './order-total.ts';
export { type PaymentFeeArgs, paymentFee } from './payment-fee.ts';
export { type ServiceFeeArgs, serviceFee } from './service-fee.ts';
export { type WithdrawalFeeArgs, type WithdrawalFeeResult, withdrawalFee } from './withdrawal-fee.ts';
