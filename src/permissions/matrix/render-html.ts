import type { MatrixCell, MatrixColumn, PermissionMatrix } from "./model";
import { DOC_SOURCES, groupByType, inheritedFieldsText, rowSections } from "./sections";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
const anchor = (rule: string) => `rule-${rule.replace(/[^A-Za-z0-9_-]/g, "-")}`;

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{background:#1f3a5f;color:#fff;padding:18px 28px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;opacity:.9;max-width:80em}
nav{padding:8px 28px;background:#e8edf3;border-bottom:1px solid #cfd8e3}nav a{margin-right:16px;color:#1f3a5f}
main{padding:8px 28px 40px}h2{margin:28px 0 8px;font-size:18px}ul.notes{max-width:80em;padding-left:20px}
table{border-collapse:collapse;background:#fff;width:100%;margin-bottom:8px;font-size:13px}
th,td{border:1px solid #d5dbe3;padding:5px 7px;vertical-align:top;text-align:left}
thead th{background:#eef2f7;position:sticky;top:0}th.col{min-width:7em}th small{display:block;font-weight:normal;color:#5b6676}
td.field code,td.rule a,td.needs{white-space:nowrap}code{font:12px ui-monospace,SFMono-Regular,Menlo,monospace}
td.YES{background:#dff3e4;color:#14532d;font-weight:600}td.NO{background:#f1f2f4;color:#8a93a0}td.ANY{color:#5b6676}
td.IF{background:#fff4d6;color:#6b4800}td.INHERIT{color:#5b6676}td.UNDESCRIBED{background:#fde2e1;color:#8a1c1c;font-weight:600}
.legend span{display:inline-block;padding:2px 8px;margin-right:6px;border:1px solid #d5dbe3;background:#fff}
.legend .YES{background:#dff3e4}.legend .IF{background:#fff4d6}.legend .NO{background:#f1f2f4}
`;

function cellTd(cell: MatrixCell): string {
  return `<td class="${cell.access}" data-column="${esc(cell.column)}">${esc(cell.text)}</td>`;
}

function columnHeads(columns: MatrixColumn[]): string {
  return columns.map((c) => `<th class="col" title="${esc(c.description)}">${esc(c.label)}<small>${esc(c.key)}</small></th>`).join("");
}

function ruleTables(matrix: PermissionMatrix, reasons: Map<string, string>): string {
  return rowSections(matrix)
    .map((section) => {
      const rows = section.rows.map((row) => {
        const rule = row.rule.replace(/[A-Za-z]+(\([A-Z_]+\))?/g, (name) =>
          reasons.has(name) ? `<a href="#${anchor(name)}" title="${esc(reasons.get(name)!)}">${esc(name)}</a>` : esc(name),
        );
        return `<tr data-field="${esc(`${row.type}.${row.field}`)}"><td class="field"><code>${esc(`${row.type}.${row.field}`)}</code></td><td class="rule"><code>${rule}</code></td><td class="needs">${esc(row.target)}</td>${row.cells.map(cellTd).join("")}</tr>`;
      });
      return `<h2 id="${section.id}">${esc(section.title)}</h2><table class="matrix"><thead><tr><th>Field</th><th>Rule</th><th>Needs</th>${columnHeads(matrix.columns)}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
    })
    .join("\n");
}

function inheritedTable(matrix: PermissionMatrix): string {
  const rows = matrix.inherited.map((entry) => {
    const reached = groupByType(entry.reachedThrough).map(([type, fields]) => `<b>${esc(type)}</b>: ${esc(fields.join(", "))}`).join("<br>");
    return `<tr data-type="${esc(entry.type)}"><td><code>${esc(entry.type)}</code></td><td>${esc(inheritedFieldsText(entry))}</td><td>${reached}</td></tr>`;
  });
  return `<h2 id="inherited">Fields that inherit the parent's decision</h2>
<p>These fields are readable by whoever may see the object they belong to (rule <code>inherit</code>); the object reaches a client only through the fields listed.</p>
<table><thead><tr><th>Type</th><th>Fields</th><th>Reached through</th></tr></thead><tbody>${rows.join("")}</tbody></table>`;
}

function rowLevelTable(matrix: PermissionMatrix): string {
  const rows = matrix.rowLevel.map((rule) => `<tr data-row-level="${esc(rule.name)}"><td>${esc(rule.name)}</td>${rule.cells.map(cellTd).join("")}</tr>`);
  const reasons = matrix.rowLevel.map((rule) => `<li><b>${esc(rule.name)}</b> (<code>${esc(rule.source)}</code>): ${esc(rule.reason)}</li>`);
  return `<h2 id="row-level">Row level: which cases, meetings and log lines a user sees at all</h2>
<table class="matrix"><thead><tr><th>Objects</th>${columnHeads(matrix.columns)}</tr></thead><tbody>${rows.join("")}</tbody></table><ul class="notes">${reasons.join("")}</ul>`;
}

function legends(matrix: PermissionMatrix): string {
  const conditions = matrix.conditions.map((c) => `<tr><td><code>${esc(c.key)}</code></td><td>${esc(c.label)}</td><td>${esc(c.description)}</td></tr>`);
  const rules = matrix.rules.map((r) => `<tr id="${anchor(r.name)}"><td><code>${esc(r.name)}</code></td><td>${esc(r.reason)}</td></tr>`);
  return `<h2 id="conditions">Conditions</h2><table><thead><tr><th>Condition</th><th>In a cell</th><th>Means</th></tr></thead><tbody>${conditions.join("")}</tbody></table>
<h2 id="rules">Rules and why</h2><table><thead><tr><th>Rule</th><th>Why it grants or denies</th></tr></thead><tbody>${rules.join("")}</tbody></table>`;
}

/** The privacy officers' page: the same matrix as docs/permissions.md, as one self-contained HTML document. */
export function renderPermissionsHtml(matrix: PermissionMatrix): string {
  const reasons = new Map(matrix.rules.map((r) => [r.name, r.reason]));
  const columns = matrix.columns.map((c) => `<tr><td>${esc(c.label)} (<code>${esc(c.key)}</code>)</td><td>${c.dimension === "DOMAIN" ? "organisation domain" : "role"}</td><td>${esc(c.description)}</td></tr>`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Permission matrix (autorisatiematrix) — Casusoverleg</title><style>${STYLE}</style></head>
<body><header><h1>Permission matrix (autorisatiematrix)</h1>
<p>What this server enforces, derived by it from ${esc(DOC_SOURCES)}. It describes rules, not people: no personal data. The same matrix is in docs/permissions.md and available as <code>Query.permissionMatrix</code>.</p></header>
<nav><a href="#queries">Queries</a><a href="#mutations">Mutations</a><a href="#fields">Guarded fields</a><a href="#inherited">Inheriting fields</a><a href="#row-level">Row level</a><a href="#conditions">Conditions</a><a href="#rules">Rules and why</a></nav>
<main><h2 id="how">How to read it</h2><ul class="notes">${matrix.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>
<p class="legend"><span class="YES">yes</span><span class="IF">if …</span><span class="NO">no</span><span>any</span></p>
<table><thead><tr><th>Column</th><th>Kind</th><th>Who</th></tr></thead><tbody>${columns.join("")}</tbody></table>
${ruleTables(matrix, reasons)}
${inheritedTable(matrix)}
${rowLevelTable(matrix)}
${legends(matrix)}
</main></body></html>
`;
}
