export const id = 586;
export const ids = [586];
export const modules = {

/***/ 5586:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2825);
// EXTERNAL MODULE: ../shared/src/index.ts + 18 modules
var src = __webpack_require__(2485);
// EXTERNAL MODULE: ./src/checks/checks-config.ts
var checks_config = __webpack_require__(1084);
;// CONCATENATED MODULE: ./src/checks/drift.ts

function compareProfiles(reference, current, settings) {
    const rows = [];
    for (const now of current) {
        const before = reference.columns.find((c) => c.name === now.name);
        const row = before === undefined ? null : compareColumn(before, now);
        if (row === null)
            continue;
        const drift = { ...row, verdict: verdictOf(row.psi, row.p_value, settings) };
        rows.push(drift);
    }
    return rows;
}
function compareColumn(before, now) {
    if (now.type === 'category') {
        return before.categories === null || now.categories === null
            ? null
            : { column: now.name, ...(0,src/* categoryDrift */.In)(before.categories, now.categories) };
    }
    if (now.type !== 'integer' && now.type !== 'number')
        return null;
    const edges = before.histogram?.edges;
    const reference = before.sample;
    if (!edges || !before.histogram || !reference || reference.length === 0 || !now.sample || now.sample.length === 0)
        return null;
    const drift = (0,src/* numericDrift */.D6)({ counts: before.histogram.counts, sample: reference }, (0,src/* countInBins */.FU)(edges, now.sample), now.sample);
    return { column: now.name, ...drift };
}
function verdictOf(value, pValue, s) {
    if (value >= s.psiError)
        return 'error';
    if (value >= s.psiWarning || pValue < s.pValue)
        return 'warning';
    return 'ok';
}
/** One finding per drifted column, one per column with new categories. */
function driftFindings(rows, s) {
    const findings = [];
    for (const row of rows) {
        if (row.verdict !== 'ok') {
            findings.push({ id: 'drift', severity: row.verdict, column: row.column, message: driftMessage(row, s) });
        }
        const fresh = Object.entries(row.new_categories);
        if (fresh.length > 0) {
            const listed = fresh.map(([v, n]) => `"${v}" (${n})`).join(', ');
            findings.push({
                id: 'drift-new-category',
                severity: 'error',
                column: row.column,
                message: `column "${row.column}": ${fresh.length === 1 ? 'category' : 'categories'} ${listed} not in the reference profile; the reference model never saw ${fresh.length === 1 ? 'it' : 'them'} — retrain with such rows or check the source`,
            });
        }
    }
    return findings;
}
function driftMessage(row, s) {
    const limit = row.psi >= s.psiError ? `≥ ${s.psiError}` : row.psi >= s.psiWarning ? `≥ ${s.psiWarning}` : `< ${s.psiWarning}`;
    const test = `${row.test} ${row.test === 'KS' ? 'D' : 'χ²'} ${formatStat(row.statistic)}, p ${formatP(row.p_value)}`;
    const why = row.psi >= s.psiWarning ? '' : ` (p below ${s.pValue})`;
    return `column "${row.column}" drifted from the reference: PSI ${row.psi.toFixed(3)} (${limit}), ${test}${why}; check the source or retrain on recent data`;
}
const formatStat = (x) => (Math.abs(x) >= 100 ? x.toFixed(1) : x.toPrecision(3));
const formatP = (p) => (p === 0 ? '0' : p < 1e-3 ? p.toExponential(1) : p.toPrecision(2));

;// CONCATENATED MODULE: ./src/checks/drift-check.ts

