export const id = 971;
export const ids = [971];
export const modules = {

/***/ 5971:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  monitor: () => (/* binding */ monitor),
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2825);
// EXTERNAL MODULE: ../shared/src/index.ts + 18 modules
var src = __webpack_require__(1116);
;// CONCATENATED MODULE: ./src/intervals.ts
// Confidence intervals for the live figures: Student's t on a mean (the live error) and
// Wilson's score interval on a proportion (the interval's live coverage). Checked against scipy
// (test/intervals.test.ts, vectors made by test/vectors/make_statistics.py).
/** ln Γ(z) for z > 0 (Lanczos, g = 7). */
function logGamma(z) {
    const c = [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
        -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];
    if (z < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
    const w = z - 1;
    let sum = c[0] ?? 1;
    for (let i = 1; i < c.length; i++)
        sum += (c[i] ?? 0) / (w + i);
    const t = w + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}
/** Continued fraction of the regularised incomplete beta function (Numerical Recipes §6.4). */
function betaFraction(a, b, x) {
    const tiny = 1e-300;
    let c = 1;
    let d = 1 - ((a + b) * x) / (a + 1);
    if (Math.abs(d) < tiny)
        d = tiny;
    d = 1 / d;
    let h = d;
    for (let m = 1; m <= 300; m++) {
        const m2 = 2 * m;
        let aa = (m * (b - m) * x) / ((a + m2 - 1) * (a + m2));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        h *= d * c;
        aa = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + m2 + 1));
        d = 1 + aa * d;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = 1 + aa / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return h;
}
/** I_x(a, b), the regularised incomplete beta function. */
function incompleteBeta(x, a, b) {
    if (x <= 0)
        return 0;
    if (x >= 1)
        return 1;
    const front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
    return x < (a + 1) / (a + b + 2) ? (front * betaFraction(a, b, x)) / a : 1 - (front * betaFraction(b, a, 1 - x)) / b;
}
/** P(T ≤ t) for Student's t with dof degrees of freedom (scipy.stats.t.cdf). */
function studentTCdf(t, dof) {
    const tail = 0.5 * incompleteBeta(dof / (dof + t * t), dof / 2, 0.5);
    return t >= 0 ? 1 - tail : tail;
}
/** The p-quantile of Student's t (scipy.stats.t.ppf), by bisection on the CDF. */
function studentTQuantile(p, dof) {
    if (!(p > 0 && p < 1))
        throw new Error(`t quantile: p must be in (0, 1), got ${p}`);
    let lo = -1e3;
    let hi = 1e3;
    for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
        const mid = (lo + hi) / 2;
        if (studentTCdf(mid, dof) < p)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}
