/** Types of the replica's test hook. Plain TS (no JSX), so other workspaces can import them. */

export interface ProductRow {
  key: number;
  name: string;
  unit_price: string;
  quantity: number | null;
}

/** The form's authoritative React state; keys follow the order-sheet field names where one exists. */
export interface FormState {
  order_type: 'TA' | 'DPO';
  payment_method: string[];
  currency: 'USD' | 'CNY';
  buyer_email: string;
  destination: string;
  shipping_address: string;
  shipping_method: string;
  trade_term: string;
  products: ProductRow[];
  freight: string;
  insurance: string;
  ship_date_kind: 'days' | 'date' | '';
  ship_within_days: number | null;
  ship_by_date: string | null;
  export_mode: string;
  advance: string;
  value_added: boolean;
  remark: string;
}

/** What `window.__replica.state()` returns: the state plus the page's computed amounts. */
export interface ReplicaSnapshot extends Omit<FormState, 'products'> {
  lang: 'zh' | 'en';
  products: { name: string; unit_price: string; quantity: number | null; line_total: string | null }[];
  /** First product row, for convenience. */
  unit_price: string;
  quantity: number | null;
  product_total: string | null;
  order_total: string | null;
  balance: string | null;
  submitted: number;
}

/** What the replica page exposes to tests as `window.__replica`. */
export interface ReplicaHook {
  /** The form's current React state plus the page's computed amounts. */
  state: () => ReplicaSnapshot;
  /** How often "提交订单 / Submit order" was clicked (the extension must never click it). */
  submitted: number;
  /** True once React has rendered the form. */
  ready: boolean;
}

declare global {
  interface Window {
    __replica: ReplicaHook;
    /** Set by the HTML file (draft-zh.html / draft-en.html): the language when ?lang= is absent. */
    __REPLICA_DEFAULT_LANG__?: string;
  }
}