function addDrift(result, reference, settings) {
    if (reference === undefined || !settings.enabled('drift'))
        return { ...result, drift: null };
    const rows = compareProfiles(reference, result.profile, settings.drift).map((row) => {
        const verdict = row.verdict === 'ok' ? 'ok' : settings.severity('drift', row.verdict);
        return { ...row, verdict: verdict === 'off' ? 'ok' : verdict };
    });
    const added = [];
    for (const f of driftFindings(rows, settings.drift)) {
        const severity = settings.severity(f.id, f.severity);
        if (severity !== 'off')
            added.push({ ...f, severity, count: 1, examples: [] });
    }
    const findings = [...result.findings, ...added];
    return { ...result, findings, passed: !findings.some((f) => f.severity === 'error'), drift: rows };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(4379);
// EXTERNAL MODULE: ../shared/src/statistics/sample.ts
var sample = __webpack_require__(6194);
;// CONCATENATED MODULE: ./src/statistics/profile-file.ts


const PROFILE_FORMAT = 'slipway-data-profile';
const PROFILE_VERSION = 2;
function profileDocument(dataset, result) {
    return {
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        dataset,
        rows: result.rows,
        sha256: result.sha256,
        sample_rows: sample/* SAMPLE_ROWS */.l6,
        columns: result.profile,
    };
}
class ProfileProblem extends Error {
    field;
    problem;
    constructor(field, problem) {
        super(problem);
        this.field = field;
        this.problem = problem;
    }
}
const FIX = 'give a profile-file written by validate-data (format version 2)';
/** Reads and checks a reference profile against the contract; throws naming the file and the field. */
function readReferenceProfile(file, contract) {
    const where = `input reference-profile: ${file}`;
    let doc;
    try {
        doc = JSON.parse((0,src/* readText */.yR)(file, 'reference profile'));
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`${where}: not a readable JSON file (${reason}); ${FIX}`);
    }
    try {
        const profile = checkDocument(doc);
        checkCompatible(profile, contract);
        return profile;
    }
    catch (error) {
        if (!(error instanceof ProfileProblem))
            throw error;
        throw new Error(`${where}: ${error.field}: ${error.problem}`);
    }
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const ascending = (v) => v.every((x, i) => i === 0 || x >= (v[i - 1] ?? x));
function checkDocument(doc) {
    if (!isObject(doc))
        throw new ProfileProblem('(root)', `expected a JSON object; ${FIX}`);
    if (doc.format !== PROFILE_FORMAT)
        throw new ProfileProblem('format', `expected "${PROFILE_FORMAT}", found ${JSON.stringify(doc.format)}; ${FIX}`);
    if (doc.version !== PROFILE_VERSION) {
        throw new ProfileProblem('version', `expected ${PROFILE_VERSION}, found ${JSON.stringify(doc.version)}; regenerate the reference with this validate-data`);
    }
    if (typeof doc.dataset !== 'string')
        throw new ProfileProblem('dataset', `expected the dataset name; ${FIX}`);
    if (!Array.isArray(doc.columns))
        throw new ProfileProblem('columns', `expected a list of column profiles; ${FIX}`);
    doc.columns.forEach((column, i) => {
        checkColumn(column, `columns[${i}]`);
    });
    return doc;
}
function checkColumn(column, path) {
    if (!isObject(column) || typeof column.name !== 'string')
        throw new ProfileProblem(`${path}.name`, `expected a column name; ${FIX}`);
    const numeric = column.type === 'integer' || column.type === 'number';
    if (numeric) {
        const h = column.histogram;
        if (h !== null) {
            if (!isObject(h) || !isNumberList(h.edges) || h.edges.length < 2 || !ascending(h.edges)) {
                throw new ProfileProblem(`${path}.histogram.edges`, `expected at least 2 ascending numbers; ${FIX}`);
            }
            if (!isNumberList(h.counts) || h.counts.length !== h.edges.length - 1) {
                throw new ProfileProblem(`${path}.histogram.counts`, `expected one count per bin (${h.edges.length - 1}); ${FIX}`);
            }
        }
        if (column.sample !== null && !(isNumberList(column.sample) && ascending(column.sample))) {
            throw new ProfileProblem(`${path}.sample`, `expected an ascending list of numbers; ${FIX}`);
        }
    }
    if (column.type === 'category' && column.categories !== null) {
        const c = column.categories;
        if (!isObject(c) || !Object.values(c).every((n) => typeof n === 'number' && n >= 0)) {
            throw new ProfileProblem(`${path}.categories`, `expected counts per category; ${FIX}`);
        }
    }
}
function checkCompatible(profile, contract) {
    if (profile.dataset !== contract.dataset) {
        throw new ProfileProblem('dataset', `the profile is of dataset "${profile.dataset}", the contract of "${contract.dataset}"; give a profile of the same dataset`);
    }
    for (const column of contract.columns) {
        const index = profile.columns.findIndex((c) => c.name === column.name);
        if (index < 0) {
            throw new ProfileProblem('columns', `no profile for contract column "${column.name}"; regenerate the reference with the current contract`);
        }
        const found = profile.columns[index]?.type;
        if (found !== column.type) {
            throw new ProfileProblem(`columns[${index}].type`, `"${column.name}" is ${String(found)} in the profile but ${column.type} in the contract; regenerate the reference`);
        }
    }
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that quotes them; helpers never read inputs themselves.





function optional(name) {
    const value = core/* getInput */.V4(name);
    return value === '' ? undefined : value;
}
/** A contract path, or a dataset name under <workspace>/data. */
function resolveContractFile(value, workspace) {
    const asName = /^[a-z0-9][a-z0-9-]*$/.test(value);
    const file = asName ? (0,src/* contractFileFor */.GS)({ dataset: value, dataRoot: (0,external_node_path_.join)(workspace, 'data') }) : (0,src/* resolveInWorkspace */.z1)(value, workspace);
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`input contract: "${value}": ${file} does not exist; give a dataset name or a contract path`);
    return file;
}
/** The contract's own data when its source is a local path or an s3:// object; for a url or a
 * generator source the data input is needed (resolve it first: python -m slipway_ml resolve-data). */
function defaultDataFile(contract, contractFile) {
    const { kind, path, uri } = contract.source;
    if (kind === 'path' && typeof path === 'string')
        return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)((0,external_node_path_.dirname)(contractFile), path);
    if (kind === 's3' && typeof uri === 'string')
        return uri;
    throw new Error(`input data: dataset "${contract.dataset}" has a ${kind} source; give the file in the data input (python -m slipway_ml resolve-data prints it)`);
}
/** A local path is resolved in the workspace; an s3:// URI is read from S3 as it is. */
function dataLocation(raw, workspace) {
    return raw.startsWith('s3://') ? raw : (0,src/* resolveInWorkspace */.z1)(raw, workspace);
}
function contractInput(context) {
    const contract = optional('contract');
    if (contract !== undefined)
        return resolveContractFile(contract, context.workspace);
    const project = optional('project');
    if (project === undefined)
        throw new Error('inputs: give either contract (a dataset name or contract path) or project');
    const specFile = (0,src/* resolveProjectSpecFile */.Lh)({ project, workspace: context.workspace });
    const spec = (0,src/* loadProjectSpec */.ZQ)(specFile);
    const file = (0,src/* contractFileFor */.GS)({ dataset: spec.dataset, dataRoot: (0,src/* dataRootFor */.y8)(specFile, context.workspace) });
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`input project: dataset "${spec.dataset}" of ${specFile}: ${file} does not exist; add the contract there`);
    return file;
}
function readInputs(context = (0,src/* runnerContext */.cE)()) {
    const contractFile = contractInput(context);
    const contract = (0,src/* loadDatasetContract */.bN)(contractFile);
    const data = optional('data');
    const report = optional('report-file');
    const profile = optional('profile-file');
    const reference = optional('reference-profile');
    const outDir = (0,external_node_path_.join)(context.runnerTemp, 'slipway-validate-data');
    return {
        contractFile,
        contract,
        dataFile: data === undefined ? defaultDataFile(contract, contractFile) : dataLocation(data, context.workspace),
        reportFile: report === undefined ? (0,external_node_path_.join)(outDir, 'report.json') : (0,src/* resolveInWorkspace */.z1)(report, context.workspace),
        profileFile: profile === undefined ? (0,external_node_path_.join)(outDir, 'profile.json') : (0,src/* resolveInWorkspace */.z1)(profile, context.workspace),
        failOnError: (0,src/* parseBoolean */.yG)('fail-on-error', core/* getInput */.V4('fail-on-error') || 'true'),
        ...(reference === undefined
            ? {}
            : { referenceProfile: readReferenceProfile((0,src/* resolveInWorkspace */.z1)(reference, context.workspace), contract) }),
    };
}

