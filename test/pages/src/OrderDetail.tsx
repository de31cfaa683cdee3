import { Card } from '@alifd/next';
import { L, type PagesLang } from './text';

/** What the detail page's inline script holds: window.VISION_SCHEMA (already in the page's language). */
export interface VisionSchema {
  orderId: string;
  blocks: Record<string, { type: string; fields: { key: string; label: string; value: string }[] }>;
}

const BLOCK_TITLES: Record<string, { zh: string; en: string }> = {
  order_1: L.detailOrder,
  shipping_1: L.detailShipping,
  fund_1: L.detailFund,
};

/** The order detail: renders window.VISION_SCHEMA's blocks as Fusion cards of label/value rows. */
export function OrderDetail({ lang, schema }: { lang: PagesLang; schema: VisionSchema }) {
  return (
    <div className="pages-shell">
      <h2>{L.detailTitle[lang]}</h2>
      {Object.entries(schema.blocks).map(([id, block]) => (
        <Card key={id} free className={`vision-block vision-${block.type}`} data-block={id}>
          <Card.Header title={BLOCK_TITLES[id]?.[lang] ?? id} />
          <Card.Content>
            <dl className="vision-fields">
              {block.fields.map((f) => (
                <div className="vision-field" key={f.key}>
                  <dt>{f.label}</dt>
                  <dd>{f.value}</dd>
                </div>
              ))}
            </dl>
          </Card.Content>
        </Card>
      ))}
    </div>
  );
}
