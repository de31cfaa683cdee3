/** core's sheet report (checkRows), re-exported for the add-on's modules. */
export type { Report, ReportFee, ReportRow } from '@ta-toolkit/core';
