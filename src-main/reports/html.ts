/** Escapes text for HTML. Every value put into a report goes through this. */
export function esc(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface Column<Row> {
  header: string;
  cell: (row: Row) => string | number;
  align?: 'left' | 'right' | 'center';
  width?: string;
}

/** A bordered report table; `footer` cells are already escaped/formatted strings. */
export function table<Row>(columns: Column<Row>[], rows: Row[], footer?: (string | number)[], emptyText = 'Tidak ada data'): string {
  const cls = (c: Column<Row>) => (c.align && c.align !== 'left' ? ` class="${c.align}"` : '');
  const head = columns.map((c) => `<th${c.width ? ` style="width:${c.width}"` : ''}>${esc(c.header)}</th>`).join('');
  const body = rows.length
    ? rows.map((r) => `<tr>${columns.map((c) => `<td${cls(c)}>${esc(c.cell(r))}</td>`).join('')}</tr>`).join('')
    : `<tr><td colspan="${columns.length}" class="center muted">${esc(emptyText)}</td></tr>`;
  const foot = footer ? `<tfoot><tr>${footer.map((f, i) => `<td${cls(columns[i]!)}>${esc(f)}</td>`).join('')}</tr></tfoot>` : '';
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody>${foot}</table>`;
}
