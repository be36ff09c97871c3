/**
 * Readable API documentation rendered on the server from the OpenAPI document: no script, no
 * inline style (the strict CSP applies here too), one anchor per operation and per problem code.
 */
import { errorCodes } from "@circular-atlas/contracts";

interface OpenApiParameter {
  readonly name: string;
  readonly in: string;
  readonly required?: boolean;
  readonly description?: string;
  readonly schema?: {
    readonly type?: string;
    readonly enum?: readonly unknown[];
    readonly default?: unknown;
  };
}

interface OpenApiOperation {
  readonly summary?: string;
  readonly description?: string;
  readonly tags?: readonly string[];
  readonly parameters?: readonly OpenApiParameter[];
  readonly responses?: Readonly<Record<string, { readonly description?: string }>>;
}

export interface OpenApiDocument {
  readonly info: { readonly title: string; readonly version: string; readonly description?: string };
  readonly paths: Readonly<Record<string, Readonly<Record<string, OpenApiOperation>>>>;
}

const examples: Record<string, string> = {
  "/api/observations": "/api/observations?indicator=EN_MAT_DOMCMPC&area=KAZ,UZB&from=2010&format=csv",
  "/api/countries/{code}/profile": "/api/countries/KAZ/profile",
  "/api/indicators/{code}": "/api/indicators/EN_MAT_DOMCMPC",
  "/api/areas/{code}": "/api/areas/KAZ",
};

const problemExplanations: Record<string, string> = {
  [errorCodes.validationFailed]: "A parameter is missing or malformed; `details.issues` names each one.",
  [errorCodes.unknownArea]:
    "An area code is not known; `details.codes` lists them. 404 in a path, 400 in a query.",
  [errorCodes.unknownIndicator]:
    "An indicator code is not known; `details.codes` lists them. 404 in a path, 400 in a query.",
  [errorCodes.notFound]: "No resource at this path.",
  [errorCodes.importInvalid]:
    "An uploaded file has errors; `details.diagnostics` gives row, column and reason for each.",
  [errorCodes.internal]:
    "An unexpected failure; it is logged on the server, and the response carries no internals.",
  "service-unavailable": "The database cannot be reached (503).",
};

function escapeHtml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** `code` spans for backquoted words, as the schema descriptions use them. */
function inline(text: string | undefined): string {
  return escapeHtml(text ?? "").replace(/`([^`]+)`/g, "<code>$1</code>");
}

function renderOperation(path: string, method: string, operation: OpenApiOperation): string {
  const anchor = `${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-");
  const parameters = operation.parameters ?? [];
  const rows = parameters
    .map(
      (parameter) =>
        `<tr><td><code>${escapeHtml(parameter.name)}</code></td><td>${parameter.in}</td><td>${parameter.required ? "yes" : "no"}</td><td>${
          parameter.schema?.enum
            ? parameter.schema.enum.map((value) => `<code>${escapeHtml(String(value))}</code>`).join(" ")
            : escapeHtml(parameter.schema?.type ?? "")
        }${parameter.schema?.default === undefined ? "" : ` (default <code>${escapeHtml(String(parameter.schema.default))}</code>)`}</td><td>${inline(parameter.description)}</td></tr>`,
    )
    .join("");
  const responses = Object.entries(operation.responses ?? {})
    .map(([status, response]) => `<li><code>${status}</code> ${inline(response.description)}</li>`)
    .join("");
  const example = examples[path] ?? path;
  return `<section id="${anchor}" class="operation">
<h3><span class="method">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${inline(operation.summary)}</p>${operation.description ? `<p>${inline(operation.description)}</p>` : ""}
${parameters.length > 0 ? `<table><thead><tr><th>Parameter</th><th>In</th><th>Required</th><th>Type</th><th>Meaning</th></tr></thead><tbody>${rows}</tbody></table>` : ""}
<p>Responses:</p><ul>${responses}</ul>
<p>Example: <a href="${escapeHtml(example)}"><code>${escapeHtml(example)}</code></a></p>
</section>`;
}

export function renderApiDocs(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation })),
  );
  const toc = operations
    .map(
      ({ path, method, operation }) =>
        `<li><a href="#${`${method}-${path}`.replace(/[^A-Za-z0-9]+/g, "-")}">${method.toUpperCase()} ${escapeHtml(path)}</a> — ${inline(operation.summary)}</li>`,
    )
    .join("");
  const problems = Object.entries(problemExplanations)
    .map(
      ([code, text]) => `<tr id="problem-${code}"><td><code>${code}</code></td><td>${inline(text)}</td></tr>`,
    )
    .join("");
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} — API</title><link rel="stylesheet" href="/api/docs.css"></head>
<body><main>
<h1>${escapeHtml(document.info.title)} API <small>${escapeHtml(document.info.version)}</small></h1>
<p>${inline(document.info.description)}</p>
<p>The machine-readable description is <a href="/api/openapi.json"><code>/api/openapi.json</code></a> (OpenAPI 3). Values are decimal strings exactly as published; every observation names its source, and every source its licence.</p>
<h2>Operations</h2><ul>${toc}</ul>
${operations.map(({ path, method, operation }) => renderOperation(path, method, operation)).join("\n")}
<h2 id="problems">Errors</h2>
<p>Errors are <a href="https://www.rfc-editor.org/rfc/rfc9457">RFC 9457</a> problem details (<code>application/problem+json</code>) with a stable <code>code</code>; match on the code, not on the text.</p>
<table><thead><tr><th>Code</th><th>Meaning</th></tr></thead><tbody>${problems}</tbody></table>
</main></body></html>`;
}

export const apiDocsCss = `body{font-family:system-ui,sans-serif;line-height:1.5;margin:0;color:#1b1f24;background:#fff}
main{max-inline-size:60rem;margin-inline:auto;padding:1rem 1.5rem 4rem}
code{font-family:ui-monospace,monospace;background:#f2f4f7;padding:0 .25em;border-radius:3px}
table{border-collapse:collapse;inline-size:100%;margin-block:.5rem}th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:start;vertical-align:top}
.operation{border-block-start:1px solid #d0d7de;padding-block-start:.5rem}.method{display:inline-block;min-inline-size:3.5rem;font-weight:700;color:#0a5c36}
a{color:#0b5394}`;