/** The standard normal p-quantile (Acklam's rational approximation, relative error < 1.2e-9). */
function normalQuantile(p) {
    if (!(p > 0 && p < 1))
        throw new Error(`normal quantile: p must be in (0, 1), got ${p}`);
    const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
    const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1];
    const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
    const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
    const poly = (k, x) => k.reduce((s, v) => s * x + v, 0);
    const low = 0.02425;
    if (p < low) {
        const q = Math.sqrt(-2 * Math.log(p));
        return poly(c, q) / poly(d, q);
    }
    if (p > 1 - low) {
        const q = Math.sqrt(-2 * Math.log(1 - p));
        return -poly(c, q) / poly(d, q);
    }
    const q = p - 0.5;
    const r = q * q;
    return (poly(a, r) * q) / poly(b, r);
}
/** Student's t interval on a mean from n values with the given mean and sample variance. */
function meanInterval(mean, variance, n, confidence) {
    if (n < 2)
        return null;
    const half = studentTQuantile(1 - (1 - confidence) / 2, n - 1) * Math.sqrt(variance / n);
    return { low: mean - half, high: mean + half };
}
/** Wilson's score interval on k successes in n (scipy's binomtest(k, n).proportion_ci(method="wilson")). */
function wilsonInterval(k, n, confidence) {
    if (n === 0)
        return null;
    const z = normalQuantile(1 - (1 - confidence) / 2);
    const p = k / n;
    const z2 = z * z;
    const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
    return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

;// CONCATENATED MODULE: ./src/analysis.ts
// Turns what was read into the report's figures and a verdict. Pure: no inputs, no I/O.


const fmt = (x) => (Math.abs(x) >= 1000 ? Math.round(x).toLocaleString('en-US') : Number(x.toPrecision(3)).toString());
const levelOfPsi = (psi, warning, retrain) => (psi >= retrain ? 'retrain' : psi >= warning ? 'warn' : 'ok');
function inputDrift(read, t) {
    const rows = [];
    for (const [feature, { reference, live }] of read.features) {
        let drift;
        let values;
        if (reference.kind === 'numeric' && 'sample' in live) {
            values = live.values;
            if (values === 0)
                continue;
            drift = (0,src/* numericDrift */.D6)({ counts: reference.counts, sample: reference.sample }, live.counts, live.sample);
        }
        else if (reference.kind === 'category' && !('sample' in live)) {
            values = Object.values(live.counts).reduce((s, n) => s + n, 0);
            if (values === 0)
                continue;
            drift = (0,src/* categoryDrift */.In)(reference.categories, live.counts);
        }
        else
            continue;
        let level = levelOfPsi(drift.psi, t.drift.psiWarning, t.drift.psiRetrain);
        if (level === 'ok' && (drift.p_value < t.drift.pValue || Object.keys(drift.new_categories).length > 0))
            level = 'warn';
        rows.push({ feature, ...drift, live_values: values, nulls: live.nulls, level });
    }
    return rows;
}
function predictionDrift(read, test, t) {
    if (read.predictions === 0)
        return null;
    const live = read.livePredictions;
    const drift = (0,src/* numericDrift */.D6)({ counts: test.counts, sample: test.sorted }, live.counts, live.sample);
    return {
        ...drift,
        test_predictions: test.sorted.length,
        live_mean: read.liveMean,
        test_mean: test.sorted.reduce((s, v) => s + v, 0) / test.sorted.length,
        level: levelOfPsi(drift.psi, t.predictionDrift.psiWarning, t.predictionDrift.psiRetrain),
    };
}
function liveError(read, testMetrics, t) {
    const { metric, ratioWarning, ratioRetrain } = t.liveError;
    const test = testMetrics[metric];
    const labels = read.errors.absolute.n;
    if (labels === 0 || test === undefined)
        return null;
    let live;
    let interval;
    if (metric === 'mae') {
        const m = read.errors.absolute;
        live = m.mean;
        interval = meanInterval(m.mean, m.variance, m.n, t.confidence);
    }
    else {
        const m = read.errors.squared;
        live = Math.sqrt(m.mean);
        const mse = meanInterval(m.mean, m.variance, m.n, t.confidence);
        interval = mse === null ? null : { low: Math.sqrt(Math.max(0, mse.low)), high: Math.sqrt(mse.high) };
    }
    const ratio = live / test;
    const small = labels < t.minLabels;
    let level = 'ok';
    // A retrain needs the ratio and an interval that excludes the test error: noise alone never retrains.
    if (!small && ratio >= ratioRetrain && interval !== null && interval.low > test)
        level = 'retrain';
    else if (!small && ratio >= ratioWarning)
        level = 'warn';
    return { metric, labels, small_sample: small, live, interval, test, ratio, level };
}
function coverage(read, t) {
    const c = read.coverage;
    if (c.n === 0)
        return null;
    const live = c.inside / c.n;
    const interval = wilsonInterval(c.inside, c.n, t.confidence);
    const shortfall = c.nominal - live;
    const small = c.n < t.minLabels;
    let level = 'ok';
    if (!small && shortfall >= t.coverage.shortfallRetrain && interval !== null && interval.high < c.nominal)
        level = 'retrain';
    else if (!small && shortfall >= t.coverage.shortfallWarning)
        level = 'warn';
    return { labels: c.n, inside: c.inside, nominal: c.nominal, live, interval, shortfall, small_sample: small, level };
}
function analyse({ read, thresholds: t, testMetrics, testPredictions, hasProfile }) {
    const notes = [];
    const drift = hasProfile ? inputDrift(read, t) : null;
    const predicted = predictionDrift(read, testPredictions, t);
    const error = liveError(read, testMetrics, t);
    const cover = coverage(read, t);
    if (!hasProfile)
        notes.push('input drift not checked: no training data profile (give profile-file, or a bundle holding training_profile.json)');
    if (error === null)
        notes.push(`live error not checked: ${read.errors.absolute.n === 0 ? 'no labelled predictions in the window' : `the bundle has no test ${t.liveError.metric}`}`);
    else if (error.small_sample)
        notes.push(`live error on ${error.labels} labels only (fewer than min_labels ${t.minLabels}): a small sample, reported but not deciding`);
    if (cover?.small_sample === true)
        notes.push(`coverage on ${cover.labels} labelled intervals only (fewer than min_labels ${t.minLabels}): a small sample`);
    const others = Object.entries(read.otherVersions);
    if (others.length > 0)
        notes.push(`predictions by other model versions left out: ${others.map(([v, n]) => `${v} (${n})`).join(', ')}`);
    if (read.predictions < t.minPredictions) {
        const reason = `${read.predictions} predictions of this model in the window, fewer than min_predictions ${t.minPredictions}: too few to judge`;
        return {
            verdict: 'insufficient-data',
            reasons: [reason],
            notes,
            input_drift: drift,
            prediction_drift: predicted,
            live_error: error,
            coverage: cover,
        };
    }
    const findings = [];
    for (const row of drift ?? []) {
        if (row.level === 'ok')
            continue;
        const fresh = Object.keys(row.new_categories);
        const extra = fresh.length > 0 ? `, categories not in training: ${fresh.join(', ')}` : '';
        findings.push({
            level: row.level,
            text: `input "${row.feature}" drifted from the training data: PSI ${fmt(row.psi)}, ${row.test} p ${row.p_value.toExponential(1)}${extra}`,
        });
    }
    if (predicted !== null && predicted.level !== 'ok') {
        findings.push({
            level: predicted.level,
            text: `predictions drifted from the test predictions: PSI ${fmt(predicted.psi)} (live mean ${fmt(predicted.live_mean)}, test mean ${fmt(predicted.test_mean)})`,
        });
    }
    if (error !== null && error.level !== 'ok') {
        const ci = error.interval === null
            ? ''
            : ` (${Math.round(t.confidence * 100)} % interval ${fmt(error.interval.low)}–${fmt(error.interval.high)})`;
        findings.push({
            level: error.level,
            text: `live ${error.metric} ${fmt(error.live)}${ci} is ${error.ratio.toFixed(2)}× the test ${error.metric} ${fmt(error.test)} on ${error.labels} labels`,
        });
    }
    if (cover !== null && cover.level !== 'ok') {
        findings.push({
            level: cover.level,
            text: `the prediction interval covered ${(cover.live * 100).toFixed(1)} % of ${cover.labels} labels, nominal ${(cover.nominal * 100).toFixed(0)} %`,
        });
    }
    const retrain = findings.filter((f) => f.level === 'retrain');
    const verdict = retrain.length > 0 ? 'retrain-needed' : findings.length > 0 ? 'warn' : 'healthy';
    const reasons = [...retrain, ...findings.filter((f) => f.level !== 'retrain')].map((f) => f.level === 'retrain' ? `retrain: ${f.text}` : `warn: ${f.text}`);
    return { verdict, reasons, notes, input_drift: drift, prediction_drift: predicted, live_error: error, coverage: cover };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(4379);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/record-files.ts
// Lists the record files of one project and kind (predictions | feedback) over a range of hours,
// in a folder or under s3://bucket/prefix. Layout (CONTRACTS.md, "Prediction records and
// feedback"): <root>/<project>/<kind>/YYYY/MM/DD/HH/<file>.jsonl, the hour of each record's time
// (UTC). A file is complete once it has its name, so every .jsonl file listed is read; hidden
// files (a writer's temporary names) are passed over.


/** A local file's chunks (line-reader's READ_CHUNK; the buffer is reused, so each is consumed before the next). */
function* localChunks(path, chunk = 1 << 20) {
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    try {
        const buffer = Buffer.allocUnsafe(chunk);
        for (let read = (0,external_node_fs_.readSync)(fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(fd, buffer)) {
            yield buffer.subarray(0, read);
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
const HOUR_MS = 3_600_000;
/** "YYYY/MM/DD/HH" of the hour holding t. */
function hourPath(t) {
    const d = new Date(Math.floor(t / HOUR_MS) * HOUR_MS).toISOString();
    return `${d.slice(0, 4)}/${d.slice(5, 7)}/${d.slice(8, 10)}/${d.slice(11, 13)}`;
}
function inRange(hour, range) {
    return hour >= range.first && (range.last === undefined || hour <= range.last);
}
const DIGITS = [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/, /^\d{2}$/];
function isRecordFileName(name) {
    return !name.startsWith('.') && name.endsWith('.jsonl');
}
/** Local folder: walks the YYYY/MM/DD/HH folders in order, entering only those that can hold the range. */
function listLocalFiles(root, project, kind, range) {
    const base = (0,external_node_path_.join)(root, project, kind);
    if (!(0,external_node_fs_.existsSync)(base))
        return [];
    const files = [];
    const walk = (dir, parts) => {
        const level = parts.length;
        if (level === 4) {
            for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
                const file = (0,external_node_path_.join)(dir, name);
                const stat = isRecordFileName(name) ? (0,external_node_fs_.statSync)(file) : undefined;
                if (stat?.isFile())
                    files.push({ name: file, chunks: () => localChunks(file), local: { path: file, bytes: stat.size } });
            }
            return;
        }
        for (const name of (0,external_node_fs_.readdirSync)(dir).sort()) {
            if (!DIGITS[level]?.test(name))
                continue;
            const prefix = [...parts, name].join('/');
            // A partial path is in range when some hour under it can be.
            if (prefix < range.first.slice(0, prefix.length))
                continue;
            if (range.last !== undefined && prefix > range.last.slice(0, prefix.length))
                continue;
            const next = (0,external_node_path_.join)(dir, name);
            if ((0,external_node_fs_.statSync)(next).isDirectory())
                walk(next, [...parts, name]);
        }
    };
    walk(base, []);
    return files.filter((f) => inRange(hourOfLocal(f.name, base), range));
}
function hourOfLocal(file, base) {
    return file
        .slice(base.length + 1)
        .split(/[\\/]/)
        .slice(0, 4)
        .join('/');
}
function parseS3Root(uri, what) {
    const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(uri);
    if (match === null)
        throw new Error(`${what} "${uri}" is not an S3 URI; write it as s3://bucket/prefix`);
    const rest = (match[2] ?? '').replace(/\/+$/, '');
    return { bucket: match[1] ?? '', prefix: rest === '' ? '' : `${rest}/` };
}
/** S3: one listing from the first hour on (keys sort as their hours do), stopped past the last. */
async function listS3Files(s3, root, project, kind, range) {
    const { GetObjectCommand, ListObjectsV2Command } = await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.t.bind(__webpack_require__, 8299, 19));
    const base = `${root.prefix}${project}/${kind}/`;
    const files = [];
    let token;
    do {
        const page = await s3.send(new ListObjectsV2Command({ Bucket: root.bucket, Prefix: base, StartAfter: `${base}${range.first}`, ContinuationToken: token }));
        for (const object of page.Contents ?? []) {
            const key = object.Key ?? '';
            const hour = key.slice(base.length, base.length + 13);
            if (range.last !== undefined && hour > range.last)
                return files;
            const name = key.slice(key.lastIndexOf('/') + 1);
            if (!inRange(hour, range) || !isRecordFileName(name))
                continue;
            const uri = `s3://${root.bucket}/${key}`;
            files.push({
                name: uri,
                chunks: async function* () {
                    const answer = await s3.send(new GetObjectCommand({ Bucket: root.bucket, Key: key }));
                    if (answer.Body === undefined)
                        throw new Error(`${uri}: S3 returned no body`);
                    // In Node the body is a stream of Buffers: read as it arrives, never joined whole.
                    yield* answer.Body;
                },
            });
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined);
    return files;
}
/** An S3 client for the standard SDK environment; endpoints other than AWS (moto) use path-style buckets. */
async function s3Client() {
    const { S3Client } = await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.t.bind(__webpack_require__, 8299, 19));
    const endpoint = process.env.AWS_ENDPOINT_URL_S3 ?? process.env.AWS_ENDPOINT_URL;
    return new S3Client({
        region: process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? 'us-east-1',
        customUserAgent: 'slipway-monitor',
        followRegionRedirects: true,
        forcePathStyle: endpoint !== undefined,
    });
}

;// CONCATENATED MODULE: ./src/bundle.ts
// The production model bundle as the monitor needs it: its version, test metrics, test
// predictions (predictions_sample.json), nominal interval coverage (calibration.json) and, when
// the bundle carries one, the training rows' profile (training_profile.json, validate-data's format). A bundle is a folder, its
// .tar.gz (files at the archive's top level, ml/slipway_ml/bundle.py) or either under s3://.




const NEEDED = ['manifest.json', 'metrics.json', 'predictions_sample.json', 'input_schema.json'];
const PROFILE_FILE = 'training_profile.json';
const OPTIONAL = ['calibration.json', PROFILE_FILE];
/** Regular files at the top level of a .tar(.gz) archive, by base name. */
function untar(archive, where) {
    const data = archive[0] === 0x1f && archive[1] === 0x8b ? (0,external_node_zlib_.gunzipSync)(archive) : archive;
    const files = new Map();
    let offset = 0;
    while (offset + 512 <= data.length) {
        const header = data.subarray(offset, offset + 512);
        if (header.every((b) => b === 0))
            break;
        const text = (from, length) => header.toString('latin1', from, from + length).replace(/\0.*$/s, '');
        const size = parseInt(text(124, 12).trim() || '0', 8);
        if (!Number.isFinite(size))
            throw new Error(`${where}: not a tar archive (bad size field at byte ${offset + 124})`);
        const type = text(156, 1);
        const name = [text(345, 155), text(0, 100)].filter((p) => p !== '').join('/');
        const body = data.subarray(offset + 512, offset + 512 + size);
        if (type === '0' || type === '')
            files.set(name.replace(/^(\.\/)+/, ''), Buffer.from(body));
        offset += 512 + Math.ceil(size / 512) * 512;
    }
    return files;
}
async function s3Reader(uri) {
    const { GetObjectCommand } = await __webpack_require__.e(/* import() */ 299).then(__webpack_require__.t.bind(__webpack_require__, 8299, 19));
    const s3 = await s3Client();
    const root = parseS3Root(uri, 'input bundle');
    const get = async (key) => {
        try {
            const answer = await s3.send(new GetObjectCommand({ Bucket: root.bucket, Key: key }));
            return Buffer.from((await answer.Body?.transformToByteArray()) ?? []);
        }
        catch (error) {
            if (error instanceof Error && (error.name === 'NoSuchKey' || error.name === 'NotFound'))
                return undefined;
            throw new Error(`${uri}: ${error instanceof Error ? error.message : String(error)}`);
        }
    };
    const key = root.prefix.replace(/\/$/, '');
    if (key.endsWith('.tar.gz')) {
        const archive = await get(key);
        if (archive === undefined)
            throw new Error(`input bundle: ${uri} does not exist; give the production bundle's .tar.gz or folder`);
        const files = untar(archive, uri);
        return (name) => Promise.resolve(files.get(name)?.toString('utf8'));
    }
    return async (name) => (await get(`${root.prefix}${name}`))?.toString('utf8');
}
function localReader(path) {
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`input bundle: ${path} does not exist; give the production bundle's folder or .tar.gz`);
    if ((0,external_node_fs_.statSync)(path).isDirectory()) {
        return (name) => Promise.resolve((0,external_node_fs_.existsSync)((0,external_node_path_.join)(path, name)) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(path, name), 'utf8') : undefined);
    }
    const files = untar((0,external_node_fs_.readFileSync)(path), path);
    return (name) => Promise.resolve(files.get(name)?.toString('utf8'));
}
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
function json(text, file) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!isObject(value))
        throw new Error(`${file}: expected a JSON object`);
    return value;
}
function numbers(value, file, field) {
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'number' && Number.isFinite(v))) {
        throw new Error(`${file}: ${field}: expected a non-empty list of numbers`);
    }
    return value;
}
/** Reads and checks what the monitor needs; errors name the bundle file and field. */
async function readBundle(location) {
    const read = location.startsWith('s3://') ? await s3Reader(location) : localReader(location);
    const texts = new Map();
    for (const name of [...NEEDED, ...OPTIONAL]) {
        const text = await read(name);
        if (text !== undefined)
            texts.set(name, text);
        else if (NEEDED.includes(name))
            throw new Error(`input bundle: ${location} has no ${name}; is it a Slipway model bundle?`);
    }
    const doc = (name) => json(texts.get(name) ?? '', `${location}: ${name}`);
    const manifest = doc('manifest.json');
    if (typeof manifest.version !== 'string' || manifest.version === '')
        throw new Error(`${location}: manifest.json: version: missing`);
    const metrics = doc('metrics.json');
    if (typeof metrics.project !== 'string')
        throw new Error(`${location}: metrics.json: project: missing`);
    const test = metrics.test;
    if (!isObject(test))
        throw new Error(`${location}: metrics.json: test: expected the test metrics`);
    const testMetrics = Object.fromEntries(Object.entries(test).filter((e) => typeof e[1] === 'number'));
    const sample = doc('predictions_sample.json');
    const schema = doc('input_schema.json');
    if (typeof schema.target !== 'string')
        throw new Error(`${location}: input_schema.json: target: missing`);
    const calibration = texts.has('calibration.json') ? doc('calibration.json') : undefined;
    const coverage = calibration?.coverage;
    return {
        where: location,
        version: manifest.version,
        project: metrics.project,
        target: schema.target,
        testMetrics,
        testPredictions: numbers(sample.predicted, `${location}: predictions_sample.json`, 'predicted'),
        ...(typeof coverage === 'number' ? { nominalCoverage: coverage } : {}),
        ...(texts.has(PROFILE_FILE) ? { profileText: texts.get(PROFILE_FILE) } : {}),
    };
}