;// CONCATENATED MODULE: ./src/report.ts
// The job summary: verdict first, then the failed checks (errors, then warnings, each with
// examples), then the drift table, then the column profile table.


function verdictLine(result) {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    const head = result.passed ? '✅ data valid' : '❌ data invalid';
    return `${head}: ${result.rows} rows, ${errors} errors, ${warnings} warnings (${(0,src/* inlineCode */.ti)(result.file)})`;
}
const examplesText = (f) => f.examples.map((e) => `line ${e.line}: ${e.value}`).join('; ');
function findingsTable(findings, severity) {
    const chosen = findings.filter((f) => f.severity === severity);
    if (chosen.length === 0)
        return null;
    const title = severity === 'error' ? '### ❌ Errors' : '### ⚠️ Warnings';
    const table = (0,src/* markdownTable */.Qj)({
        headers: ['Check', 'Severity', 'Column', 'Count', 'Message', 'Examples'],
        rows: chosen.map((f) => [f.id, f.severity, f.column ?? '', String(f.count), f.message, examplesText(f)]),
    });
    return `${title}\n\n${table}`;
}
const VERDICT = { ok: '✅ ok', warning: '⚠️ warning', error: '❌ error' };
function driftTable(rows) {
    const table = (0,src/* markdownTable */.Qj)({
        headers: ['Column', 'PSI', 'Test', 'Statistic', 'p-value', 'New categories', 'Verdict'],
        rows: rows.map((r) => [
            r.column,
            r.psi.toFixed(3),
            r.test,
            formatStat(r.statistic),
            formatP(r.p_value),
            Object.keys(r.new_categories).join(', '),
            VERDICT[r.verdict],
        ]),
        align: ['left', 'right', 'left', 'right', 'right', 'left', 'left'],
    });
    return `### Drift against the reference profile\n\n${table}`;
}
function profileTable(result) {
    const table = (0,src/* markdownTable */.Qj)({
        headers: ['Column', 'Type', 'Count', 'Nulls', 'Min', 'Max', 'Mean', 'Std', 'Distinct'],
        rows: result.profile.map((p) => [
            p.name,
            p.type,
            String(p.count),
            String(p.nulls),
            (0,src/* formatNumber */.ZV)(p.min),
            (0,src/* formatNumber */.ZV)(p.max),
            (0,src/* formatNumber */.ZV)(p.mean),
            (0,src/* formatNumber */.ZV)(p.std),
            p.categories === null && p.distinct > 1000 ? '> 1000' : String(p.distinct),
        ]),
    });
    return `### Column profile\n\n${table}`;
}
function renderSummary(result) {
    const parts = [
        `## validate-data\n\n${verdictLine(result)}`,
        findingsTable(result.findings, 'error'),
        findingsTable(result.findings, 'warning'),
        result.drift === null ? null : driftTable(result.drift),
        profileTable(result),
    ];
    return `${parts.filter((p) => p !== null).join('\n\n')}\n`;
}
function failureMessage(result) {
    const errors = result.findings.filter((f) => f.severity === 'error');
    return `data validation failed with ${errors.length} error(s): ${errors.map((f) => f.message).join(' | ')}`;
}