;// CONCATENATED MODULE: ./src/inputs.ts
// Every input of the action, parsed once into a typed object. Bad values are rejected with a
// message that names the input, quotes the value and says the fix; helpers never read inputs.



const inputs_HOUR_MS = 3_600_000;
const PROJECT = /^[a-z][a-z0-9-]{0,30}$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;
function parseProject(raw) {
    const name = raw.trim();
    if (!PROJECT.test(name))
        throw new Error(`input project: "${raw}" is not a project name (a-z, 0-9, "-", starting with a letter); give the name, not a spec path`);
    return name;
}
function parseLocation(name, raw, workspace) {
    const value = raw.trim();
    if (value === '')
        throw new Error(`input ${name}: required; give a folder or an s3://bucket/prefix URI`);
    return value.startsWith('s3://') ? value : (0,src/* resolveInWorkspace */.z1)(value, workspace);
}
function parseTime(name, raw) {
    const value = raw.trim();
    const time = RFC3339.test(value) ? Date.parse(value) : Number.NaN;
    if (!Number.isFinite(time))
        throw new Error(`input ${name}: "${raw}" is not an RFC 3339 time; write it as 2026-12-06T00:00:00Z`);
    return time;
}
function parseWindowHours(raw) {
    const value = raw.trim() === '' ? '24' : raw.trim();
    const hours = /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(hours) || hours < 1 || hours > 24 * 366) {
        throw new Error(`input window-hours: "${raw}" is not a whole number of hours from 1 to ${24 * 366}`);
    }
    return hours;
}
/** window-start and window-end together, else the window-hours up to now. */
function parseWindow(raw, now) {
    const hasStart = raw.start.trim() !== '';
    const hasEnd = raw.end.trim() !== '';
    if (hasStart !== hasEnd)
        throw new Error(`input ${hasStart ? 'window-end' : 'window-start'}: required with ${hasStart ? 'window-start' : 'window-end'}; give both, or neither and window-hours`);
    if (!hasStart)
        return { start: now - parseWindowHours(raw.hours) * inputs_HOUR_MS, end: now };
    const start = parseTime('window-start', raw.start);
    const end = parseTime('window-end', raw.end);
    if (end <= start)
        throw new Error(`input window-end: "${raw.end}" is not after window-start "${raw.start}"`);
    return { start, end };
}
function readInputs(now = Date.now()) {
    const { workspace, runnerTemp } = (0,src/* runnerContext */.cE)();
    const project = parseProject(core/* getInput */.V4('project', { required: true }));
    const profile = core/* getInput */.V4('profile-file').trim();
    const report = core/* getInput */.V4('report-file').trim();
    return {
        project,
        records: parseLocation('records', core/* getInput */.V4('records', { required: true }), workspace),
        bundle: parseLocation('bundle', core/* getInput */.V4('bundle', { required: true }), workspace),
        ...(profile === '' ? {} : { profileFile: parseLocation('profile-file', profile, workspace) }),
        window: parseWindow({ hours: core/* getInput */.V4('window-hours'), start: core/* getInput */.V4('window-start'), end: core/* getInput */.V4('window-end') }, now),
        reportFile: report === '' ? (0,external_node_path_.join)(runnerTemp, `monitor-report-${project}.json`) : (0,src/* resolveInWorkspace */.z1)(report, workspace),
        workspace,
    };
}

;// CONCATENATED MODULE: ./src/profile.ts
const profile_isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNumberList = (v) => Array.isArray(v) && v.every((x) => typeof x === 'number' && Number.isFinite(x));
const ascending = (v) => v.every((x, i) => i === 0 || x >= (v[i - 1] ?? x));
const FIX = "give validate-data's profile-file of the production model's training data (format version 2)";
/** Reference columns of the profile except the target; columns without bins or counts are left out. */
function referenceColumns(text, where, target) {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)}); ${FIX}`);
    }
    if (!profile_isObject(doc) || doc.format !== 'slipway-data-profile')
        throw new Error(`${where}: format: expected "slipway-data-profile"; ${FIX}`);
    if (doc.version !== 2)
        throw new Error(`${where}: version: expected 2, found ${JSON.stringify(doc.version)}; ${FIX}`);
    if (!Array.isArray(doc.columns))
        throw new Error(`${where}: columns: expected a list; ${FIX}`);
    const columns = [];
    doc.columns.forEach((column, i) => {
        const path = `${where}: columns[${i}]`;
        if (!profile_isObject(column) || typeof column.name !== 'string')
            throw new Error(`${path}.name: expected a column name; ${FIX}`);
        if (column.name === target)
            return;
        if (column.type === 'integer' || column.type === 'number') {
            const h = column.histogram;
            if (h === null || column.sample === null)
                return;
            if (!profile_isObject(h) ||
                !isNumberList(h.edges) ||
                h.edges.length < 2 ||
                !isNumberList(h.counts) ||
                h.counts.length !== h.edges.length - 1) {
                throw new Error(`${path}.histogram: expected ascending edges and one count per bin; ${FIX}`);
            }
            if (!isNumberList(column.sample) || column.sample.length === 0 || !ascending(column.sample)) {
                throw new Error(`${path}.sample: expected an ascending list of numbers; ${FIX}`);
            }
            columns.push({ name: column.name, kind: 'numeric', edges: h.edges, counts: h.counts, sample: column.sample });
        }
        else if (column.type === 'category') {
            const c = column.categories;
            if (c === null)
                return;
            if (!profile_isObject(c) || !Object.values(c).every((n) => typeof n === 'number' && n >= 0)) {
                throw new Error(`${path}.categories: expected counts per category; ${FIX}`);
            }
            columns.push({ name: column.name, kind: 'category', categories: c });
        }
    });
    return columns;
}

// EXTERNAL MODULE: ./src/part-worker.ts
var part_worker = __webpack_require__(8608);
// EXTERNAL MODULE: ./src/label-reader.ts
var label_reader = __webpack_require__(1106);
// EXTERNAL MODULE: ./src/line-reader.ts
var line_reader = __webpack_require__(7536);
// EXTERNAL MODULE: ./src/prediction-part.ts + 2 modules
var prediction_part = __webpack_require__(7527);
;// CONCATENATED MODULE: ./src/read-window.ts





const read_window_HOUR_MS = 3_600_000;
async function readWindow(options) {
    const { list, project, version, window } = options;
    const first = hourPath(window.start);
    const last = hourPath(window.end - 1);
    const feedbackFiles = await list('feedback', { first });
    const predictionFiles = await list('predictions', { first, last });
    const names = { names: feedbackFiles.map((f) => f.name), paths: feedbackFiles.map((f) => f.local?.path) };
    const job = { project, version, window, reference: options.reference, predictionEdges: options.predictionEdges };
    const plan = planTwoThreads(feedbackFiles, predictionFiles, options.workerEntry);
    const labels = new label_reader/* LabelReader */.oc(project, names);
    let part;
    let feedbackRecords;
    if (plan === undefined) {
        for (const [index, file] of feedbackFiles.entries())
            await labels.read(file, index);
        part = new prediction_part/* PredictionPart */.t(job, labels.table);
        for (const file of predictionFiles)
            await part.read(file);
        feedbackRecords = labels.records;
    }
    else {
        const worker = new part_worker.PartWorker(plan.entry, { job, feedbackFiles: names, feedback: plan.feedback[1], predictions: plan.predictions[1] });
        try {
            for (const p of plan.feedback[0])
                labels.readPart(p);
            const theirs = await worker.labels;
            (0,label_reader/* mergeLabels */.Mr)(labels.table, theirs.table, names);
            worker.sendLabels(labels.table);
            part = new prediction_part/* PredictionPart */.t(job, labels.table);
            for (const p of plan.predictions[0])
                part.readPart(p);
            part.absorb(await worker.done);
            feedbackRecords = labels.records + theirs.records;
        }
        finally {
            worker.stop();
        }
    }
    part.finish();
    const firstHour = part.firstHour;
    return {
        predictionFiles: predictionFiles.length,
        feedbackFiles: feedbackFiles.length,
        predictions: part.predictions,
        otherVersions: part.otherVersions,
        outsideWindow: part.outsideWindow,
        feedbackRecords,
        features: part.features,
        livePredictions: part.livePredictions,
        liveMean: part.predictions === 0 ? Number.NaN : part.predictionSum / part.predictions,
        errors: part.errors,
        coverage: part.coverage,
        labelledWithoutInterval: part.labelledWithoutInterval,
        hourly: new Map(part.perHour.map((n, i) => [new Date((firstHour + i) * read_window_HOUR_MS).toISOString(), n])),
        threads: plan === undefined ? 1 : 2,
    };
}
/** Below this many bytes of prediction files a second thread costs more than it saves. */
const WORKER_MIN_BYTES = 16 * 2 ** 20;
/** The split for two threads, or undefined for one: no worker entry, S3 records, or too few bytes. */
function planTwoThreads(feedback, predictions, entry) {
    const bytes = predictions.reduce((s, f) => s + (f.local?.bytes ?? 0), 0);
    if (entry === undefined || bytes < WORKER_MIN_BYTES || [...feedback, ...predictions].some((f) => f.local === undefined))
        return undefined;
    return { entry, feedback: splitInTwo(feedback), predictions: splitInTwo(predictions) };
}
/** The files' bytes, in order, as two parts of about equal size cut at a line start. */
function splitInTwo(files) {
    const local = files.map((f, file) => ({ file, path: f.local?.path ?? f.name, bytes: f.local?.bytes ?? 0 }));
    const total = local.reduce((s, f) => s + f.bytes, 0);
    const halves = [[], []];
    let base = 0;
    let cutDone = false;
    for (const { file, path, bytes } of local) {
        const end = base + bytes;
        if (!cutDone && end > total / 2) {
            const cut = (0,line_reader/* lineStartFrom */.fl)(path, Math.ceil(total / 2 - base), bytes);
            if (cut > 0)
                halves[0].push({ file, path, start: 0, end: cut, base });
            if (cut < bytes)
                halves[1].push({ file, path, start: cut, end: bytes, base });
            cutDone = true;
        }
        else if (bytes > 0) {
            halves[cutDone ? 1 : 0].push({ file, path, start: 0, end: bytes, base });
        }
        base = end;
    }
    return halves;
}

;// CONCATENATED MODULE: ./src/report.ts
const REPORT_FORMAT = 'slipway-monitor-report';
const REPORT_VERSION = 1;
function buildReport(options) {
    const { read, analysis } = options;
    return {
        format: REPORT_FORMAT,
        version: REPORT_VERSION,
        project: options.project,
        model_version: options.bundle.version,
        bundle: options.bundle.where,
        records: options.records,
        profile: options.profile,
        window: { start: new Date(options.window.start).toISOString(), end: new Date(options.window.end).toISOString() },
        verdict: analysis.verdict,
        retrain_needed: analysis.verdict === 'retrain-needed',
        reasons: analysis.reasons,
        notes: analysis.notes,
        counts: {
            prediction_files: read.predictionFiles,
            feedback_files: read.feedbackFiles,
            predictions: read.predictions,
            other_versions: read.otherVersions,
            outside_window: read.outsideWindow,
            feedback_records: read.feedbackRecords,
            labelled: read.errors.absolute.n,
            labelled_without_interval: read.labelledWithoutInterval,
        },
        hourly: [...read.hourly].map(([hour, predictions]) => ({ hour, predictions })),
        input_drift: analysis.input_drift,
        prediction_drift: analysis.prediction_drift,
        live_error: analysis.live_error,
        coverage: analysis.coverage,
        thresholds: options.thresholds,
    };
}

;// CONCATENATED MODULE: ./src/summary.ts
// The job summary: verdict and reasons, predictions per hour, drift per feature, live error
// against test error, coverage; charts as Mermaid blocks GitHub renders.

const VERDICT_LINE = {
    healthy: '✅ healthy',
    warn: '⚠️ warn',
    'retrain-needed': '🔁 retrain needed',
    'insufficient-data': '… insufficient data',
};
function hourlyChart(report) {
    const counts = report.hourly.map((h) => h.predictions);
    if (counts.length < 2)
        return '';
    return (0,src/* lineChart */.Tz)({
        title: `Predictions per hour (${report.window.start} → ${report.window.end})`,
        xLabel: 'hour of the window',
        yLabel: 'predictions',
        series: [counts],
    });
}
function driftSection(report) {
    const rows = report.input_drift;
    if (rows === null)
        return '### Input drift\n\nNot checked: no training data profile.';
    if (rows.length === 0)
        return '### Input drift\n\nNo feature of the profile had live values.';
    const table = (0,src/* markdownTable */.Qj)({
        headers: ['feature', 'PSI', 'test', 'statistic', 'p', 'live values', 'level'],
        rows: rows.map((r) => [
            r.feature,
            (0,src/* formatNumber */.ZV)(r.psi),
            r.test,
            (0,src/* formatNumber */.ZV)(r.statistic),
            r.p_value === 0 ? '0' : r.p_value.toExponential(1),
            String(r.live_values),
            r.level,
        ]),
        align: ['left', 'right', 'left', 'right', 'right', 'right', 'left'],
    });
    const chart = (0,src/* barChart */.S9)({
        title: 'Input drift: PSI per feature',
        yLabel: 'PSI',
        labels: rows.map((r) => r.feature),
        values: rows.map((r) => r.psi),
    });
    return `### Input drift (against the training profile)\n\n${table}\n\n${chart}`;
}
function errorSection(report) {
    const e = report.live_error;
    if (e === null)
        return '### Live error\n\nNot checked: no labelled predictions in the window.';
    const ci = e.interval === null ? '—' : `${(0,src/* formatNumber */.ZV)(e.interval.low)} – ${(0,src/* formatNumber */.ZV)(e.interval.high)}`;
    const table = (0,src/* markdownTable */.Qj)({
        headers: ['metric', 'live', `${Math.round(report.thresholds.confidence * 100)} % interval`, 'test', 'live / test', 'labels', 'level'],
        rows: [
            [
                e.metric,
                (0,src/* formatNumber */.ZV)(e.live),
                ci,
                (0,src/* formatNumber */.ZV)(e.test),
                e.ratio.toFixed(2),
                `${e.labels}${e.small_sample ? ' (small sample)' : ''}`,
                e.level,
            ],
        ],
    });
    const chart = (0,src/* barChart */.S9)({ title: `Live vs test ${e.metric}`, yLabel: e.metric, labels: ['test', 'live'], values: [e.test, e.live] });
    return `### Live error (labelled predictions)\n\n${table}\n\n${chart}`;
}
function coverageSection(report) {
    const c = report.coverage;
    if (c === null)
        return '### Interval coverage\n\nNot checked: no labelled prediction with an interval.';
    const ci = c.interval === null ? '—' : `${(0,src/* formatPercent */.l9)(c.interval.low)} – ${(0,src/* formatPercent */.l9)(c.interval.high)}`;
    return `### Interval coverage\n\n${(0,src/* markdownTable */.Qj)({
        headers: ['nominal', 'live', 'interval', 'labels', 'level'],
        rows: [[(0,src/* formatPercent */.l9)(c.nominal), (0,src/* formatPercent */.l9)(c.live), ci, `${c.labels}${c.small_sample ? ' (small sample)' : ''}`, c.level]],
    })}`;
}
function predictionSection(report) {
    const p = report.prediction_drift;
    if (p === null)
        return '';
    return `### Predictions against the test predictions\n\n${(0,src/* markdownTable */.Qj)({
        headers: ['PSI', 'KS D', 'p', 'live mean', 'test mean', 'test predictions', 'level'],
        rows: [
            [
                (0,src/* formatNumber */.ZV)(p.psi),
                (0,src/* formatNumber */.ZV)(p.statistic),
                p.p_value === 0 ? '0' : p.p_value.toExponential(1),
                (0,src/* formatNumber */.ZV)(p.live_mean),
                (0,src/* formatNumber */.ZV)(p.test_mean),
                String(p.test_predictions),
                p.level,
            ],
        ],
    })}`;
}
function monitorSummary(report) {
    const c = report.counts;
    const reasons = report.reasons.length === 0 ? 'No threshold crossed.' : report.reasons.map((r) => `- ${r}`).join('\n');
    const notes = report.notes.length === 0 ? '' : `\n\n${report.notes.map((n) => `> ${n}`).join('\n>\n')}`;
    const parts = [
        `## Monitor: ${report.project} — ${VERDICT_LINE[report.verdict]}`,
        `Model ${(0,src/* inlineCode */.ti)(report.model_version)}, window ${report.window.start} → ${report.window.end}: ${c.predictions} predictions, ${c.labelled} labelled (${c.prediction_files} prediction files, ${c.feedback_files} feedback files).`,
        `${reasons}${notes}`,
        hourlyChart(report),
        driftSection(report),
        predictionSection(report),
        errorSection(report),
        coverageSection(report),
    ];
    return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/thresholds.ts
const DEFAULT_THRESHOLDS = {
    minPredictions: 100,
    minLabels: 30,
    confidence: 0.95,
    drift: { psiWarning: 0.1, psiRetrain: 0.25, pValue: 0.001 },
    predictionDrift: { psiWarning: 0.1, psiRetrain: 0.25 },
    liveError: { metric: 'rmse', ratioWarning: 1.25, ratioRetrain: 1.5 },
    coverage: { shortfallWarning: 0.05, shortfallRetrain: 0.15 },
};
/** Merges the spec's section over the defaults; a warning level above its retrain level is an error naming both. */
function thresholdsFrom(spec, where) {
    const d = DEFAULT_THRESHOLDS;
    const t = {
        minPredictions: spec?.min_predictions ?? d.minPredictions,
        minLabels: spec?.min_labels ?? d.minLabels,
        confidence: spec?.confidence ?? d.confidence,
        drift: {
            psiWarning: spec?.drift?.psi_warning ?? d.drift.psiWarning,
            psiRetrain: spec?.drift?.psi_retrain ?? d.drift.psiRetrain,
            pValue: spec?.drift?.p_value ?? d.drift.pValue,
        },
        predictionDrift: {
            psiWarning: spec?.prediction_drift?.psi_warning ?? d.predictionDrift.psiWarning,
            psiRetrain: spec?.prediction_drift?.psi_retrain ?? d.predictionDrift.psiRetrain,
        },
        liveError: {
            metric: spec?.live_error?.metric ?? d.liveError.metric,
            ratioWarning: spec?.live_error?.ratio_warning ?? d.liveError.ratioWarning,
            ratioRetrain: spec?.live_error?.ratio_retrain ?? d.liveError.ratioRetrain,
        },
        coverage: {
            shortfallWarning: spec?.coverage?.shortfall_warning ?? d.coverage.shortfallWarning,
            shortfallRetrain: spec?.coverage?.shortfall_retrain ?? d.coverage.shortfallRetrain,
        },
    };
    const pairs = [
        ['drift.psi', t.drift.psiWarning, t.drift.psiRetrain],
        ['prediction_drift.psi', t.predictionDrift.psiWarning, t.predictionDrift.psiRetrain],
        ['live_error.ratio', t.liveError.ratioWarning, t.liveError.ratioRetrain],
        ['coverage.shortfall', t.coverage.shortfallWarning, t.coverage.shortfallRetrain],
    ];
    for (const [name, warning, retrain] of pairs) {
        if (warning > retrain) {
            throw new Error(`${where}: monitoring.${name}_warning ${warning} is above monitoring.${name}_retrain ${retrain}; a warning level must not exceed the retrain level`);
        }
    }
    return t;
}

;// CONCATENATED MODULE: ./src/main.ts
// The action's one edge: parse inputs, read the bundle, the profile and the window's records,
// analyse, write the report and the summary, set the outputs; any error becomes setFailed.












async function recordLister(inputs) {
    if (!inputs.records.startsWith('s3://'))
        return (kind, range) => Promise.resolve(listLocalFiles(inputs.records, inputs.project, kind, range));
    const root = parseS3Root(inputs.records, 'input records');
    const s3 = await s3Client();
    return (kind, range) => listS3Files(s3, root, inputs.project, kind, range);
}
function profileOf(inputs, bundle) {
    if (inputs.profileFile !== undefined) {
        const where = `input profile-file: ${inputs.profileFile}`;
        return {
            columns: referenceColumns((0,src/* readText */.yR)(inputs.profileFile, 'training data profile'), where, bundle.target),
            source: inputs.profileFile,
        };
    }
    if (bundle.profileText === undefined)
        return undefined;
    return {
        columns: referenceColumns(bundle.profileText, `${bundle.where}: ${PROFILE_FILE}`, bundle.target),
        source: `${bundle.where}: ${PROFILE_FILE}`,
    };
}
async function monitor(inputs, info = () => undefined) {
    const specFile = (0,src/* resolveProjectSpecFile */.Lh)({ project: inputs.project, workspace: inputs.workspace });
    const thresholds = thresholdsFrom((0,src/* loadProjectSpec */.ZQ)(specFile).monitoring, specFile);
    const bundle = await readBundle(inputs.bundle);
    if (bundle.project !== inputs.project)
        throw new Error(`input bundle: ${inputs.bundle} is a bundle of project "${bundle.project}", not "${inputs.project}"`);
    const profile = profileOf(inputs, bundle);
    const sorted = Float64Array.from(bundle.testPredictions).sort();
    const histogram = (0,src/* decileHistogram */.VC)(sorted, sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0);
    const read = await readWindow({
        list: await recordLister(inputs),
        project: inputs.project,
        version: bundle.version,
        window: inputs.window,
        reference: profile?.columns ?? [],
        predictionEdges: histogram.edges,
        ...(inputs.oneThread ? {} : { workerEntry: (0,part_worker.workerEntry)() }),
    });
    info(`read ${read.predictionFiles} prediction files and ${read.feedbackFiles} feedback files on ${read.threads} thread${read.threads === 1 ? '' : 's'}`);
    const analysis = analyse({
        read,
        thresholds,
        testMetrics: bundle.testMetrics,
        testPredictions: { counts: histogram.counts, sorted: Array.from(sorted) },
        hasProfile: profile !== undefined,
    });
    return buildReport({
        project: inputs.project,
        bundle,
        records: inputs.records,
        profile: profile?.source ?? null,
        window: inputs.window,
        read,
        analysis,
        thresholds,
    });
}
async function run() {
    try {
        const inputs = readInputs();
        const report = await monitor(inputs, (line) => {
            core/* info */.pq(line);
        });
        (0,src/* writeFileAtomic */.Zf)(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
        core/* setOutput */.uH('verdict', report.verdict);
        core/* setOutput */.uH('retrain-needed', String(report.retrain_needed));
        core/* setOutput */.uH('report-file', inputs.reportFile);
        core/* setOutput */.uH('reasons', JSON.stringify(report.reasons));
        core/* info */.pq(`${inputs.project}: ${report.verdict} (${report.counts.predictions} predictions, ${report.counts.labelled} labelled)`);
        for (const reason of report.reasons)
            core/* info */.pq(`  ${reason}`);
        await core/* summary */.z.addRaw(monitorSummary(report)).write();
    }
    catch (error) {
        core/* setFailed */.C1(error instanceof Error ? error.message : String(error));
    }
}


/***/ })

};