// EXTERNAL MODULE: ./src/reading/csv-reader.ts + 2 modules
var csv_reader = __webpack_require__(4479);
// EXTERNAL MODULE: ./src/file-validator.ts + 10 modules
var file_validator = __webpack_require__(9615);
;// CONCATENATED MODULE: ./src/reading/parquet-reader.ts
// Parquet input, recognised by its magic bytes: read with hyparquet one row group at a time (so
// memory is bounded by one row group), each row handed to the same record sink as CSV rows,
// values in their text form so the same cell checks apply. Line numbers are those of the
// equivalent CSV: the column names are line 1, row i (0-based) is line i + 2.


const MAGIC = 'PAR1';
function isParquetFile(file) {
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        const head = Buffer.alloc(4);
        return (0,external_node_fs_.readSync)(fd, head, 0, 4, 0) === 4 && head.toString('latin1') === MAGIC;
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Streams every row group through onRecord (ref = the row's 0-based index). */
async function streamParquet(file, onRecord) {
    const opened = await openParquet(file);
    const sha256 = (0,src/* fileSha256 */.sN)(file);
    const { buffer, metadata, columns } = opened;
    onRecord({ fields: columns.map((c) => c.name), line: 1 }, -1);
    let nextLine = 2;
    await forEachRowGroup(buffer, metadata, (rows, start) => {
        rows.forEach((row, i) => {
            onRecord({ fields: row.map(cellText), line: start + i + 2 }, start + i);
        });
        nextLine = start + rows.length + 2;
    });
    return { sha256, bytes: buffer.byteLength, nextLine, columns };
}
/** Reads rows again by index, one row group at a time. */
function parquetRecordFetcher(file) {
    return async (refs) => {
        const wanted = new Set(refs);
        const found = new Map();
        const { buffer, metadata } = await openParquet(file);
        await forEachRowGroup(buffer, metadata, (rows, start) => {
            rows.forEach((row, i) => {
                if (wanted.has(start + i))
                    found.set(start + i, row.map(cellText));
            });
        }, (start, end) => refs.some((r) => r >= start && r < end));
        return found;
    };
}
/** Contract columns whose Parquet type cannot hold the contract's type: one message each. */
function parquetTypeProblems(file, columns, contract) {
    const byName = new Map(columns.map((c) => [c.name.trim().toLowerCase(), c]));
    return contract.columns.flatMap((column) => {
        const stored = byName.get(column.name.trim().toLowerCase());
        if (stored === undefined || fits(column, stored))
            return [];
        const message = `${file}: column "${column.name}" is stored as ${stored.stored} in the Parquet file but the contract says ${column.type}; write the column as ${wanted(column)} or fix the contract`;
        return [{ column: column.name, message }];
    });
}
function fits(column, stored) {
    switch (column.type) {
        case 'integer':
        case 'number':
            return stored.kind === 'number';
        case 'boolean':
            return stored.kind === 'boolean';
        case 'category':
            return stored.kind === 'text';
        case 'string':
            return true;
    }
}
const wanted = (column) => column.type === 'boolean' ? 'BOOLEAN' : column.type === 'category' ? 'a string' : 'an integer or floating-point type';
async function openParquet(file) {
    // Loaded on first use: CSV runs do not pay for parsing the Parquet reader's code.
    const { asyncBufferFromFile, parquetMetadataAsync } = await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.bind(__webpack_require__, 7528));
    const buffer = await asyncBufferFromFile(file);
    let metadata;
    try {
        metadata = await parquetMetadataAsync(buffer);
    }
    catch (error) {
        throw new Error(`${file} starts like a Parquet file but its footer cannot be read (${error.message}); is it complete?`);
    }
    return { buffer, metadata, columns: flatColumns(file, metadata.schema) };
}
/** The top-level columns; nested ones (structs, lists, maps) are refused by name. */
function flatColumns(file, schema) {
    const children = schema.slice(1);
    const nested = children.filter((e) => (e.num_children ?? 0) > 0).map((e) => e.name);
    if (nested.length > 0) {
        throw new Error(`${file}: Parquet ${nested.length === 1 ? 'column' : 'columns'} ${nested.join(', ')} ${nested.length === 1 ? 'is' : 'are'} nested (struct, list or map); validate-data reads flat tables — flatten them first`);
    }
    return children.map(describe);
}
function describe(element) {
    const logical = element.logical_type?.type ?? element.converted_type;
    const stored = `${element.type ?? 'GROUP'}${logical === undefined ? '' : ` (${logical})`}`;
    return { name: element.name, stored, kind: kindOf(element.type, logical) };
}
function kindOf(type, logical) {
    if (type === 'BOOLEAN')
        return 'boolean';
    if (logical !== undefined &&
        ['DATE', 'TIME', 'TIMESTAMP', 'TIME_MILLIS', 'TIME_MICROS', 'TIMESTAMP_MILLIS', 'TIMESTAMP_MICROS', 'INTERVAL'].includes(logical))
        return 'other';
    if (type === 'INT32' || type === 'INT64' || type === 'FLOAT' || type === 'DOUBLE')
        return 'number';
    if (logical === 'DECIMAL')
        return 'number';
    if (type === 'BYTE_ARRAY' || type === 'FIXED_LEN_BYTE_ARRAY')
        return 'text';
    return 'other';
}
/** Calls onRows with each row group's rows and the index of its first row. */
async function forEachRowGroup(buffer, metadata, onRows, wantGroup = () => true) {
    const { parquetRead } = await __webpack_require__.e(/* import() */ 528).then(__webpack_require__.bind(__webpack_require__, 7528));
    let start = 0;
    for (const group of metadata.row_groups) {
        const end = start + Number(group.num_rows);
        if (wantGroup(start, end)) {
            const from = start;
            await parquetRead({
                file: buffer,
                metadata,
                rowStart: start,
                rowEnd: end,
                onComplete: (rows) => {
                    onRows(rows, from);
                },
            });
        }
        start = end;
    }
}
/** A value's text, as the same value would be written in a CSV. */
function cellText(value) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    if (value instanceof Date)
        return value.toISOString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('utf8');
    return JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:stream/promises"
var promises_ = __webpack_require__(6466);
;// CONCATENATED MODULE: ./src/reading/s3-object.ts
// s3://bucket/key data: the object is streamed with GetObject into a temp file (Parquet needs
// random access, and duplicate checks read rows again), then validated like a local file. The
// endpoint comes from the standard SDK environment (AWS_ENDPOINT_URL_S3 / AWS_ENDPOINT_URL).




const USER_AGENT = 'slipway-validate-data';
function isS3Uri(value) {
    return value.startsWith('s3://');
}
function parseS3Uri(uri) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])\/(.+)$/.exec(uri);
    if (match === null)
        throw new Error(`data "${uri}" is not an S3 object URI; write it as s3://bucket/path/to/file.csv`);
    return { bucket: match[1] ?? '', key: match[2] ?? '' };
}
/** Loaded on first use: the SDK is most of the bundle, and local runs do not need it. */
async function client() {
    const { GetObjectCommand, S3Client } = await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.t.bind(__webpack_require__, 8299, 19));
    const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    const s3 = new S3Client({
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        customUserAgent: USER_AGENT,
        followRegionRedirects: true,
        // Endpoints other than AWS (moto, MinIO) take the bucket in the path, not the host name.
        forcePathStyle: endpoint !== undefined,
    });
    return { s3, GetObjectCommand };
}
/** Downloads the object to a file under dir; the file appears under its name only when complete. */
async function downloadS3Object(uri, dir) {
    const { bucket, key } = parseS3Uri(uri);
    const file = (0,external_node_path_.join)(dir, key.split('/').pop() || 'object');
    const partial = `${file}.partial`;
    try {
        const { s3, GetObjectCommand } = await client();
        const response = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        if (response.Body === undefined)
            throw new Error('the response has no body');
        await (0,promises_.pipeline)(response.Body, (0,external_node_fs_.createWriteStream)(partial));
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(partial, { force: true });
        throw new Error(explain(uri, bucket, key, error));
    }
    (0,external_node_fs_.renameSync)(partial, file);
    return file;
}
function explain(uri, bucket, key, error) {
    const name = error instanceof Error ? error.name : 'Error';
    const message = error instanceof Error ? error.message : String(error);
    switch (name) {
        case 'NoSuchBucket':
            return `${uri}: bucket "${bucket}" does not exist (NoSuchBucket); check the bucket name, the account and the endpoint`;
        case 'NoSuchKey':
            return `${uri}: bucket "${bucket}" has no object "${key}" (NoSuchKey); check the key's path and case`;
        case 'AccessDenied':
        case 'Forbidden':
            return `${uri}: access denied (${name}); the role needs s3:GetObject on arn:aws:s3:::${bucket}/${key}`;
        case 'CredentialsProviderError':
            return `${uri}: no AWS credentials were found; configure them (e.g. aws-actions/configure-aws-credentials) before this step`;
        default:
            return `${uri}: reading the object failed (${name}: ${message})`;
    }
}
/** A local copy of the data: the path itself, or an S3 object downloaded to a temp folder. */
async function localData(location, tempRoot = process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)()) {
    if (!isS3Uri(location))
        return { path: location, cleanup: () => undefined };
    const dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(tempRoot, 'slipway-s3-data-'));
    try {
        return {
            path: await downloadS3Object(location, dir),
            cleanup: () => {
                (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
            },
        };
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/parallel/split.ts
var split = __webpack_require__(3156);
;// CONCATENATED MODULE: ./src/validate.ts
// Validates a CSV or Parquet file (local or s3://) against a dataset contract in one streaming pass
// (two parts on two threads for a big CSV file: split.ts).






async function validateFile(file, contract, options = {}) {
    if (!isS3Uri(file) && (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())) {
        throw new Error(`data file ${file} does not exist; give the CSV path in the data input (or a Parquet file, or an s3:// URI)`);
    }
    const local = await localData(file);
    try {
        const validator = new file_validator/* FileValidator */.R(file, contract, options.duplicates);
        const summary = await readRecords(local.path, file, contract, validator, options);
        validator.finish(summary);
        const findings = validator.findings.list();
        return {
            file,
            passed: !findings.some((f) => f.severity === 'error'),
            rows: validator.rows,
            sha256: summary.sha256,
            findings,
            profile: validator.profile(),
        };
    }
    finally {
        local.cleanup();
    }
}
/** Streams a local CSV or Parquet file (told apart by its first bytes) through the validator. */
async function readRecords(path, name, contract, validator, options) {
    if (isParquetFile(path)) {
        const summary = await streamParquet(path, (record, ref, hash) => {
            validator.onRecord(record, ref, hash);
        });
        for (const problem of parquetTypeProblems(name, summary.columns, contract)) {
            validator.findings.add({ id: 'parquet-type', severity: 'error', ...problem });
        }
        await validator.duplicateChecks.report(parquetRecordFetcher(path), validator.findings);
        return summary;
    }
    const delimiter = contract.format?.delimiter ?? ',';
    const summary = options.slowPath === true
        ? await (0,csv_reader/* streamCsv */.zw)(path, delimiter, (record, ref, hash) => {
            validator.onRecord(record, ref, hash);
        }, undefined, { header: contract.format?.header !== false })
        : await (0,split.streamCsvInParts)(path, validator, contract, options.duplicates ?? {}, options.split);
    await validator.duplicateChecks.report((0,csv_reader/* csvRecordFetcher */.B6)(path, delimiter), validator.findings);
    return summary;
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's one edge: parse inputs, validate, publish; any error becomes setFailed.








async function run() {
    try {
        const inputs = readInputs();
        const validated = await validateFile(inputs.dataFile, inputs.contract, { split: { log: core/* info */.pq } });
        const result = addDrift(validated, inputs.referenceProfile, checks_config/* CheckSettings */.w.of(inputs.contract));
        // The profile goes to its own file (it is the next run's drift reference), not the report.
        const report = { contract: inputs.contractFile, ...result, profile: undefined };
        (0,src/* writeFileAtomic */.Zf)(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
        (0,src/* writeFileAtomic */.Zf)(inputs.profileFile, `${JSON.stringify(profileDocument(inputs.contract.dataset, result))}\n`);
        const errors = result.findings.filter((f) => f.severity === 'error');
        core/* setOutput */.uH('passed', String(result.passed));
        core/* setOutput */.uH('report-file', inputs.reportFile);
        core/* setOutput */.uH('profile-file', inputs.profileFile);
        core/* setOutput */.uH('fingerprint', JSON.stringify({ sha256: result.sha256, rows: result.rows }));
        core/* setOutput */.uH('errors', String(errors.length));
        core/* setOutput */.uH('warnings', String(result.findings.length - errors.length));
        core/* setOutput */.uH('drift', JSON.stringify(result.drift ?? []));
        await core/* summary */.z.addRaw(renderSummary(result)).write();
        core/* info */.pq(verdictLine(result));
        for (const f of result.findings.filter((x) => x.severity === 'warning'))
            core/* warning */.$e(f.message);
        if (result.passed)
            return;
        if (inputs.failOnError)
            core/* setFailed */.C1(failureMessage(result));
        else
            core/* warning */.$e(`${failureMessage(result)} (fail-on-error is false: the step continues)`);
    }
    catch (error) {
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
