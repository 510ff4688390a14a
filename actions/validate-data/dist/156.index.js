export const id = 156;
export const ids = [156];
export const modules = {

/***/ 1084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w: () => (/* binding */ CheckSettings)
/* harmony export */ });
const DEFAULT_LEAKAGE = { correlation: 0.995, determinism: 0.999, minRows: 50 };
const DEFAULT_DRIFT = { psiWarning: 0.1, psiError: 0.25, pValue: 0.001 };
// Checks whose severity grades with the evidence: the configured severity is a ceiling.
const GRADED = new Set(['drift']);
class CheckSettings {
    checks;
    leakage;
    drift;
    constructor(checks = {}) {
        this.checks = checks;
        const leakage = checks.leakage ?? {};
        this.leakage = {
            correlation: leakage.correlation ?? DEFAULT_LEAKAGE.correlation,
            determinism: leakage.determinism ?? DEFAULT_LEAKAGE.determinism,
            minRows: leakage.min_rows ?? DEFAULT_LEAKAGE.minRows,
            exempt: new Set(leakage.exempt ?? []),
        };
        const drift = checks.drift ?? {};
        this.drift = {
            psiWarning: drift.psi_warning ?? DEFAULT_DRIFT.psiWarning,
            psiError: drift.psi_error ?? DEFAULT_DRIFT.psiError,
            pValue: drift.p_value ?? DEFAULT_DRIFT.pValue,
        };
    }
    static of(contract) {
        return new CheckSettings(contract.checks);
    }
    /** The severity a finding of check `id` gets, given the severity the check proposes. */
    severity(id, proposed) {
        const configured = this.checks[id]?.severity;
        if (configured === undefined)
            return proposed;
        if (configured === 'off')
            return 'off';
        if (GRADED.has(id))
            return configured === 'warning' ? 'warning' : proposed;
        return configured;
    }
    enabled(id) {
        return this.severity(id, 'error') !== 'off';
    }
    /** A nullable column's largest allowed share of empty values, if one is set. */
    maxNullRate(column) {
        if (column.nullable !== true)
            return undefined;
        return column.max_null_rate ?? this.checks['null-rate']?.max;
    }
}


/***/ }),

/***/ 2216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ EntryLog),
/* harmony export */   Gh: () => (/* binding */ entryBuffers),
/* harmony export */   kZ: () => (/* binding */ PartitionFiles),
/* harmony export */   nC: () => (/* binding */ ENTRY_BYTES),
/* harmony export */   nv: () => (/* binding */ readEntryChunks),
/* harmony export */   sD: () => (/* binding */ MAX_LEVEL)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4379);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
// The duplicate finder's storage: an append-only log of (hash, line, ref) per row in typed
// arrays, and hash partitions on disk for when the log outgrows its memory budget. A partition
// file keeps its entries in line order, so it can be processed on its own later.


/** Bytes per entry on disk: hi, lo (uint32), line, ref (float64). */
const ENTRY_BYTES = 24;
const PARTITION_BITS = 4;
const PARTITIONS = 1 << PARTITION_BITS;
/** Entries buffered per partition before a write (64 KiB and a bit). */
const WRITE_ENTRIES = 2731;
class EntryLog {
    limit;
    hi;
    lo;
    line;
    ref;
    length = 0;
    /** Starts at `initial` entries and doubles, never past `limit` (the memory budget's rows). */
    constructor(initial = 1024, limit = Number.MAX_SAFE_INTEGER) {
        this.limit = limit;
        this.hi = new Uint32Array(initial);
        this.lo = new Uint32Array(initial);
        this.line = new Float64Array(initial);
        this.ref = new Float64Array(initial);
    }
    push(hi, lo, line, ref) {
        if (this.length === this.hi.length)
            this.grow();
        const i = this.length++;
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.line[i] = line;
        this.ref[i] = ref;
    }
    /** Appends other's entries, their lines moved by lineOffset (a later part of the file). */
    appendAll(other, lineOffset = 0) {
        for (let i = 0; i < other.length; i++)
            this.push(other.hi[i] ?? 0, other.lo[i] ?? 0, (other.line[i] ?? 0) + lineOffset, other.ref[i] ?? 0);
    }
    /** A copy holding exactly the entries (to hand to another thread). */
    trimmed() {
        const n = this.length;
        return EntryLog.revive({
            hi: this.hi.slice(0, n),
            lo: this.lo.slice(0, n),
            line: this.line.slice(0, n),
            ref: this.ref.slice(0, n),
            length: n,
        });
    }
    /** An EntryLog again from a structured clone of one (its typed arrays survive, its prototype not). */
    static revive(clone) {
        const log = new EntryLog(1);
        Object.assign(log, { hi: clone.hi, lo: clone.lo, line: clone.line, ref: clone.ref, length: clone.length });
        return log;
    }
    clear() {
        this.length = 0;
    }
    grow() {
        const size = Math.max(this.hi.length + 1, Math.min(this.hi.length * 2, this.limit));
        const grown = (old, make) => {
            const next = make(size);
            next.set(old);
            return next;
        };
        this.hi = grown(this.hi, (n) => new Uint32Array(n));
        this.lo = grown(this.lo, (n) => new Uint32Array(n));
        this.line = grown(this.line, (n) => new Float64Array(n));
        this.ref = grown(this.ref, (n) => new Float64Array(n));
    }
}
/** A log's typed arrays' buffers, to move them to another thread (the log is unusable here after). */
function entryBuffers(log) {
    return [log.hi.buffer, log.lo.buffer, log.line.buffer, log.ref.buffer];
}
/**
 * An entry's 24 bytes as typed-array words (no per-field Buffer calls): hi and lo as uint32 words
 * 0 and 1, line and ref as float64 words 1 and 2. The files are written and read by this process
 * only, so the machine's byte order is the files' byte order.
 */
class EntryBytes {
    bytes;
    words;
    doubles;
    constructor(entries) {
        const buffer = new ArrayBuffer(entries * ENTRY_BYTES);
        this.bytes = Buffer.from(buffer);
        this.words = new Uint32Array(buffer);
        this.doubles = new Float64Array(buffer);
    }
}
/** A partition file's entries, in order, a bounded chunk at a time. */
function* readEntryChunks(file, entriesPerChunk = 65_536) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    const chunk = new EntryBytes(entriesPerChunk);
    const { words, doubles } = chunk;
    // One log reused for every chunk: callers copy what they keep before asking for the next.
    const log = new EntryLog(entriesPerChunk);
    try {
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk.bytes, 0, chunk.bytes.length, null);
            if (read === 0)
                return;
            const entries = Math.floor(read / ENTRY_BYTES);
            for (let i = 0; i < entries; i++) {
                log.hi[i] = words[6 * i] ?? 0;
                log.lo[i] = words[6 * i + 1] ?? 0;
                log.line[i] = doubles[3 * i + 1] ?? 0;
                log.ref[i] = doubles[3 * i + 2] ?? 0;
            }
            log.length = entries;
            yield log;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Which of the 16 partitions an entry goes to at a level: 4 more hash bits per level. */
function partitionOf(hi, lo, level) {
    const shift = level * PARTITION_BITS;
    return shift < 32 ? (lo >>> shift) & (PARTITIONS - 1) : (hi >>> (shift - 32)) & (PARTITIONS - 1);
}
/** Levels of hash bits available for partitioning. */
const MAX_LEVEL = 64 / PARTITION_BITS - 1;
/** Sixteen append-only partition files, written through small buffers. */
class PartitionFiles {
    level;
    files;
    fds;
    buffers = Array.from({ length: PARTITIONS }, () => new EntryBytes(WRITE_ENTRIES));
    /** Entries waiting in each partition's buffer. */
    used = new Array(PARTITIONS).fill(0);
    counts = new Array(PARTITIONS).fill(0);
    constructor(dir, name, level) {
        this.level = level;
        this.files = Array.from({ length: PARTITIONS }, (_, p) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, `${name}-${p}.bin`));
        this.fds = this.files.map((file) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'w'));
    }
    /** Writes log's entries, their lines moved by lineOffset. */
    append(log, lineOffset = 0) {
        for (let i = 0; i < log.length; i++) {
            const hi = log.hi[i] ?? 0;
            const lo = log.lo[i] ?? 0;
            const p = partitionOf(hi, lo, this.level);
            let at = this.used[p] ?? 0;
            if (at === WRITE_ENTRIES)
                at = this.flush(p);
            const buffer = this.buffers[p];
            if (buffer === undefined)
                continue;
            buffer.words[6 * at] = hi;
            buffer.words[6 * at + 1] = lo;
            buffer.doubles[3 * at + 1] = (log.line[i] ?? 0) + lineOffset;
            buffer.doubles[3 * at + 2] = log.ref[i] ?? 0;
            this.used[p] = at + 1;
            this.counts[p] = (this.counts[p] ?? 0) + 1;
        }
    }
    close() {
        for (let p = 0; p < PARTITIONS; p++) {
            this.flush(p);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(this.fds[p] ?? -1);
        }
    }
    flush(p) {
        const used = this.used[p] ?? 0;
        const buffer = this.buffers[p];
        if (used > 0 && buffer !== undefined)
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(this.fds[p] ?? -1, buffer.bytes, 0, used * ENTRY_BYTES);
        this.used[p] = 0;
        return 0;
    }
}


/***/ }),

/***/ 9946:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ DuplicateFinder),
/* harmony export */   e: () => (/* binding */ findCandidates)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4379);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _dup_log_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2216);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9322);
/* harmony import */ var _reading_row_hash_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7102);
// Exact duplicate rows and duplicate keys in bounded memory. Each row adds a 64-bit hash of its
// fields, its line and a ref (where to read it again) to a typed-array log: no per-row strings.
// Past the memory budget the log goes to hash partitions on disk, each processed alone at the
// end. Equal hashes are candidates only: the rows are read again through the ref and compared
// field by field, so a hash collision never reports a false duplicate.






const DEFAULT_BUDGET_BYTES = 48 * 1024 * 1024;
/** A log entry plus its two slots of the hash table built at the end. */
const BYTES_PER_ROW = _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .ENTRY_BYTES */ .nC + 8;
const CONFIRM_BATCH = 4096;
class DuplicateFinder {
    project;
    options;
    log;
    hash = { hi: 0, lo: 0 };
    mask;
    budgetRows;
    spill = null;
    dir = null;
    /** Partition files absorbed from another part of the file, per partition. */
    extra = [];
    extraDirs = [];
    /** The candidates of both parts' entries, when another thread searches them (see absorb). */
    found = null;
    constructor(
    /** The fields compared: the whole record, or the key's fields. */
    project, options = {}) {
        this.project = project;
        this.options = options;
        this.mask = options.hashBits === undefined ? _reading_row_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .FULL */ .eW : (0,_reading_row_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashMask */ .V0)(options.hashBits);
        this.budgetRows = Math.max(16, Math.floor((options.budgetBytes ?? DEFAULT_BUDGET_BYTES) / BYTES_PER_ROW));
        this.log = new _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .EntryLog */ .Bn(1024, this.budgetRows);
    }
    add(fields, line, ref) {
        (0,_reading_row_hash_js__WEBPACK_IMPORTED_MODULE_4__/* .hashFields */ .MR)(this.project(fields), this.hash, this.mask);
        this.addHash(this.hash, line, ref);
    }
    /** A row hashed by the reader (all rows given to one finder must be hashed the same way). */
    addHash(hash, line, ref) {
        this.push((hash.hi & this.mask.hi) >>> 0, (hash.lo & this.mask.lo) >>> 0, line, ref);
    }
    /** One entry into the log, which goes to disk when it reaches the budget. */
    push(hi, lo, line, ref) {
        this.log.push(hi, lo, line, ref);
        if (this.log.length >= this.budgetRows)
            this.spillLog();
    }
    /** True once entries have gone to disk. */
    get spilled() {
        return this.spill !== null;
    }
    /** Hands the entries over (to the thread that absorbs them); this finder is done after it. */
    handOff() {
        if (this.spill === null)
            return { log: this.log.trimmed() };
        this.spillLog();
        this.spill.close();
        const handed = { dir: this.dir ?? '', files: this.spill.files, counts: this.spill.counts };
        this.spill = null;
        this.dir = null;
        return handed;
    }
    /**
     * Adds the entries of the rows that follow this finder's (another part of the file): their
     * lines move by lineOffset; spilled entries stay in their files and are read with this finder's.
     * With search, when both parts' entries are in memory, their candidates are searched there (on
     * another thread, while this one goes on) and both logs are handed to it.
     */
    absorb(state, lineOffset, search) {
        if ('log' in state) {
            const log = _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .EntryLog */ .Bn.revive(state.log);
            if (search !== undefined && this.spill === null) {
                this.found = search([
                    { log: this.log, lineOffset: 0 },
                    { log, lineOffset },
                ]);
                return;
            }
            for (let i = 0; i < log.length; i++)
                this.push(log.hi[i] ?? 0, log.lo[i] ?? 0, (log.line[i] ?? 0) + lineOffset, log.ref[i] ?? 0);
            return;
        }
        this.extraDirs.push(state.dir);
        // This finder's own entries go to its files first, so each partition stays in line order.
        this.spillLog();
        state.files.forEach((file, p) => {
            if ((state.counts[p] ?? 0) > 0)
                (this.extra[p] ??= []).push({ file, lineOffset });
        });
        state.counts.forEach((n, p) => {
            if (this.spill !== null)
                this.spill.counts[p] = (this.spill.counts[p] ?? 0) + n;
        });
    }
    async finish(fetch) {
        const report = new ReportBuilder();
        try {
            if (this.found !== null) {
                await this.confirm(await this.found, fetch, report);
                return report.result();
            }
            if (this.spill === null) {
                await this.confirm(findCandidates([{ log: this.log, lineOffset: 0 }]), fetch, report);
                return report.result();
            }
            this.spillLog();
            this.spill.close();
            for (const [p, file] of this.spill.files.entries()) {
                const sources = [{ file, lineOffset: 0 }, ...(this.extra[p] ?? [])];
                await this.processFile(sources, this.spill.counts[p] ?? 0, 1, fetch, report);
            }
            return report.result();
        }
        finally {
            for (const dir of [this.dir, ...this.extraDirs])
                if (dir !== null)
                    (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(dir, { recursive: true, force: true });
        }
    }
    spillLog() {
        if (this.spill === null) {
            this.dir = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.options.tempDir ?? process.env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'slipway-duplicates-'));
            this.spill = new _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .PartitionFiles */ .kZ(this.dir, 'level0', 0);
        }
        this.spill.append(this.log);
        this.log.clear();
    }
    /**
     * One partition, from its files in line order (this finder's, then absorbed parts'); a
     * partition too big for the budget is split again on the next hash bits.
     */
    async processFile(sources, count, level, fetch, report) {
        if (count === 0)
            return;
        if (count <= this.budgetRows || level > _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_LEVEL */ .sD) {
            // Sized to the partition up front: no doubling, no second copy.
            const log = new _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .EntryLog */ .Bn(Math.max(1, count));
            for (const { file, lineOffset } of sources) {
                for (const chunk of (0,_dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .readEntryChunks */ .nv)(file))
                    log.appendAll(chunk, lineOffset);
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file);
            }
            await this.confirm(findCandidates([{ log, lineOffset: 0 }]), fetch, report);
            return;
        }
        const first = sources[0]?.file ?? 'part';
        const split = new _dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .PartitionFiles */ .kZ(this.dir ?? (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), `${first.replace(/.*\//, '').replace('.bin', '')}-l${level}`, level);
        for (const { file, lineOffset } of sources) {
            for (const chunk of (0,_dup_log_js__WEBPACK_IMPORTED_MODULE_3__/* .readEntryChunks */ .nv)(file))
                split.append(chunk, lineOffset);
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(file);
        }
        split.close();
        for (const [p, part] of split.files.entries()) {
            await this.processFile([{ file: part, lineOffset: 0 }], split.counts[p] ?? 0, level + 1, fetch, report);
        }
    }
    /** Reads the candidates' rows again and reports those whose compared fields are equal. */
    async confirm(set, fetch, report) {
        // Stable sort: candidates grouped by the first entry they matched, each group in line order.
        const order = Array.from(set.line.keys()).sort((a, b) => (set.firstLine[a] ?? 0) - (set.firstLine[b] ?? 0));
        let group = -1;
        let seen = [];
        for (let start = 0; start < order.length; start += CONFIRM_BATCH) {
            const batch = order.slice(start, start + CONFIRM_BATCH);
            const refs = new Set();
            for (const k of batch)
                refs.add(set.ref[k] ?? 0).add(set.firstRef[k] ?? 0);
            const rows = await fetch([...refs].sort((a, b) => a - b));
            const read = (ref) => this.project(fetched(rows, ref));
            for (const k of batch) {
                const firstLine = set.firstLine[k] ?? 0;
                const line = set.line[k] ?? 0;
                if (firstLine !== group) {
                    group = firstLine;
                    seen = [{ fields: read(set.firstRef[k] ?? 0), line: firstLine }];
                }
                const fields = read(set.ref[k] ?? 0);
                const same = seen.find((s) => sameFields(s.fields, fields));
                if (same)
                    report.add({ line, firstLine: same.line, fields });
                else
                    seen.push({ fields, line });
            }
        }
    }
}
/** The candidates of segments in file order (an open-addressing table of their hashes). */
function findCandidates(segments) {
    // Only the hashes of several segments are joined (native copies); lines and refs are read
    // from their segment. One segment's hashes are searched where they are (no copy past the budget).
    const total = segments.reduce((n, s) => n + s.log.length, 0);
    const hashes = (word) => {
        const only = segments.length === 1 ? segments[0] : undefined;
        if (only !== undefined)
            return only.log[word].subarray(0, total);
        const joined = new Uint32Array(total);
        let at = 0;
        for (const { log } of segments) {
            joined.set(log[word].subarray(0, log.length), at);
            at += log.length;
        }
        return joined;
    };
    const { later, first } = candidates(hashes('hi'), hashes('lo'));
    const locate = (entry) => {
        let i = entry;
        for (const { log, lineOffset } of segments) {
            if (i < log.length)
                return { log, lineOffset, i };
            i -= log.length;
        }
        throw new Error(`duplicate entry ${entry} is past the ${total} entries searched`);
    };
    const line = (entry) => {
        const { log, lineOffset, i } = locate(entry);
        return (log.line[i] ?? 0) + lineOffset;
    };
    const ref = (entry) => {
        const { log, i } = locate(entry);
        return log.ref[i] ?? 0;
    };
    return {
        line: Float64Array.from(later, line),
        ref: Float64Array.from(later, ref),
        firstLine: Float64Array.from(first, line),
        firstRef: Float64Array.from(first, ref),
    };
}
/** Entries whose hash equals an earlier entry's: (later entry, first entry with that hash). */
function candidates(his, los) {
    let size = 16;
    while (size < his.length * 2)
        size *= 2;
    const table = new Int32Array(size).fill(-1);
    const later = [];
    const first = [];
    for (let e = 0; e < his.length; e++) {
        const hi = his[e] ?? 0;
        const lo = los[e] ?? 0;
        let slot = (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 7) & (size - 1);
        for (;;) {
            const at = table[slot] ?? -1;
            if (at < 0) {
                table[slot] = e;
                break;
            }
            if (his[at] === hi && los[at] === lo) {
                later.push(e);
                first.push(at);
                break;
            }
            slot = (slot + 1) & (size - 1);
        }
    }
    return { later, first };
}
function fetched(rows, ref) {
    const fields = rows.get(ref);
    if (fields === undefined)
        throw new Error(`the record at ${ref} could not be read again; did the file change while it was validated?`);
    return fields;
}
function sameFields(a, b) {
    return a.length === b.length && a.every((value, i) => value === b[i]);
}
/** The count and the lowest-line examples, whatever order partitions report in. */
class ReportBuilder {
    count = 0;
    examples = [];
    add(example) {
        this.count += 1;
        const last = this.examples[_findings_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_EXAMPLES */ .Nq - 1];
        if (last !== undefined && last.line < example.line)
            return;
        this.examples.push(example);
        this.examples.sort((a, b) => a.line - b.line);
        this.examples.length = Math.min(this.examples.length, _findings_js__WEBPACK_IMPORTED_MODULE_5__/* .MAX_EXAMPLES */ .Nq);
    }
    result() {
        return { count: this.count, examples: this.examples };
    }
}


/***/ }),

/***/ 9322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fv: () => (/* binding */ Findings),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Nq: () => (/* binding */ MAX_EXAMPLES)
/* harmony export */ });
const asProposed = (_id, proposed) => proposed;
const MAX_EXAMPLES = 5;
class Findings {
    policy;
    tallies = new Map();
    order = [];
    constructor(policy = asProposed) {
        this.policy = policy;
    }
    /** A finding complete in itself (file-level checks). */
    add(finding) {
        const severity = this.policy(finding.id, finding.severity);
        if (severity === 'off')
            return;
        this.order.push({ count: 1, examples: [], ...finding, severity });
    }
    /** Counts one occurrence; `describe` builds the message from the final count. */
    tally(id, severity, column, example, describe) {
        const key = `${id}\u0000${column ?? ''}`;
        let tally = this.tallies.get(key);
        if (!tally) {
            const final = this.policy(id, severity);
            if (final === 'off')
                return;
            tally = { id, severity: final, count: 0, examples: [], describe, ...(column === undefined ? {} : { column }) };
            this.tallies.set(key, tally);
        }
        tally.count += 1;
        if (tally.examples.length < MAX_EXAMPLES)
            tally.examples.push(example);
    }
    tallyStates() {
        return [...this.tallies.values()].map(({ describe: _describe, ...rest }) => rest);
    }
    /**
     * Adds the tallies of rows that follow this file's (the second part of a file read on another
     * thread): counts add up, examples keep the first lines. lineOffset turns the part's line
     * numbers into the file's; describe builds a message for a tally only the part had.
     */
    absorbTallies(others, lineOffset, describe) {
        for (const other of others) {
            const key = `${other.id}\u0000${other.column ?? ''}`;
            let tally = this.tallies.get(key);
            if (!tally) {
                tally = { ...other, count: 0, examples: [], describe: describe(other.id, other.column) };
                this.tallies.set(key, tally);
            }
            tally.count += other.count;
            for (const example of other.examples) {
                if (tally.examples.length < MAX_EXAMPLES)
                    tally.examples.push({ ...example, line: example.line + lineOffset });
            }
        }
    }
    list() {
        const tallied = [...this.tallies.values()].map(({ describe, ...rest }) => ({ ...rest, message: describe(rest.count) }));
        return [...this.order, ...tallied];
    }
}
const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;


/***/ }),

/***/ 5062:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ FileValidator)
});

;// CONCATENATED MODULE: ./src/checks/cells.ts
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(nan|inf|infinity)$/i;
const BOOLEAN = /^(true|false|0|1)$/i;
function checkCell(column, raw) {
    const value = raw.trim();
    if (value === '')
        return { kind: 'null' };
    switch (column.type) {
        case 'integer':
        case 'number':
            return checkNumber(column, value);
        case 'category':
            return column.categories?.includes(value) ? { kind: 'ok' } : { kind: 'category' };
        case 'boolean':
            return BOOLEAN.test(value) ? { kind: 'ok' } : { kind: 'type', expected: expectedType(column) };
        case 'string':
            return { kind: 'ok' };
    }
}
function checkNumber(column, value) {
    if (NON_FINITE.test(value))
        return { kind: 'non-finite' };
    if (!NUMBER.test(value))
        return { kind: 'type', expected: expectedType(column) };
    const number = Number(value);
    // Digits beyond a double's range read as Infinity.
    if (!Number.isFinite(number))
        return { kind: 'non-finite' };
    if (column.type === 'integer' && !Number.isInteger(number))
        return { kind: 'type', expected: expectedType(column) };
    if ((column.min !== undefined && number < column.min) || (column.max !== undefined && number > column.max)) {
        return { kind: 'range', number };
    }
    return { kind: 'ok', number };
}
/** What a value of the column's type is, for "value not …" messages. */
function expectedType(column) {
    if (column.type === 'integer')
        return 'an integer';
    if (column.type === 'boolean')
        return 'a boolean (true/false)';
    return 'a number';
}
function rangeText(column) {
    return `[${column.min ?? '-∞'}, ${column.max ?? '∞'}]`;
}

// EXTERNAL MODULE: ./src/checks/checks-config.ts
var checks_config = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/reading/csv-reader.ts + 1 modules
var csv_reader = __webpack_require__(7322);
// EXTERNAL MODULE: ./src/checks/duplicates.ts
var duplicates = __webpack_require__(9946);
// EXTERNAL MODULE: ./src/checks/findings.ts
var checks_findings = __webpack_require__(9322);
;// CONCATENATED MODULE: ./src/checks/duplicate-checks.ts
// The duplicate-rows and duplicate-keys checks: two DuplicateFinders fed by the validator's
// row loop, turned into findings ("same as line N") once the whole file has been read.


class DuplicateChecks {
    key;
    options;
    rows;
    keys = null;
    constructor(key, options = {}) {
        this.key = key;
        this.options = options;
        this.rows = new duplicates/* DuplicateFinder */.G((fields) => fields, options);
    }
    /** The key's field positions, once the header is known (none when the contract has no key). */
    bindKey(indexes) {
        if (this.key === undefined || this.key.length === 0)
            return;
        this.keys = new duplicates/* DuplicateFinder */.G((fields) => indexes.map((i) => fields[i] ?? ''), this.options);
    }
    /** A row; its hash when the reader computed one (then all rows come with one). */
    add(fields, line, ref, hash) {
        if (hash === undefined)
            this.rows.add(fields, line, ref);
        else
            this.rows.addHash(hash, line, ref);
        this.keys?.add(fields, line, ref);
    }
    /** Both finders' entries, for the thread that reads the part of the file before this one. */
    handOff() {
        return { rows: this.rows.handOff(), keys: this.keys?.handOff() ?? null };
    }
    /**
     * The entries of the rows that follow (another part of the file, lines moved by lineOffset);
     * with search, candidates of entries held in memory are searched there (DuplicateFinder.absorb).
     */
    absorb(state, lineOffset, search) {
        this.rows.absorb(state.rows, lineOffset, search);
        if (state.keys !== null)
            this.keys?.absorb(state.keys, lineOffset, search);
    }
    async report(fetch, findings) {
        const rows = await this.rows.finish(fetch);
        if (rows.count > 0) {
            findings.add({
                id: 'duplicate-rows',
                severity: 'error',
                count: rows.count,
                message: `${(0,checks_findings/* plural */.LS)(rows.count, 'row')} ${repeats(rows.count)} an earlier row; remove the duplicates`,
                examples: rows.examples.map((e) => ({ line: e.line, value: `same as line ${e.firstLine}` })),
            });
        }
        const keys = this.keys === null ? undefined : await this.keys.finish(fetch);
        if (keys === undefined || keys.count === 0 || this.key === undefined)
            return;
        const named = this.key.join(', ');
        findings.add({
            id: 'duplicate-keys',
            severity: 'error',
            column: this.key.join(','),
            count: keys.count,
            message: `primary key (${named}): ${(0,checks_findings/* plural */.LS)(keys.count, 'row')} ${repeats(keys.count)} a key; keys must be unique`,
            examples: keys.examples.map((e) => ({ line: e.line, value: e.fields.join(',') })),
        });
    }
}
const repeats = (n) => (n === 1 ? 'repeats' : 'repeat');

// EXTERNAL MODULE: ./src/statistics/stats.ts
var stats = __webpack_require__(992);
;// CONCATENATED MODULE: ./src/statistics/log-regression.ts
// The ratio/product leak test: a least-squares fit of log|target| on log|f| and log|g|. A
// column computed as target / g or target × g fits with R² ≈ 1 and slopes ≈ ±1.

/** log|x| per value; NaN or −∞ (left out of fits) for a missing value or 0. Computed once per column. */
function logAbs(values) {
    const logs = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
        logs[i] = Math.log(Math.abs((0,stats.at)(values, i)));
    return logs;
}
/** Fits over the rows where target, f and g are all finite and non-zero (logs from logAbs); null if fewer than minRows. */
function fitLogProduct(logTarget, logF, logG, minRows) {
    let n = 0;
    const s = { f: 0, g: 0, t: 0, ff: 0, gg: 0, fg: 0, ft: 0, gt: 0, tt: 0 };
    for (let i = 0; i < logTarget.length; i++) {
        const lt = (0,stats.at)(logTarget, i);
        const la = (0,stats.at)(logF, i);
        const lb = (0,stats.at)(logG, i);
        if (!Number.isFinite(lt + la + lb))
            continue;
        n += 1;
        s.f += la;
        s.g += lb;
        s.t += lt;
        s.ff += la * la;
        s.gg += lb * lb;
        s.fg += la * lb;
        s.ft += la * lt;
        s.gt += lb * lt;
        s.tt += lt * lt;
    }
    if (n < minRows)
        return null;
    const cov = (xy, x, y) => xy - (x * y) / n;
    const vff = cov(s.ff, s.f, s.f);
    const vgg = cov(s.gg, s.g, s.g);
    const vfg = cov(s.fg, s.f, s.g);
    const vft = cov(s.ft, s.f, s.t);
    const vgt = cov(s.gt, s.g, s.t);
    const vtt = cov(s.tt, s.t, s.t);
    const det = vff * vgg - vfg * vfg;
    // Collinear f and g (or a constant one): the pair says nothing beyond f alone.
    if (vtt <= 0 || vff <= 0 || vgg <= 0 || det <= 1e-12 * vff * vgg)
        return null;
    const bf = (vgg * vft - vfg * vgt) / det;
    const bg = (vff * vgt - vfg * vft) / det;
    const r2 = (bf * vft + bg * vgt) / vtt;
    return { rows: n, intercept: (s.t - bf * s.f - bg * s.g) / n, slopes: [bf, bg], r2 };
}
/** "price ≈ price_per_sqft × sqft" from the fitted log-linear relation. */
function describeLogFit(target, f, g, fit) {
    const scale = Math.exp(fit.intercept);
    const head = Math.abs(fit.intercept) < 0.01 ? '' : `${significant(scale)} × `;
    const term = (name, slope, first) => {
        if (Math.abs(slope - 1) < 0.02)
            return first ? name : `× ${name}`;
        if (Math.abs(slope + 1) < 0.02)
            return first ? `1 / ${name}` : `/ ${name}`;
        return `${first ? '' : '× '}${name}^${slope.toFixed(2)}`;
    };
    // A partner with a slope near 0 plays no part: "price ≈ 1.5 × u^2.00".
    const partner = Math.abs(fit.slopes[1]) < 0.02 ? '' : ` ${term(g, fit.slopes[1], false)}`;
    return `${target} ≈ ${head}${term(f, fit.slopes[0], true)}${partner}`;
}
const significant = (x) => Number(x.toPrecision(3)).toString();

;// CONCATENATED MODULE: ./src/checks/leakage.ts


const MAX_BINS = 100;
const MIN_ROWS_PER_BIN = 10;
const isNumeric = (c) => c.type === 'integer' || c.type === 'number';
const count = (n) => n.toLocaleString('en-US');
function findLeakage(sample, columns, target, settings, sortedSample = () => undefined) {
    const targetIndex = columns.findIndex((c) => c.name === target);
    const targetColumn = columns[targetIndex];
    if (targetColumn === undefined || !isNumeric(targetColumn))
        return [];
    const y = sample.numbers(targetIndex);
    // The target's ranks serve every column with no missing values (the common case).
    const yCoded = sortedSample(targetIndex);
    const targetRanks = yCoded !== undefined ? (0,stats/* ranksOf */.Ll)(yCoded) : (0,stats/* allFinite */.vQ)(y) ? (0,stats/* ranks */.CS)(y) : null;
    const logY = logAbs(y);
    // log|value| of the numeric columns seen so far: the partners of the ratio/product test.
    const logs = new Map();
    const findings = [];
    columns.forEach((column, index) => {
        if (index === targetIndex || settings.exempt.has(column.name))
            return;
        if (isNumeric(column)) {
            const x = sample.numbers(index);
            const logX = logAbs(x);
            const evidence = numericEvidence(x, y, targetRanks, sortedSample(index), target, settings) ??
                productEvidence(column.name, logX, logs, logY, target, settings);
            logs.set(column.name, logX);
            if (evidence !== undefined)
                findings.push({ column: column.name, message: message(column.name, evidence) });
        }
        else if (column.type === 'category') {
            const evidence = categoryEvidence(sample.textIds(index), y, targetRanks, target, settings);
            if (evidence !== undefined)
                findings.push({ column: column.name, message: message(column.name, evidence) });
        }
    });
    return findings;
}
const message = (column, evidence) => `column "${column}" leaks the target: ${evidence}; drop the column or, if it will be known at prediction time, list it in checks.leakage.exempt`;
/** The rows where both x and y are finite (x and y themselves when all are). */
function complete(x, y) {
    let n = 0;
    for (let i = 0; i < x.length; i++)
        if (Number.isFinite((0,stats.at)(x, i)) && Number.isFinite((0,stats.at)(y, i)))
            n += 1;
    if (n === x.length)
        return { x, y };
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0, j = 0; i < x.length; i++) {
        const a = (0,stats.at)(x, i);
        const b = (0,stats.at)(y, i);
        if (Number.isFinite(a) && Number.isFinite(b)) {
            xs[j] = a;
            ys[j] = b;
            j += 1;
        }
    }
    return { x: xs, y: ys };
}
function numericEvidence(xAll, yAll, yRanks, xCoded, target, s) {
    const { x, y } = complete(xAll, yAll);
    if (x.length < s.minRows)
        return undefined;
    const r = Math.abs((0,stats/* pearson */.nc)(x, y));
    const all = x.length === yAll.length;
    const targetRanks = yRanks !== null && all ? yRanks : (0,stats/* ranks */.CS)(y);
    const sorted = all && xCoded !== undefined ? xCoded.sorted : Float64Array.from(x).sort();
    const coded = all && xCoded !== undefined ? xCoded : (0,stats/* rankCodes */.E6)(x, sorted);
    const rho = Math.abs((0,stats/* pearson */.nc)((0,stats/* ranksOf */.Ll)(coded), targetRanks));
    if (r >= s.correlation || rho >= s.correlation) {
        return `|Pearson| ${r.toFixed(4)}, |Spearman| ${rho.toFixed(4)} with ${target} on ${count(x.length)} sampled rows (threshold ${s.correlation})`;
    }
    const bins = binned(coded, sorted);
    // On the target's ranks: a heavy tail (a few very high prices) would otherwise swamp the bins.
    const eta = (0,stats/* codedCorrelationRatio */.lJ)(bins.codes, bins.slots, targetRanks);
    if (eta >= s.determinism) {
        return `${target} is a near-deterministic function of it: the correlation ratio of the ranks of ${target} over ${bins.count} bins of its values is ${eta.toFixed(5)} on ${count(x.length)} sampled rows (threshold ${s.determinism})`;
    }
    return undefined;
}
function productEvidence(name, logX, earlier, logY, target, s) {
    for (const [other, logG] of earlier) {
        const fit = fitLogProduct(logY, logX, logG, s.minRows);
        if (fit !== null && fit.r2 >= s.determinism) {
            return `${describeLogFit(target, name, other, fit)} (R² ${fit.r2.toFixed(5)} of log|${target}| on ${count(fit.rows)} sampled rows, threshold ${s.determinism})`;
        }
    }
    return undefined;
}
function categoryEvidence({ ids, texts }, yAll, yRanks, target, s) {
    // Each category's code is the order it is first seen in among the rows with a target.
    const codeOfId = new Int32Array(texts.length).fill(-1);
    let categories = 0;
    const groups = new Int32Array(ids.length);
    const y = new Float64Array(ids.length);
    let n = 0;
    for (let i = 0; i < ids.length; i++) {
        const id = ids[i] ?? -1;
        const v = (0,stats.at)(yAll, i);
        if (id < 0 || !Number.isFinite(v))
            continue;
        let code = codeOfId[id] ?? -1;
        if (code < 0) {
            code = categories++;
            codeOfId[id] = code;
        }
        groups[n] = code;
        y[n] = v;
        n += 1;
    }
    if (n < s.minRows)
        return undefined;
    const ys = y.subarray(0, n);
    const eta = (0,stats/* codedCorrelationRatio */.lJ)(groups.subarray(0, n), categories, yRanks !== null && n === yAll.length ? yRanks : (0,stats/* ranks */.CS)(ys));
    if (!(eta >= s.determinism))
        return undefined;
    return `its ${categories} categories map almost one-to-one onto ${target}: the correlation ratio of the ranks of ${target} over them is ${eta.toFixed(5)} on ${count(n)} sampled rows (threshold ${s.determinism})`;
}
/**
 * Group codes below `slots`: the value itself (its rank code) when it has few distinct values,
 * else its quantile bin, the number of bin edges at or below it; count: the groups with values.
 */
function binned(coded, sorted) {
    const maxBins = Math.max(2, Math.min(MAX_BINS, Math.floor(sorted.length / MIN_ROWS_PER_BIN)));
    const distinct = coded.distinct.length;
    if (distinct <= maxBins)
        return { codes: coded.codes, slots: distinct, count: distinct };
    const edges = Array.from({ length: maxBins - 1 }, (_, i) => (0,stats.at)(sorted, Math.floor(((i + 1) * sorted.length) / maxBins)));
    // Distinct values ascend, so their bins do: one walk over both.
    const binOfDistinct = new Int32Array(distinct);
    let bin = 0;
    let count = 0;
    for (let d = 0; d < distinct; d++) {
        const value = (0,stats.at)(coded.distinct, d);
        const before = bin;
        while (bin < edges.length && (0,stats.at)(edges, bin) <= value)
            bin += 1;
        if (d === 0 || bin !== before)
            count += 1;
        binOfDistinct[d] = bin;
    }
    const codes = new Int32Array(coded.codes.length);
    for (let i = 0; i < codes.length; i++)
        codes[i] = binOfDistinct[coded.codes[i] ?? 0] ?? 0;
    return { codes, slots: maxBins, count };
}

;// CONCATENATED MODULE: ./src/checks/fast-cells.ts
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;
/** 15 decimal digits always fit a double's 53-bit mantissa exactly. */
const MAX_DIGITS = 15;
const POW10 = Array.from({ length: MAX_DIGITS + 1 }, (_, i) => 10 ** i);
/**
 * Parses [-]digits[.digits] with at most 15 digits; false for anything else. With an exact
 * integer mantissa below 2^53 and an exact power of ten, one division rounds once, so the value
 * equals Number(text) (Clinger's fast path).
 */
function parsePlainDecimal(data, start, end, out) {
    let i = start;
    const negative = data[i] === MINUS;
    if (negative)
        i += 1;
    const intStart = i;
    let mantissa = 0;
    while (i < end) {
        const byte = data[i] ?? 0;
        if (byte < ZERO || byte > NINE)
            break;
        mantissa = mantissa * 10 + (byte - ZERO);
        i += 1;
    }
    const intDigits = i - intStart;
    if (intDigits === 0)
        return false;
    let fracDigits = 0;
    const dot = i < end && data[i] === DOT;
    if (dot) {
        i += 1;
        while (i < end) {
            const byte = data[i] ?? 0;
            if (byte < ZERO || byte > NINE)
                return false;
            mantissa = mantissa * 10 + (byte - ZERO);
            i += 1;
            fracDigits += 1;
        }
    }
    if (i !== end || intDigits + fracDigits > MAX_DIGITS)
        return false;
    const magnitude = fracDigits === 0 ? mantissa : mantissa / (POW10[fracDigits] ?? 1);
    out.value = negative ? -magnitude : magnitude;
    out.canonical =
        (!negative || mantissa !== 0) &&
            (intDigits === 1 || data[intStart] !== ZERO) &&
            (dot ? fracDigits >= 1 && fracDigits <= 6 && data[end - 1] !== ZERO : true);
    return true;
}
const NEVER = Buffer.alloc(0);
/** The contract's categories as UTF-8 bytes, to match cells without decoding them. */
class CategoryMatcher {
    names;
    bytes;
    constructor(names) {
        this.names = names;
        // A name with outer spaces or an empty one never matches: cells.ts trims before comparing.
        this.bytes = names.map((name) => (name !== '' && name === name.trim() ? Buffer.from(name) : Buffer.alloc(0)));
    }
    /** The index of the category whose bytes are exactly data[start, end), or -1. */
    match(data, start, end) {
        const length = end - start;
        if (length === 0)
            return -1;
        for (let k = 0; k < this.bytes.length; k++) {
            const candidate = this.bytes[k] ?? NEVER;
            if (candidate.length !== length)
                continue;
            let same = true;
            for (let j = 0; j < length; j++) {
                if (candidate[j] !== data[start + j]) {
                    same = false;
                    break;
                }
            }
            if (same)
                return k;
        }
        return -1;
    }
}
const SLOW = 0;
const fast_cells_NUMBER = 1;
const CATEGORY = 2;
function fastColumn(column) {
    const numeric = column.type === 'integer' || column.type === 'number';
    const categories = column.type === 'category' && column.categories !== undefined ? new CategoryMatcher(column.categories) : null;
    return {
        kind: numeric ? fast_cells_NUMBER : categories === null ? SLOW : CATEGORY,
        integer: column.type === 'integer',
        min: numeric ? (column.min ?? -Infinity) : 0,
        max: numeric ? (column.max ?? Infinity) : 0,
        matcher: categories,
    };
}

// EXTERNAL MODULE: ./src/reading/plain-record.ts
var plain_record = __webpack_require__(1479);
// EXTERNAL MODULE: ./src/statistics/profile.ts + 1 modules
var profile = __webpack_require__(5165);
// EXTERNAL MODULE: ./src/statistics/sample.ts
var sample = __webpack_require__(4716);
;// CONCATENATED MODULE: ./src/file-validator.ts











const bind = (column, index) => ({
    column,
    index,
    acc: new profile/* ColumnAccumulator */.zI(column),
    fast: fastColumn(column),
});
const norm = (name) => name.trim().toLowerCase();
/** The row finder needs only the hash; fields are read for a primary key alone. */
const NO_FIELDS = [];
class FileValidator {
    file;
    contract;
    findings;
    settings;
    /** A seeded sample of parsed rows (values in bound-column order) for leakage and profiles. */
    sample = new sample/* RowReservoir */.QH();
    rows = 0;
    bound = null;
    width = 0;
    stopped = false;
    duplicateChecks;
    /** Where the current record starts in the file, to read it again for duplicate checks. */
    ref = 0;
    rowHash;
    keyBound = false;
    /** The contract has a primary key, so the duplicate-keys check needs the row's fields as text. */
    keyed;
    analysis;
    constructor(file, contract, duplicates = {}) {
        this.file = file;
        this.contract = contract;
        this.duplicateChecks = new DuplicateChecks(contract.primary_key, duplicates);
        this.keyed = (contract.primary_key ?? []).length > 0;
        this.settings = checks_config/* CheckSettings */.w.of(contract);
        this.findings = new checks_findings/* Findings */.Fv((id, proposed) => this.settings.severity(id, proposed));
    }
    /** Called once the header has bound the contract's columns (split.ts starts the second reader then). */
    onHeader;
    /** What this validator found in its part of a file, for the validator of the part before it. */
    partState(start, summary) {
        return {
            rows: this.rows,
            tallies: this.findings.tallyStates(),
            columns: (this.bound ?? []).map((b) => b.acc.state()),
            sample: this.sample.state(),
            duplicates: this.duplicateChecks.handOff(),
            start,
            nextLine: summary.nextLine,
            bytes: summary.bytes,
            ...(summary.notText === undefined ? {} : { notText: summary.notText }),
            ...(summary.unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine: summary.unclosedQuoteLine }),
            ...(summary.limit === undefined ? {} : { limit: summary.limit }),
        };
    }
    /**
     * Adds the part of the file that follows this validator's, read by another validator bound to
     * the same header; its line numbers move by lineOffset (the lines this part ended before).
     * search: where duplicate candidates are searched (DuplicateFinder.absorb).
     */
    absorb(part, lineOffset, search) {
        this.rows += part.rows;
        this.findings.absorbTallies(part.tallies, lineOffset, (id, column) => this.describe(id, column));
        (this.bound ?? []).forEach((b, i) => {
            const column = part.columns[i];
            if (column !== undefined)
                b.acc.absorb(column);
        });
        this.sample.absorb(part.sample);
        this.bindKeyOnce();
        this.duplicateChecks.absorb(part.duplicates, lineOffset, search);
    }
    onRecord(record, ref = 0, hash) {
        if (this.stopped)
            return;
        this.ref = ref;
        this.rowHash = hash;
        if (this.bound === null)
            this.header(record);
        else
            this.row(record);
    }
    /**
     * A plain record as byte ranges: numbers and categories are read from the bytes; a cell the
     * fast reader cannot vouch for goes through cell() as text, and a record the fast path does not
     * cover at all (the header, a wrong field count, a stopped run) through onRecord — so results
     * are exactly those of the text path.
     */
    onPlainRecord(record, ref, hash) {
        const bound = this.bound;
        if (bound === null || this.stopped) {
            this.onRecord({ fields: (0,plain_record/* plainFields */._b)(record), line: record.line }, ref, hash);
            return;
        }
        if (record.fields !== this.width) {
            // Counted without building its fields' text (a file of very wide rows costs no strings).
            this.rows += 1;
            this.wrongFieldCount(record.fields, record.line);
            return;
        }
        this.ref = ref;
        this.rowHash = hash;
        this.rows += 1;
        const slot = this.sample.offer(this.ref);
        for (let i = 0; i < bound.length; i++) {
            const b = bound[i];
            if (b === undefined)
                continue;
            this.fastCell(b, record, slot, i);
        }
        this.duplicates(this.keyed ? (0,plain_record/* plainFields */._b)(record) : NO_FIELDS, record.line);
    }
    parsed = { value: 0, canonical: false };
    /** Checks and profiles one cell; stores its value in the row sample at slot (when >= 0) as column i. */
    fastCell(b, record, slot, i) {
        const { data, bounds } = record;
        const start = bounds[2 * b.index] ?? 0;
        const end = bounds[2 * b.index + 1] ?? 0;
        const fast = b.fast;
        if (fast.kind === fast_cells_NUMBER && parsePlainDecimal(data, start, end, this.parsed)) {
            const x = this.parsed.value;
            if (x >= fast.min && x <= fast.max && (!fast.integer || Number.isInteger(x))) {
                b.acc.addParsed(x, this.parsed.canonical, data, start, end);
                if (slot >= 0)
                    this.sample.setNumber(slot, i, x);
                return;
            }
        }
        else if (fast.kind === CATEGORY && fast.matcher !== null) {
            const k = fast.matcher.match(data, start, end);
            if (k >= 0) {
                b.acc.addCategory(k);
                if (slot >= 0)
                    this.sample.set(slot, i, fast.matcher.names[k] ?? null);
                return;
            }
        }
        const value = this.cell(b, (0,plain_record/* plainField */.D1)(record, b.index), record.line);
        if (slot >= 0)
            this.sample.set(slot, i, value);
    }
    header(record) {
        const delimiter = this.contract.format?.delimiter ?? ',';
        if (this.contract.format?.header === false) {
            this.width = this.contract.columns.length;
            this.bound = this.contract.columns.map((column, index) => bind(column, index));
            this.row(record);
            return;
        }
        const names = record.fields;
        const sniffed = names.length === 1 ? (0,csv_reader/* sniffDelimiter */.yM)(names[0] ?? '') : undefined;
        if (sniffed !== undefined && sniffed !== delimiter) {
            this.stop('delimiter', `${this.file} line ${record.line}: the file uses '${sniffed}' but the contract says '${delimiter}'; save the file with '${delimiter}' or set format.delimiter in the contract`);
            return;
        }
        this.width = names.length;
        this.checkNames(names, record.line);
        this.bound = this.bindColumns(names, record.line);
        this.onHeader?.(record);
    }
    /** Names are compared trimmed: a name that repeats another once spaces are dropped is a duplicate. */
    checkNames(names, line) {
        const seen = new Map();
        names.forEach((raw, i) => {
            const name = raw.trim();
            const first = seen.get(name);
            if (name === '')
                this.error('empty-column-name', undefined, `${this.file} line ${line}: column ${i + 1} of the header has no name; name it or remove the column`);
            else if (first !== undefined)
                this.error('duplicate-column-name', name, `${this.file} line ${line}: columns ${first + 1} and ${i + 1} are both named "${name}" (spaces around names are ignored); rename or remove one`);
            else
                seen.set(name, i);
        });
    }
    bindColumns(names, line) {
        const trimmed = names.map((n) => n.trim());
        const bound = [];
        const missing = [];
        for (const column of this.contract.columns) {
            const exact = trimmed.indexOf(column.name);
            const loose = exact >= 0 ? exact : trimmed.findIndex((n) => norm(n) === norm(column.name));
            if (loose < 0) {
                missing.push(column.name);
                continue;
            }
            if (exact < 0) {
                const found = trimmed[loose] ?? '';
                this.error('header-name-mismatch', column.name, `${this.file} line ${line}: header "${found}" differs from contract column "${column.name}" only in case; rename it to "${column.name}"`);
            }
            bound.push(bind(column, loose));
        }
        if (missing.length > 0) {
            this.error('missing-columns', undefined, `${this.file} line ${line}: required ${(0,checks_findings/* plural */.LS)(missing.length, 'column')} missing from the header: ${missing.join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} or fix the contract`);
        }
        const used = new Set(bound.map((b) => b.index));
        const extra = trimmed.filter((n, i) => !used.has(i) && n !== '');
        if (extra.length > 0) {
            this.findings.add({
                id: 'unexpected-columns',
                severity: 'warning',
                message: `${this.file}: ${(0,checks_findings/* plural */.LS)(extra.length, 'column')} not in the contract: ${extra.join(', ')}; they are ignored — add them to the contract to use them`,
            });
        }
        return bound;
    }
    row(record) {
        this.rows += 1;
        const { fields, line } = record;
        if (fields.length !== this.width) {
            this.wrongFieldCount(fields.length, line);
            return;
        }
        const slot = this.sample.offer(this.ref);
        (this.bound ?? []).forEach((b, i) => {
            const value = this.cell(b, fields[b.index] ?? '', line);
            if (slot >= 0)
                this.sample.set(slot, i, value);
        });
        this.duplicates(fields, line);
    }
    wrongFieldCount(count, line) {
        this.findings.tally('field-count', 'error', undefined, { line, value: `${count} fields` }, this.describe('field-count', undefined));
    }
    /** Checks and profiles one cell; returns its value for the row sample. */
    cell(b, raw, line) {
        const { column, acc } = b;
        const verdict = checkCell(column, raw);
        switch (verdict.kind) {
            case 'null':
                acc.addNull();
                if (!column.nullable)
                    this.tallyCell('nulls', column, line, raw);
                return null;
            case 'non-finite':
                acc.add(raw);
                this.tallyCell('non-finite', column, line, raw);
                return null;
            case 'type':
                acc.add(raw);
                this.tallyCell('type', column, line, raw);
                return null;
            case 'range':
                acc.add(raw, verdict.number);
                this.tallyCell('range', column, line, raw);
                return verdict.number;
            case 'category':
                acc.add(raw);
                this.tallyCell('category', column, line, raw);
                return raw.trim();
            case 'ok':
                acc.add(raw, verdict.number);
                return verdict.number ?? (column.type === 'category' ? raw.trim() : null);
        }
    }
    tallyCell(id, column, line, value) {
        this.findings.tally(id, 'error', column.name, { line, value }, this.describe(id, column.name));
    }
    /** The message of a row-level tally from its final count (the row checks' one source of wording). */
    describe(id, name) {
        const b = this.bound?.find((x) => x.column.name === name);
        if (id === 'field-count' || b === undefined) {
            return (n) => `${this.file}: ${(0,checks_findings/* plural */.LS)(n, 'row')} with a field count other than the header's ${this.width}; check for unquoted delimiters or missing values`;
        }
        const { column, acc } = b;
        switch (id) {
            case 'nulls':
                return (n) => `column "${column.name}": ${(0,checks_findings/* plural */.LS)(n, 'empty value')} but the column is not nullable; fill them or set nullable: true`;
            case 'non-finite':
                return (n) => `column "${column.name}": ${(0,checks_findings/* plural */.LS)(n, 'NaN/Inf value')}; write an empty value for a missing one`;
            case 'type':
                return (n) => `column "${column.name}": ${(0,checks_findings/* plural */.LS)(n, 'value')} not ${expectedType(column)}`;
            case 'range':
                return (n) => `column "${column.name}": ${(0,checks_findings/* plural */.LS)(n, 'value')} outside ${rangeText(column)}`;
            default:
                return () => this.unknownCategories(column, acc);
        }
    }
    unknownCategories(column, acc) {
        const counts = Object.entries(acc.profile().categories ?? {}).filter(([v]) => !column.categories?.includes(v.trim()));
        const listed = counts.map(([v, n]) => `"${v}" (${n})`).join(', ');
        return `column "${column.name}": unknown ${counts.length === 1 ? 'category' : 'categories'} ${listed}; allowed: ${(column.categories ?? []).join(', ')}`;
    }
    duplicates(fields, line) {
        this.bindKeyOnce();
        this.duplicateChecks.add(fields, line, this.ref, this.rowHash);
    }
    bindKeyOnce() {
        if (this.keyBound)
            return;
        const bound = this.bound ?? [];
        this.duplicateChecks.bindKey((this.contract.primary_key ?? []).map((k) => bound.find((b) => b.column.name === k)?.index ?? -1));
        this.keyBound = true;
    }
    finish(summary) {
        const fatal = this.fileProblem(summary);
        if (fatal !== undefined) {
            this.error(fatal.id, undefined, fatal.message);
            return;
        }
        if (summary.unclosedQuoteLine !== undefined) {
            const message = `${this.file} line ${summary.unclosedQuoteLine}: a quoted field is never closed; add the closing '"'`;
            this.error('unclosed-quote', undefined, message);
        }
        if (this.stopped)
            return;
        const minRows = this.contract.min_rows ?? 1;
        if (this.rows < minRows)
            this.error('min-rows', undefined, `${this.file}: ${(0,checks_findings/* plural */.LS)(this.rows, 'data row')}, the contract requires at least ${minRows}`);
        this.nullRates();
        this.leakage();
        for (const b of this.bound ?? []) {
            const p = b.acc.profile();
            if (this.rows > 1 && p.distinct === 1 && p.nulls === 0) {
                this.findings.add({
                    id: 'constant-column',
                    severity: 'warning',
                    column: b.column.name,
                    message: `column "${b.column.name}" holds one value in every row; it carries no information`,
                });
            }
        }
    }
    fileProblem(summary) {
        if (summary.notText !== undefined)
            return { id: 'encoding', message: `${this.file}: ${summary.notText}` };
        if (summary.limit !== undefined)
            return { id: summary.limit.check, message: limitMessage(this.file, summary.limit) };
        if (summary.bytes === 0)
            return { id: 'empty-file', message: `${this.file} is empty; it needs a header line and data rows` };
        if (this.bound === null && !this.stopped) {
            return { id: 'header', message: `${this.file} has only blank lines; it needs a header line and data rows` };
        }
        return undefined;
    }
    nullRates() {
        for (const { column, acc } of this.bound ?? []) {
            const limit = this.settings.maxNullRate(column);
            if (limit === undefined || acc.nullRate() <= limit)
                continue;
            const nulls = acc.profile().nulls;
            this.findings.add({
                id: 'null-rate',
                severity: 'error',
                column: column.name,
                count: nulls,
                message: `column "${column.name}": ${percent(acc.nullRate())} of values are empty (${nulls} of ${acc.profile().count}), above the allowed ${percent(limit)}; fill them or raise max_null_rate`,
            });
        }
    }
    leakage() {
        for (const found of this.analyseSample().leakage)
            this.findings.add({ id: 'leakage', severity: 'error', ...found });
    }
    profile() {
        return this.analyseSample().profile;
    }
    /**
     * The leakage evidence and the column profiles, worked out once after the last row (split.ts
     * asks early, so this runs while the other thread hashes the file and searches duplicates).
     */
    analyseSample() {
        if (this.analysis !== undefined)
            return this.analysis;
        const bound = this.bound ?? [];
        // Each column's sampled numbers sorted once (with rank codes when none is missing), for both
        // the leakage check and the profile.
        const columns = bound.map((b, i) => {
            const values = this.sample.numbers(i);
            if (b.column.type === 'category' || values.length === 0 || !(0,stats/* allFinite */.vQ)(values))
                return { sorted: (0,profile/* finiteSorted */.$q)(values) };
            const coded = (0,stats/* sortedRankCodes */.C6)(values);
            return { coded, sorted: coded.sorted };
        });
        const leakage = this.settings.enabled('leakage') && this.bound !== null
            ? findLeakage(this.sample, this.bound.map((b) => b.column), this.contract.target, this.settings.leakage, (i) => columns[i]?.coded)
            : [];
        this.analysis = { leakage, profile: bound.map((b, i) => b.acc.profile(columns[i]?.sorted)) };
        return this.analysis;
    }
    error(id, column, message) {
        this.findings.add({ id, severity: 'error', message, ...(column === undefined ? {} : { column }) });
    }
    stop(id, message) {
        this.error(id, undefined, message);
        this.stopped = true;
    }
}
/** A broken reading limit: which, where, and what to do. */
function limitMessage(file, breach) {
    const at = `${file} line ${breach.line}`;
    switch (breach.check) {
        case 'record-too-long':
            return `${at}: the record starting here is longer than the limit of ${breach.limit} bytes (a line, or lines joined by a quoted field); look for a quote that is never closed, or shorten the values (is this a CSV file with line breaks?)`;
        case 'header-too-long':
            return `${at}: the header line is longer than the limit of ${breach.limit} bytes; shorten the column names or drop columns (is this a CSV file?)`;
        case 'too-many-columns':
            return `${at}: the header has ${breach.count ?? 0} columns, more than the limit of ${breach.limit}; keep the columns the contract needs (is this a CSV file with a header line?)`;
        case 'too-many-fields':
            return `${at}: ${breach.count ?? 0} fields, more than the limit of ${breach.limit}; check the delimiter (format.delimiter) and the quoting of this line`;
    }
}
const percent = (share) => `${Number((share * 100).toPrecision(3))}%`;


/***/ }),

/***/ 3156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SplitClaim: () => (/* binding */ SplitClaim),
/* harmony export */   inThreadPartRunner: () => (/* binding */ inThreadPartRunner),
/* harmony export */   partStart: () => (/* binding */ partStart),
/* harmony export */   runPartWorker: () => (/* binding */ runPartWorker),
/* harmony export */   streamCsvInParts: () => (/* binding */ streamCsvInParts)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4379);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7322);
/* harmony import */ var _checks_duplicates_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(9946);
/* harmony import */ var _checks_dup_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2216);
/* harmony import */ var _reading_file_hash_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3824);
/* harmony import */ var _file_validator_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5062);
// A big local CSV file is read in two parts on two threads: this thread reads from the start, and
// a worker thread (the same bundle, started with a PartJob) takes the rest from a record boundary
// halfway through what this thread has not yet claimed when the worker is ready (SplitClaim), so
// both finish together whatever the worker's start-up cost. The worker reads its part with its
// own validator bound to the same header and its state is merged back (FileValidator.absorb).
// The result equals one pass: counts, first examples, first-seen orders, the row sample
// (bottom-k, sample.ts) and the duplicates are exact; mean and standard deviation agree to
// rounding. If the part starts inside a quoted field, this thread reads on alone.










/** Below this size one thread is quicker than starting a second. */
const SPLIT_MIN_BYTES = 16 * 1024 * 1024;
/** How far past the balance point a line end is looked for. */
const SCAN_BYTES = 1024 * 1024;
/**
 * What this thread, its code warm, reads while a new worker's code warms up and while the worker
 * packs its state at the end: given an equal share the worker finished about 70 ms later
 * (bench/validate-bench.mjs, 1,000,000 rows), about 2.5 MiB read here.
 */
const WARM_UP_BYTES = 2.5 * 1024 * 1024;
/**
 * Where the two readers meet, agreed through one shared word: at or above 0, this thread has
 * claimed the file up to that offset (a chunk at a time, before it parses the chunk); below 0,
 * the worker has claimed the file from −word on. Each side changes the word only from the value
 * it read (compare-and-swap), so the worker's start is never behind what this thread has claimed.
 */
class SplitClaim {
    buffer;
    word;
    constructor(buffer = new SharedArrayBuffer(8)) {
        this.buffer = buffer;
        this.word = new BigInt64Array(buffer);
    }
    /** This thread claims the file up to end; where it must stop instead, once the worker has claimed. */
    claimTo(end) {
        for (;;) {
            const word = Atomics.load(this.word, 0);
            if (word < 0n)
                return Number(-word);
            if (Atomics.compareExchange(this.word, 0, word, BigInt(end)) === word)
                return undefined;
        }
    }
    /** The worker claims from the offset choose picks after what this thread has claimed, if it picks one. */
    claimPart(choose) {
        for (;;) {
            const word = Atomics.load(this.word, 0);
            if (word < 0n)
                throw new Error('the second part of the file was claimed twice');
            const start = choose(Number(word));
            if (start === undefined)
                return undefined;
            if (Atomics.compareExchange(this.word, 0, word, BigInt(-start)) === word)
                return start;
        }
    }
}
/**
 * Where the worker's part starts when this thread has claimed the file up to `claimed`: just past
 * the first line end after half of what is left, moved on by half the worker's warm-up (at most
 * an eighth of what is left), as both threads then read at one speed; undefined when too little
 * is left.
 */
function partStart(file, claimed, minPartBytes = 0) {
    const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size;
    if (size - claimed < Math.max(1, minPartBytes))
        return undefined;
    const left = size - claimed;
    const middle = Math.floor(claimed + (left + Math.min(WARM_UP_BYTES, left / 8)) / 2);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        const buffer = Buffer.alloc(Math.min(SCAN_BYTES, size - middle));
        const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, middle);
        const newline = buffer.subarray(0, read).indexOf(10);
        return newline < 0 || middle + newline + 1 >= size ? undefined : middle + newline + 1;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
}
/** Claims the rest of a file from where partStart says and reads it on this thread (not hashed). */
async function readPart(job) {
    const start = new SplitClaim(job.claim).claimPart((claimed) => partStart(job.file, claimed, job.minPartBytes));
    if (start === undefined)
        return null;
    const validator = new _file_validator_js__WEBPACK_IMPORTED_MODULE_9__/* .FileValidator */ .R(job.file, job.contract, job.duplicates);
    // The header binds the same columns as in the first part; what it reports, that part reports.
    validator.onRecord(job.header, -1);
    const delimiter = job.contract.format?.delimiter ?? ',';
    const summary = await (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsv */ .Nb)(job.file, delimiter, (record, ref, hash) => {
        validator.onRecord(record, ref, hash);
    }, (record, ref, hash) => {
        validator.onPlainRecord(record, ref, hash);
    }, { start });
    return validator.partState(start, summary);
}
/** The part read on this thread, and the rest done here too (tests). */
const inThreadPartRunner = (job) => {
    const result = readPart(job);
    return {
        result,
        sha256: result.then(() => (0,_reading_file_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .fileSha256 */ .s)(job.file)),
        search: (segments) => Promise.resolve((0,_checks_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .findCandidates */ .e)(segments)),
        release: () => undefined,
        cancel: () => undefined,
    };
};
/**
 * Reads the part on a worker thread running this same bundle: its entry, index.js, sits beside
 * the chunk this code is in, and sends a worker thread to runPartWorker.
 */
const workerPartRunner = (job) => {
    const entry = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'index.js');
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(entry, { workerData: job });
    const part = deferred();
    const sha256 = deferred();
    const searches = new Map();
    const failAll = (error) => {
        for (const pending of [part, sha256, ...searches.values()])
            pending.reject(error);
    };
    worker.on('message', (reply) => {
        if (reply.kind === 'part')
            part.resolve(reply.state);
        else if (reply.kind === 'sha256')
            sha256.resolve(reply.sha256);
        else
            searches.get(reply.id)?.resolve(reply.set);
    });
    worker.once('error', failAll);
    worker.once('exit', (code) => {
        failAll(new Error(`the worker thread reading part of ${job.file} exited with code ${code} before it reported`));
    });
    let asked = 0;
    return {
        result: part.promise,
        sha256: sha256.promise,
        search: (segments) => {
            const id = asked++;
            const search = deferred();
            searches.set(id, search);
            const buffers = segments.flatMap((s) => (0,_checks_dup_log_js__WEBPACK_IMPORTED_MODULE_7__/* .entryBuffers */ .Gh)(s.log));
            worker.postMessage({ kind: 'search', id, segments }, movable(buffers));
            return search.promise;
        },
        release: () => {
            worker.postMessage({ kind: 'done' });
        },
        cancel: () => {
            void worker.terminate();
        },
    };
};
/** The worker thread's side: read the part in workerData and post it, hash the file, then search when asked. */
async function runPartWorker() {
    const job = node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.workerData;
    const port = node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.parentPort;
    if (port === null)
        throw new Error('runPartWorker runs on a worker thread');
    const post = (reply, transfer = []) => {
        port.postMessage(reply, movable(transfer));
    };
    const state = await readPart(job);
    post({ kind: 'part', state }, state === null ? [] : partBuffers(state));
    if (state === null) {
        port.close();
        return;
    }
    // The other thread merges the part and reads it up meanwhile; requests wait in the port's queue.
    post({ kind: 'sha256', sha256: (0,_reading_file_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .fileSha256 */ .s)(job.file) });
    port.on('message', (request) => {
        if (request.kind === 'done') {
            port.close();
            return;
        }
        const set = (0,_checks_duplicates_js__WEBPACK_IMPORTED_MODULE_6__/* .findCandidates */ .e)(request.segments);
        post({ kind: 'candidates', id: request.id, set }, [set.line.buffer, set.ref.buffer, set.firstLine.buffer, set.firstRef.buffer]);
    });
}
function partBuffers(state) {
    const logBuffers = (finder) => finder !== null && 'log' in finder ? (0,_checks_dup_log_js__WEBPACK_IMPORTED_MODULE_7__/* .entryBuffers */ .Gh)(finder.log) : [];
    return [
        ...logBuffers(state.duplicates.rows),
        ...logBuffers(state.duplicates.keys),
        state.sample.refs.buffer,
        state.sample.priorities.buffer,
        ...state.sample.numeric.flatMap((column) => (column === undefined ? [] : [column.buffer])),
        ...state.sample.text.flatMap((column) => (column === undefined ? [] : [column.ids.buffer])),
    ];
}
/** Buffers that can move between threads (not shared ones), each once. */
function movable(buffers) {
    return [...new Set(buffers)].filter((buffer) => buffer instanceof ArrayBuffer);
}
function deferred() {
    const settle = { resolve: () => undefined, reject: () => undefined };
    const promise = new Promise((resolve, reject) => Object.assign(settle, { resolve, reject }));
    // A promise nobody awaits any more (a cancelled part) must not fail the process when rejected.
    promise.catch(() => undefined);
    return { promise, ...settle };
}
/**
 * Reads a local CSV file into the validator, in two parts when it is big enough and a second
 * core is there; the summary is the whole file's either way.
 */
async function streamCsvInParts(file, validator, contract, duplicates, options = {}) {
    const delimiter = contract.format?.delimiter ?? ',';
    const onRecord = validator.onRecord.bind(validator);
    const onPlainRecord = validator.onPlainRecord.bind(validator);
    const minBytes = options.minBytes ?? ((0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() > 1 ? SPLIT_MIN_BYTES : Infinity);
    const split = contract.format?.header !== false && (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(file).size >= minBytes;
    if (!split)
        return (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .streamCsv */ .zw)(file, delimiter, onRecord, onPlainRecord, { header: contract.format?.header !== false });
    const runPart = options.runPart ?? workerPartRunner;
    const claim = new SplitClaim();
    let part;
    validator.onHeader = (header) => {
        // A quarter of a file worth splitting is worth a second thread.
        part = runPart({ file, contract, header, duplicates, claim: claim.buffer, minPartBytes: minBytes / 4 });
    };
    let splitAt;
    const stopAt = (chunkEnd) => {
        splitAt = claim.claimTo(chunkEnd);
        return splitAt;
    };
    // Not hashed here: the part's thread hashes the whole file once its part is read.
    const summary = await (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_5__/* .readCsv */ .Nb)(file, delimiter, onRecord, onPlainRecord, { stopAt });
    if (part === undefined || summary.handedOff !== true) {
        part?.cancel();
        if (splitAt !== undefined && summary.notText === undefined) {
            options.log?.(`${file}: byte ${splitAt} is inside a quoted field, so one thread read the whole file`);
        }
        return { sha256: (0,_reading_file_hash_js__WEBPACK_IMPORTED_MODULE_8__/* .fileSha256 */ .s)(file), ...summary };
    }
    try {
        validator.sample.trim();
        const state = await part.result;
        if (state === null)
            throw new Error(`the second part of ${file} was handed over but not read`);
        options.log?.(`${file}: read in two parts on two threads, the second from byte ${splitAt} of ${state.bytes}`);
        const lineOffset = summary.nextLine - 1;
        validator.absorb(state, lineOffset, part.search);
        part.release();
        // The sample's checks run here while the other thread hashes the file and searches duplicates.
        validator.analyseSample();
        return {
            sha256: await part.sha256,
            bytes: state.bytes,
            nextLine: state.nextLine + lineOffset,
            ...(state.notText === undefined ? {} : { notText: state.notText }),
            ...(state.unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine: state.unclosedQuoteLine + lineOffset }),
            ...(state.limit === undefined ? {} : { limit: { ...state.limit, line: state.limit.line + lineOffset } }),
        };
    }
    catch (error) {
        part.cancel();
        throw error;
    }
}


/***/ }),

/***/ 7322:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B6: () => (/* binding */ csvRecordFetcher),
  Nb: () => (/* binding */ readCsv),
  yM: () => (/* binding */ sniffDelimiter),
  zw: () => (/* binding */ streamCsv)
});

// UNUSED EXPORTS: CsvParser, READ_CHUNK, READ_LIMITS, readRecordAt

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/reading/csv-record.ts
// One CSV record parsed byte by byte: the general path for records holding quotes or stray CRs
// (a record without them is split by the reader's fast path). RFC 4180 quoting: a quote opens a
// quoted field only at the field's start, "" inside is one quote, delimiters and newlines inside
// are data. A CR outside quotes is dropped.
const LF = 10;
const CR = 13;
const QUOTE = 34;
/** Parses the record at pos; null when the data ends before the record does and more may come. */
function parseQuotedRecord(data, pos, delimiter, eof) {
    const fields = [];
    let parts = [];
    let quoted = false;
    let newlines = 0;
    let i = pos;
    let runStart = pos;
    const take = (from, to) => {
        if (to > from)
            parts.push(data.toString('utf8', from, to));
    };
    const done = (next, endsLine, unclosed) => {
        const last = parts.join('');
        const blank = fields.length === 0 && last === '' && !quoted;
        fields.push(last);
        return { fields, next, newlines, endsLine, blank, unclosed };
    };
    for (;;) {
        if (i >= data.length) {
            if (!eof)
                return null;
            take(runStart, i);
            return done(i, false, false);
        }
        const byte = data[i];
        if (byte === QUOTE && !quoted && parts.length === 0 && runStart === i) {
            quoted = true;
            const closed = quotedRun(data, i + 1, eof);
            if (closed === null)
                return null;
            parts.push(closed.text);
            newlines += closed.newlines;
            if (closed.end < 0)
                return done(data.length, false, true);
            i = closed.end;
            runStart = i;
        }
        else if (byte === delimiter || byte === LF) {
            take(runStart, i);
            i += 1;
            if (byte === LF)
                return done(i, true, false);
            fields.push(parts.join(''));
            parts = [];
            quoted = false;
            runStart = i;
        }
        else if (byte === CR) {
            take(runStart, i);
            i += 1;
            runStart = i;
        }
        else {
            i += 1;
        }
    }
}
/** The text of a quoted field from just after its opening quote; end -1 when never closed. */
function quotedRun(data, from, eof) {
    const pieces = [];
    let start = from;
    for (;;) {
        const quote = data.indexOf(QUOTE, start);
        if (quote < 0 || (quote + 1 >= data.length && !eof)) {
            if (!eof)
                return null;
            pieces.push(data.toString('utf8', start));
            return { text: pieces.join(''), newlines: countLf(data, from, data.length), end: -1 };
        }
        pieces.push(data.toString('utf8', start, quote));
        if (data[quote + 1] === QUOTE) {
            pieces.push('"');
            start = quote + 2;
            continue;
        }
        return { text: pieces.join(''), newlines: countLf(data, from, quote), end: quote + 1 };
    }
}
function countLf(data, from, to) {
    let count = 0;
    for (let at = data.indexOf(LF, from); at >= 0 && at < to; at = data.indexOf(LF, at + 1))
        count += 1;
    return count;
}

// EXTERNAL MODULE: ./src/reading/plain-record.ts
var plain_record = __webpack_require__(1479);
// EXTERNAL MODULE: ./src/reading/row-hash.ts
var row_hash = __webpack_require__(7102);
;// CONCATENATED MODULE: ./src/reading/csv-reader.ts
// A streaming CSV reader over bytes: records are found with Buffer.indexOf on the raw bytes and
// only each record's slice is decoded, so memory stays bounded whatever the file size. Handles a
// UTF-8 BOM, CRLF, quoted fields holding delimiters, newlines and doubled quotes, and blank
// lines. Checks strict UTF-8 and computes the file's sha256 as it streams. Limits (READ_LIMITS) stop
// a file no CSV reader should hold: a record too long, too many fields, a header too big.






const READ_LIMITS = { recordBytes: 1024 * 1024, headerBytes: 256 * 1024, fields: 10_000, columns: 10_000 };
const csv_reader_LF = 10;
const csv_reader_CR = 13;
const csv_reader_QUOTE = 34;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Bytes read at a time (a reader claims this much ahead of another: split.ts). */
const READ_CHUNK = 1 << 20;
/** Parses bytes pushed in any chunking into records; blank lines produce no record. */
class CsvParser {
    delimiter;
    onRecord;
    onPlainRecord;
    limits;
    pending = Buffer.alloc(0);
    /** File offset of pending[0]. */
    base = 0;
    line = 1;
    started = false;
    delimiterByte;
    hash = { hi: 0, lo: 0 };
    plain = (0,plain_record/* emptyPlainRecord */.bs)();
    /** The next record is the header (the header limits apply to it). */
    wantHeader;
    maxBytes;
    maxFields;
    /** The limit broken, if one was: nothing more is parsed. */
    breach;
    /**
     * With onPlainRecord, plain records go there as bytes; the rest (and all without it) to onRecord.
     * start: the file offset of the first byte pushed, at the start of a record after a line end
     * (a later part of the file: no BOM there, and line numbers count from that record).
     * header: the file's first record is a header line.
     */
    constructor(delimiter, onRecord, onPlainRecord, start = 0, header = true, limits = READ_LIMITS) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.onPlainRecord = onPlainRecord;
        this.limits = limits;
        const bytes = Buffer.from(delimiter);
        if (bytes.length !== 1)
            throw new Error(`format.delimiter "${delimiter}" must be one single-byte character`);
        this.delimiterByte = bytes[0] ?? 0;
        this.base = start;
        this.started = start > 0;
        this.wantHeader = header && start === 0;
        this.maxBytes = this.wantHeader ? limits.headerBytes : limits.recordBytes;
        this.maxFields = this.wantHeader ? limits.columns : limits.fields;
    }
    /** The line the next record starts on. */
    get nextLine() {
        return this.line;
    }
    /** Every byte pushed so far belongs to a complete record (none is cut, no quoted field open). */
    get atRecordStart() {
        return this.started && this.pending.length === 0 && this.breach === undefined;
    }
    /** Text is accepted too (tests); files push Buffers. */
    push(chunk) {
        if (this.broken())
            return;
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        let data = this.pending.length === 0 ? bytes : Buffer.concat([this.pending, bytes]);
        if (!this.started) {
            if (data.length < BOM.length && BOM.subarray(0, data.length).equals(data)) {
                this.pending = data;
                return;
            }
            this.started = true;
            if (data.subarray(0, 3).equals(BOM)) {
                data = data.subarray(3);
                this.base += 3;
            }
        }
        const used = this.parse(data, false, (0,external_node_buffer_.isAscii)(bytes) && (0,external_node_buffer_.isAscii)(this.pending));
        this.pending = data.subarray(used);
        this.base += used;
        // A record not yet ended that is already too long (a line without an end, a quote never closed).
        if (!this.broken() && this.pending.length > this.maxBytes)
            this.tooLong();
        if (this.broken())
            this.pending = Buffer.alloc(0);
    }
    /** Flushes the last record; returns the start line of an unclosed quoted field, if any. */
    end() {
        if (this.broken())
            return undefined;
        this.started = true;
        const data = this.pending;
        this.pending = Buffer.alloc(0);
        let pos = this.parse(data, true, false);
        while (pos < data.length && !this.broken()) {
            const record = parseQuotedRecord(data, pos, this.delimiterByte, true);
            if (record === null)
                break;
            const line = this.line;
            if (!this.withinLimits(record, pos))
                break;
            this.emit(record, line, this.base + pos);
            pos = record.next;
            if (record.unclosed)
                return line;
        }
        return undefined;
    }
    /** Emits every complete record in data; returns the bytes used. ASCII decodes faster as latin1. */
    parse(data, eof, ascii) {
        let pos = 0;
        let quoteAt = -2;
        let crAt = -2;
        while (pos < data.length) {
            // An empty line is skipped here: a file of millions of them costs no search each.
            if (data[pos] === csv_reader_LF) {
                this.line += 1;
                pos += 1;
                continue;
            }
            const newline = data.indexOf(csv_reader_LF, pos);
            if (newline < 0)
                return pos;
            if (quoteAt !== -1 && quoteAt < pos)
                quoteAt = data.indexOf(csv_reader_QUOTE, pos);
            if (crAt !== -1 && crAt < pos)
                crAt = data.indexOf(csv_reader_CR, pos);
            let end = newline;
            if (crAt === newline - 1 && newline > pos)
                end -= 1;
            const plain = (quoteAt < 0 || quoteAt > newline) && (crAt < 0 || crAt >= end);
            if (!plain) {
                const record = parseQuotedRecord(data, pos, this.delimiterByte, eof);
                if (record === null || record.unclosed)
                    return pos;
                if (!this.withinLimits(record, pos))
                    return pos;
                this.emit(record, this.line, this.base + pos);
                pos = record.next;
                continue;
            }
            if (newline + 1 - pos > this.maxBytes) {
                this.tooLong();
                return pos;
            }
            if (end > pos && this.onPlainRecord !== undefined) {
                (0,plain_record/* scanPlainRecord */.bF)(data, pos, end, this.delimiterByte, this.plain, this.hash);
                if (this.plain.fields > this.maxFields || this.wantHeader) {
                    if (this.tooManyFields(this.plain.fields))
                        return pos;
                }
                this.plain.line = this.line;
                this.plain.ascii = ascii;
                this.onPlainRecord(this.plain, this.base + pos, this.hash);
            }
            else if (end > pos) {
                const text = data.toString(ascii ? 'latin1' : 'utf8', pos, end);
                const fields = text.split(this.delimiter);
                if (this.tooManyFields(fields.length))
                    return pos;
                (0,row_hash/* hashRecordBytes */.Vt)(data, pos, end, this.hash);
                this.onRecord({ fields, line: this.line }, this.base + pos, this.hash);
            }
            this.line += 1;
            pos = newline + 1;
        }
        return pos;
    }
    broken() {
        return this.breach !== undefined;
    }
    /** The record keeps to the limits (else the breach is noted). */
    withinLimits(record, pos) {
        if (record.next - pos > this.maxBytes) {
            this.tooLong();
            return false;
        }
        return record.blank || !this.tooManyFields(record.fields.length);
    }
    tooLong() {
        const check = this.wantHeader ? 'header-too-long' : 'record-too-long';
        this.breach = { check, line: this.line, limit: this.maxBytes };
    }
    /** Notes a breach when a record has too many fields; past the header, the record limits apply. */
    tooManyFields(count) {
        if (count > this.maxFields) {
            this.breach = { check: this.wantHeader ? 'too-many-columns' : 'too-many-fields', line: this.line, limit: this.maxFields, count };
            return true;
        }
        if (this.wantHeader) {
            this.wantHeader = false;
            this.maxBytes = this.limits.recordBytes;
            this.maxFields = this.limits.fields;
        }
        return false;
    }
    emit(record, line, offset) {
        if (!record.blank) {
            (0,row_hash/* hashFieldBytes */.a3)(record.fields, this.delimiter, this.hash);
            this.onRecord({ fields: record.fields, line }, offset, this.hash);
        }
        this.line += record.newlines + (record.endsLine ? 1 : 0);
    }
}
/** Streams a file through a CsvParser and hashes it; never holds more than one chunk of the file. */
async function streamCsv(file, delimiter, onRecord, onPlainRecord, range = {}) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const summary = await readCsv(file, delimiter, onRecord, onPlainRecord, range, (chunk) => hash.update(chunk));
    return { sha256: hash.digest('hex'), ...summary };
}
/**
 * streamCsv without the hash, unless onChunk hashes what is read: a part of a file read on
 * another thread, or a file another thread hashes (split.ts).
 */
async function readCsv(file, delimiter, onRecord, onPlainRecord, range = {}, onChunk) {
    const start = range.start ?? 0;
    const parser = new CsvParser(delimiter, onRecord, onPlainRecord, start, range.header ?? true);
    const utf8 = new Utf8Check();
    let bytes = start;
    let notText;
    let handedOff = false;
    let splitDecided = range.stopAt === undefined;
    const feed = (buffer) => {
        if (notText === undefined && !handedOff && parser.breach === undefined) {
            notText = utf8.problem(buffer, bytes);
            if (notText === undefined)
                parser.push(buffer);
        }
        bytes += buffer.length;
    };
    for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_CHUNK, start })) {
        const buffer = chunk;
        onChunk?.(buffer);
        const stop = splitDecided ? undefined : range.stopAt?.(bytes + buffer.length);
        if (stop === undefined || stop >= bytes + buffer.length) {
            feed(buffer);
            // Past a broken limit the rest is only hashed, if it is hashed here at all.
            if (parser.breach !== undefined && onChunk === undefined)
                break;
            continue;
        }
        const cut = Math.max(0, stop - bytes);
        feed(buffer.subarray(0, cut));
        splitDecided = true;
        handedOff = notText === undefined && parser.atRecordStart;
        // Handed off, the rest is only hashed, if it is hashed here at all.
        if (handedOff && onChunk === undefined)
            break;
        feed(buffer.subarray(cut));
    }
    // Past a broken limit the UTF-8 check stopped, maybe inside a character.
    if (parser.breach === undefined)
        notText ??= utf8.endProblem(bytes);
    const unclosedQuoteLine = notText === undefined && !handedOff ? parser.end() : undefined;
    return {
        bytes,
        nextLine: parser.nextLine,
        ...(parser.breach === undefined ? {} : { limit: parser.breach }),
        ...(handedOff ? { handedOff } : {}),
        ...(notText === undefined ? {} : { notText }),
        ...(unclosedQuoteLine === undefined ? {} : { unclosedQuoteLine }),
    };
}
/** Strict UTF-8 over chunks: a sequence cut by a chunk boundary is checked with the next chunk. */
class Utf8Check {
    carry = Buffer.alloc(0);
    problem(chunk, offset) {
        const nul = chunk.indexOf(0);
        if (nul >= 0)
            return `a NUL byte at byte ${offset + nul}: this is a binary file, not CSV text`;
        const start = offset - this.carry.length;
        const joined = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
        const cut = completeLength(joined);
        this.carry = Buffer.from(joined.subarray(cut));
        if ((0,external_node_buffer_.isUtf8)(joined.subarray(0, cut)))
            return undefined;
        return invalidAt(start + firstInvalidByte(joined.subarray(0, cut)));
    }
    endProblem(bytes) {
        return this.carry.length === 0 ? undefined : invalidAt(bytes - this.carry.length);
    }
}
const invalidAt = (offset) => `byte ${offset} is not valid UTF-8; save the file as UTF-8`;
/** The length of the prefix that ends on a whole UTF-8 sequence (at most 3 bytes are cut). */
function completeLength(bytes) {
    for (let back = 1; back <= Math.min(3, bytes.length); back++) {
        const byte = bytes[bytes.length - back] ?? 0;
        if (byte < 0x80)
            return bytes.length;
        if (byte >= 0xc0) {
            const size = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
            return size > back ? bytes.length - back : bytes.length;
        }
    }
    return bytes.length;
}
/** Offset where the first bad sequence starts: the end of the longest valid prefix. */
function firstInvalidByte(bytes) {
    let low = 0;
    let high = bytes.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        const prefix = bytes.subarray(0, mid);
        if ((0,external_node_buffer_.isUtf8)(prefix.subarray(0, completeLength(prefix))))
            low = mid;
        else
            high = mid - 1;
    }
    return completeLength(bytes.subarray(0, low));
}
/** One buffer for every record read again (the fields are decoded copies, so it can be reused). */
let rereadBuffer = Buffer.allocUnsafe(4 * 1024);
/**
 * Reads the one record that starts at a byte offset (found by an earlier streamCsv pass): a
 * small read first, as most records are short (a file of a million repeated rows asks for a
 * million), larger only when the record goes on.
 */
function readRecordAt(fd, offset, delimiter) {
    for (let size = 1024;; size *= 4) {
        if (size > rereadBuffer.length)
            rereadBuffer = Buffer.allocUnsafe(size);
        const read = (0,external_node_fs_.readSync)(fd, rereadBuffer, 0, size, offset);
        const record = parseQuotedRecord(rereadBuffer.subarray(0, read), 0, delimiter, read < size);
        if (record !== null)
            return record.fields;
    }
}
/** The delimiter a header line most likely uses, among the usual ones. */
function sniffDelimiter(headerLine) {
    const counts = [',', ';', '\t', '|'].map((d) => ({ d, n: headerLine.split(d).length - 1 }));
    const best = counts.sort((a, b) => b.n - a.n)[0];
    return best && best.n > 0 ? best.d : undefined;
}
/** Reads records again by their start offsets (the refs streamCsv handed out). */
function csvRecordFetcher(file, delimiter) {
    const byte = Buffer.from(delimiter)[0] ?? 0;
    return (refs) => {
        const fd = (0,external_node_fs_.openSync)(file, 'r');
        try {
            return Promise.resolve(new Map(refs.map((ref) => [ref, readRecordAt(fd, ref, byte)])));
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    };
}


/***/ }),

/***/ 3824:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ fileSha256)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
// A file's fingerprint: the sha256 of its bytes (a CSV reader computes the same while it reads).


const CHUNK = 4 << 20;
function fileSha256(file) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        for (let read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer); read > 0; read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer))
            hash.update(buffer.subarray(0, read));
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return hash.digest('hex');
}


/***/ }),

/***/ 1479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D1: () => (/* binding */ plainField),
/* harmony export */   _b: () => (/* binding */ plainFields),
/* harmony export */   bF: () => (/* binding */ scanPlainRecord),
/* harmony export */   bs: () => (/* binding */ emptyPlainRecord)
/* harmony export */ });
/* harmony import */ var _row_hash_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7102);
// A plain CSV record (no quotes, no CR) as byte ranges instead of strings: the validator's fast
// path reads numbers and categories straight from the bytes and decodes only the cells it must
// report, so a valid row costs no string at all.

/**
 * Finds the field boundaries of data[start, end) into record.bounds (grown when needed) and
 * hashes the record with hashRecordBytes.
 */
function scanPlainRecord(data, start, end, delimiter, record, hash) {
    let bounds = record.bounds;
    let field = 0;
    bounds[0] = start;
    for (let i = start; i < end; i++) {
        if (data[i] !== delimiter)
            continue;
        if (2 * field + 3 >= bounds.length)
            bounds = grow(record);
        bounds[2 * field + 1] = i;
        field += 1;
        bounds[2 * field] = i + 1;
    }
    bounds[2 * field + 1] = end;
    record.data = data;
    record.fields = field + 1;
    (0,_row_hash_js__WEBPACK_IMPORTED_MODULE_0__/* .hashRecordBytes */ .Vt)(data, start, end, hash);
}
function grow(record) {
    const bigger = new Int32Array(record.bounds.length * 2);
    bigger.set(record.bounds);
    record.bounds = bigger;
    return bigger;
}
function emptyPlainRecord() {
    return { data: Buffer.alloc(0), bounds: new Int32Array(64), fields: 0, line: 0, ascii: true };
}
/** Field i as text (the slow path's input). */
function plainField(record, i) {
    return record.data.toString(record.ascii ? 'latin1' : 'utf8', record.bounds[2 * i], record.bounds[2 * i + 1]);
}
/** Every field as text, as the string reader would have split the record. */
function plainFields(record) {
    return Array.from({ length: record.fields }, (_, i) => plainField(record, i));
}


/***/ }),

/***/ 7102:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MR: () => (/* binding */ hashFields),
/* harmony export */   V0: () => (/* binding */ hashMask),
/* harmony export */   Vt: () => (/* binding */ hashRecordBytes),
/* harmony export */   a3: () => (/* binding */ hashFieldBytes),
/* harmony export */   eW: () => (/* binding */ FULL)
/* harmony export */ });
// A 64-bit hash of a row's fields (two 32-bit halves), computed from the strings without
// building any: duplicate detection keeps these numbers, not the rows. Equal hashes are only
// candidates; the duplicate finder confirms them by comparing the actual fields.
const FIELD_END = 0x10000; // beyond any UTF-16 code unit, so ["a,b"] and ["a", "b"] differ
/** Hashes fields into out (reused by the caller to avoid an object per row). */
function hashFields(fields, out, mask = FULL) {
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (const field of fields) {
        for (let i = 0; i < field.length; i++) {
            const code = field.charCodeAt(i);
            h1 = Math.imul(h1 ^ code, 0x01000193);
            h2 = Math.imul(h2 ^ code, 0x5bd1e995);
            h2 ^= h2 >>> 13;
        }
        h1 = Math.imul(h1 ^ FIELD_END, 0x01000193);
        h2 = Math.imul(h2 ^ FIELD_END, 0x5bd1e995);
    }
    out.hi = (mix(h1 ^ Math.imul(h2, 0x27d4eb2f)) & mask.hi) >>> 0;
    out.lo = (mix(h2 ^ h1) & mask.lo) >>> 0;
}
/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix(value) {
    let h = value;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return h ^ (h >>> 16);
}
const FULL = { hi: 0xffffffff, lo: 0xffffffff };
/** A mask keeping only the low `bits` of the 64 (tests use a few bits to force collisions). */
function hashMask(bits) {
    if (!Number.isInteger(bits) || bits < 1 || bits > 64)
        throw new Error(`hash bits ${bits} must be an integer in 1..64`);
    const low = (n) => (n >= 32 ? 0xffffffff : (2 ** n - 1) >>> 0);
    return { hi: low(Math.max(0, bits - 32)), lo: low(Math.min(32, bits)) };
}
/**
 * A 64-bit hash of a CSV record's bytes — its fields' UTF-8 bytes joined by the delimiter — four
 * bytes per step in two murmur3-style lanes. A plain record is hashed straight from the file, a
 * quoted one from its fields joined again, so equal fields give equal hashes. Fields that differ
 * only in where a delimiter falls ("a,b" quoted vs a,b) collide, which costs nothing: the
 * duplicate finder confirms every candidate by comparing the fields.
 */
function hashRecordBytes(data, start, end, out) {
    let h1 = SEED1;
    let h2 = SEED2;
    let i = start;
    for (; i + 4 <= end; i += 4) {
        const k = (data[i] ?? 0) | ((data[i + 1] ?? 0) << 8) | ((data[i + 2] ?? 0) << 16) | ((data[i + 3] ?? 0) << 24);
        h1 = lane1(h1, k);
        h2 = lane2(h2, k);
    }
    let tail = 0;
    for (let shift = 0; i < end; i++, shift += 8)
        tail |= (data[i] ?? 0) << shift;
    // The length closes the record (and tells a short tail from zero bytes).
    h1 = lane1(h1, tail ^ Math.imul(end - start + 1, 0x9e3779b1));
    h2 = lane2(h2, tail ^ Math.imul(end - start + 1, 0x85ebca6b));
    finish(h1, h2, out);
}
/** The same hash for a record already split into fields (a quoted record). */
function hashFieldBytes(fields, delimiter, out) {
    const bytes = Buffer.from(fields.join(delimiter));
    hashRecordBytes(bytes, 0, bytes.length, out);
}
const SEED1 = 0x811c9dc5;
const SEED2 = 0x9747b28c;
function lane1(h, word) {
    let k = Math.imul(word, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    const mixed = h ^ Math.imul(k, 0x1b873593);
    return (Math.imul((mixed << 13) | (mixed >>> 19), 5) + 0xe6546b64) | 0;
}
function lane2(h, word) {
    let k = Math.imul(word, 0x85ebca77);
    k = (k << 13) | (k >>> 19);
    const mixed = h ^ Math.imul(k, 0xc2b2ae3d);
    return (Math.imul((mixed << 17) | (mixed >>> 15), 0x27d4eb2f) + 0x165667b1) | 0;
}
function finish(h1, h2, out) {
    out.hi = mix(h1 ^ Math.imul(h2, 0x27d4eb2f)) >>> 0;
    out.lo = mix(h2 ^ h1) >>> 0;
}


/***/ }),

/***/ 5165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  zI: () => (/* binding */ ColumnAccumulator),
  FU: () => (/* binding */ countInBins),
  $q: () => (/* binding */ finiteSorted)
});

// UNUSED EXPORTS: countSortedInBins, decileHistogram

;// CONCATENATED MODULE: ./src/statistics/number-set.ts
// The distinct numbers of a column, up to a cap: small non-negative integers (counts, years) in
// a bitmap, the rest in an open-addressing table over the doubles' bits, because a Map costs more
// than all the rest of a valid cell's work.
const bits = new Float64Array(1);
const words = new Uint32Array(bits.buffer);
const SMALL = 4096;
class NumberSet {
    small = new Uint8Array(SMALL);
    slots;
    used;
    mask;
    hashed = 0;
    size = 0;
    /** capacity: the most distinct values it will hold (the caller stops adding past it). */
    constructor(capacity) {
        let room = 16;
        while (room < capacity * 2)
            room *= 2;
        this.slots = new Float64Array(room);
        this.used = new Uint8Array(room);
        this.mask = room - 1;
    }
    /** Adds x (finite; 0 and -0 are one value, as in a Set). */
    add(x) {
        if (x >= 0 && x < SMALL && (x | 0) === x) {
            if (this.small[x] === 0) {
                this.small[x] = 1;
                this.size += 1;
            }
            return;
        }
        this.addHashed(x);
    }
    /** Every value held (small integers first, then the rest in table order). */
    values() {
        const out = [];
        for (let x = 0; x < SMALL; x++)
            if (this.small[x] === 1)
                out.push(x);
        for (let slot = 0; slot <= this.mask; slot++)
            if (this.used[slot] === 1)
                out.push(this.slots[slot] ?? 0);
        return out;
    }
    addHashed(x) {
        if (this.hashed > this.mask >>> 1)
            throw new Error(`NumberSet holds at most ${(this.mask + 1) / 2} values`);
        bits[0] = x;
        let slot = Math.imul((words[0] ?? 0) ^ Math.imul(words[1] ?? 0, 0x85ebca6b), 0x9e3779b1) >>> 0;
        for (;;) {
            slot &= this.mask;
            if (this.used[slot] === 0) {
                this.used[slot] = 1;
                this.slots[slot] = x;
                this.hashed += 1;
                this.size += 1;
                return;
            }
            if (this.slots[slot] === x)
                return;
            slot += 1;
        }
    }
}

// EXTERNAL MODULE: ./src/statistics/sample.ts
var sample = __webpack_require__(4716);
// EXTERNAL MODULE: ./src/statistics/stats.ts
var stats = __webpack_require__(992);
;// CONCATENATED MODULE: ./src/statistics/profile.ts



const MAX_CATEGORIES = 1000;
/** Values kept per numeric column in the profile (a uniform draw from the row sample). */
const PROFILE_SAMPLE = 5000;
const HISTOGRAM_QUANTILES = 10;
class ColumnAccumulator {
    column;
    count = 0;
    nulls = 0;
    numbers = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    /** Counts per distinct text, except texts that are String(their number): those are in numbers. */
    values = new Map();
    /** The distinct numbers whose text is String(number): only their count is ever reported. */
    numberValues = new NumberSet(MAX_CATEGORIES + 1);
    overflow = false;
    /** Per contract category: counted by addCategory once, then counted here. */
    categorySeen;
    categoryCounts;
    constructor(column) {
        this.column = column;
        this.categorySeen = new Uint8Array(column.categories?.length ?? 0);
        this.categoryCounts = new Int32Array(column.categories?.length ?? 0);
    }
    addNull() {
        this.count += 1;
        this.nulls += 1;
    }
    add(raw, number) {
        this.count += 1;
        if (!this.overflow) {
            if (number !== undefined && String(number) === raw)
                this.countNumber(number);
            else
                this.countText(raw);
        }
        if (number !== undefined)
            this.addNumber(number);
    }
    /**
     * The same as add(text, number) for a number the byte reader parsed from data[start, end);
     * canonical: the text is known to be String(number), so it need not be decoded.
     */
    addParsed(number, canonical, data, start, end) {
        if (this.overflow) {
            this.count += 1;
            this.addNumber(number);
        }
        else if (canonical) {
            this.count += 1;
            this.countNumber(number);
            this.addNumber(number);
        }
        else {
            this.add(data.toString('latin1', start, end), number);
        }
    }
    /** The same as add(name) for the contract's category k, without a Map update per row. */
    addCategory(k) {
        this.count += 1;
        if (this.overflow)
            return;
        if (this.categorySeen[k] === 0) {
            // The first sighting goes into values, which keeps the order categories were first seen in.
            this.categorySeen[k] = 1;
            this.countText(this.column.categories?.[k] ?? '');
            return;
        }
        this.categoryCounts[k] = (this.categoryCounts[k] ?? 0) + 1;
    }
    /** Count per text in first-seen order: values' counts plus the contract categories' later rows from addCategory. */
    countedTexts() {
        const names = this.column.categories ?? [];
        return [...this.values].map(([value, n]) => [value, n + (this.categoryCounts[names.indexOf(value)] ?? 0)]);
    }
    countText(raw, n = 1) {
        this.values.set(raw, (this.values.get(raw) ?? 0) + n);
        if (this.distinct() > MAX_CATEGORIES)
            this.overflow = true;
    }
    countNumber(number) {
        this.numberValues.add(number);
        if (this.distinct() > MAX_CATEGORIES)
            this.overflow = true;
    }
    /** Distinct values seen (capped at MAX_CATEGORIES + 1). */
    distinct() {
        return this.overflow ? MAX_CATEGORIES + 1 : this.values.size + this.numberValues.size;
    }
    state() {
        const { count, nulls, numbers, mean, m2, min, max, overflow } = this;
        return { count, nulls, numbers, mean, m2, min, max, values: this.countedTexts(), numberValues: this.numberValues.values(), overflow };
    }
    /**
     * Adds the state of the rows that follow this accumulator's (the second part of a file read on
     * another thread). Counts, extremes and first-seen order come out as one pass would give them;
     * mean and variance are combined by Chan et al.'s formula, equal to one pass to rounding.
     */
    absorb(other) {
        this.count += other.count;
        this.nulls += other.nulls;
        if (other.numbers > 0) {
            const total = this.numbers + other.numbers;
            const delta = other.mean - this.mean;
            this.mean += (delta * other.numbers) / total;
            this.m2 += other.m2 + (delta * delta * this.numbers * other.numbers) / total;
            this.numbers = total;
            this.min = Math.min(this.min, other.min);
            this.max = Math.max(this.max, other.max);
        }
        this.overflow ||= other.overflow;
        const names = this.column.categories ?? [];
        for (const [value, n] of other.values) {
            if (this.overflow)
                return;
            const k = names.indexOf(value);
            // The table's entry now holds this category's count; addCategory would count it there too.
            if (k >= 0)
                this.categorySeen[k] = 1;
            this.countText(value, n);
        }
        for (const x of other.numberValues) {
            if (this.overflow)
                return;
            this.countNumber(x);
        }
    }
    nullRate() {
        return this.count === 0 ? 0 : this.nulls / this.count;
    }
    addNumber(x) {
        this.numbers += 1;
        const delta = x - this.mean;
        this.mean += delta / this.numbers;
        this.m2 += delta * (x - this.mean);
        this.min = Math.min(this.min, x);
        this.max = Math.max(this.max, x);
    }
    /** The profile; `sorted`: this column's finite values in the row sample, ascending (numeric columns). */
    profile(sorted) {
        const has = this.numbers > 0;
        const numeric = this.column.type === 'integer' || this.column.type === 'number';
        const values = numeric && sorted ? sorted : null;
        return {
            name: this.column.name,
            type: this.column.type,
            count: this.count,
            nulls: this.nulls,
            min: has ? this.min : null,
            max: has ? this.max : null,
            mean: has ? this.mean : null,
            std: this.numbers > 1 ? Math.sqrt(this.m2 / (this.numbers - 1)) : null,
            histogram: values && values.length > 0 && has ? decileHistogram(values, this.min, this.max) : null,
            categories: this.column.type === 'category' && !this.overflow ? Object.fromEntries(this.countedTexts()) : null,
            distinct: this.distinct(),
            sample: values ? drawSorted(values, PROFILE_SAMPLE) : null,
        };
    }
}
/** The finite values, sorted ascending. */
function finiteSorted(values) {
    const finite = new Float64Array(values.length);
    let n = 0;
    for (const v of values)
        if (Number.isFinite(v))
            finite[n++] = v;
    return finite.subarray(0, n).sort();
}
/** Edges at min, the deciles of the sampled values and max; counts of sampled values per bin. */
function decileHistogram(sorted, min, max) {
    const inner = Array.from({ length: HISTOGRAM_QUANTILES - 1 }, (_, i) => (0,stats/* quantile */.YV)(sorted, (i + 1) / HISTOGRAM_QUANTILES));
    const edges = [...new Set([min, ...inner, max])].sort((a, b) => a - b);
    if (edges.length === 1)
        edges.push(min);
    return { edges, counts: countSortedInBins(edges, sorted) };
}
/** countInBins for values in ascending order: their bins ascend too, so one walk, no search. */
function countSortedInBins(edges, sorted) {
    const counts = new Array(edges.length - 1).fill(0);
    let bin = 0;
    for (let i = 0; i < sorted.length; i++) {
        const value = (0,stats.at)(sorted, i);
        while (bin < edges.length - 2 && value >= (0,stats.at)(edges, bin + 1))
            bin += 1;
        counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts;
}
function countInBins(edges, values) {
    const counts = new Array(edges.length - 1).fill(0);
    for (let i = 0; i < values.length; i++) {
        const bin = (0,stats/* binOf */.jU)(edges, (0,stats.at)(values, i));
        counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts;
}
/** A seeded uniform draw of at most `size` values, sorted (partial Fisher–Yates). */
function drawSorted(sorted, size) {
    if (sorted.length <= size)
        return Array.from(sorted);
    const pool = Float64Array.from(sorted);
    const random = (0,sample/* seededRandom */.Is)(pool.length);
    for (let i = 0; i < size; i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        const drawn = (0,stats.at)(pool, j);
        pool[j] = (0,stats.at)(pool, i);
        pool[i] = drawn;
    }
    return Array.from(pool.subarray(0, size).sort());
}


/***/ }),

/***/ 4716:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Is: () => (/* binding */ seededRandom),
/* harmony export */   QH: () => (/* binding */ RowReservoir),
/* harmony export */   l6: () => (/* binding */ SAMPLE_ROWS)
/* harmony export */ });
/* unused harmony exports rowPriority, lowest */
// A fixed-size uniform sample of rows taken during the streaming pass, so the leakage and drift
// statistics need bounded memory whatever the file size. It is a bottom-k sample: each row gets
// a pseudo-random priority from where it starts in the file (its ref), and the k rows with the
// smallest (priority, ref) are kept. The same file gives the same sample however it was read, and
// two samples of two parts of a file merge into exactly the sample of the whole (split.ts reads a
// big file in two parts on two threads).
//
// Rows are held in file order in a buffer of up to 2k rows: a row is appended when its priority
// is below the bound. A full buffer drops its rows from the k-th lowest priority's 16-bit bucket
// up (order kept), and that bucket's end becomes the bound; before the sample is read it is
// trimmed to exactly its k lowest rows. So the sample is always in file order, with no per-row
// heap work.
const SAMPLE_ROWS = 50_000;
const SAMPLE_SEED = 0x5eed;
/** mulberry32: a small, well-mixed 32-bit generator; enough for choosing rows. */
function seededRandom(seed) {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** A row's priority: murmur3's finaliser over its ref (refs are below 2^53) and the seed. */
function rowPriority(ref, seed) {
    let h = (ref >>> 0) ^ Math.imul(Math.floor(ref / 4294967296), 0x9e3779b1) ^ seed;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
}
/**
 * A sampled text column: an id per row into a table of distinct texts, so rows move, trim and
 * cross threads as numbers. The table is rebuilt from the rows held when it outgrows them.
 */
class TextColumn {
    ids;
    texts = [];
    /** Counts table rebuilds: ids taken before one are stale. */
    generation = 0;
    idOf = new Map();
    constructor(room) {
        this.ids = new Int32Array(room).fill(-1);
    }
    set(slot, text) {
        this.ids[slot] = text === null ? -1 : this.id(text);
    }
    id(text) {
        let id = this.idOf.get(text);
        if (id === undefined) {
            id = this.texts.length;
            this.texts.push(text);
            this.idOf.set(text, id);
        }
        return id;
    }
    text(slot) {
        const id = this.ids[slot] ?? -1;
        return id < 0 ? null : (this.texts[id] ?? null);
    }
    widen(room) {
        const ids = new Int32Array(room).fill(-1);
        ids.set(this.ids);
        this.ids = ids;
    }
    /** Moves the rows at the positions `keep` (ascending) to the front, in order. */
    keepOnly(keep) {
        const ids = this.ids;
        for (let to = 0; to < keep.length; to++)
            ids[to] = ids[keep[to] ?? 0] ?? -1;
        if (this.texts.length > ids.length)
            this.rebuild(keep.length);
    }
    state(size) {
        return { ids: this.ids.slice(0, size), texts: [...this.texts] };
    }
    rebuild(size) {
        const old = this.texts;
        this.texts = [];
        this.idOf = new Map();
        this.generation += 1;
        const moved = new Int32Array(old.length).fill(-1);
        for (let i = 0; i < size; i++) {
            const id = this.ids[i] ?? -1;
            if (id < 0)
                continue;
            if ((moved[id] ?? -1) < 0)
                moved[id] = this.id(old[id] ?? '');
            this.ids[i] = moved[id] ?? -1;
        }
    }
}
/** Columnar storage (a typed array per numeric column), so sampling allocates no per-row objects. */
class RowReservoir {
    capacity;
    seed;
    size = 0;
    seen = 0;
    room = 0;
    numeric = [];
    text = [];
    /** Per row: its ref and priority. */
    refs = new Float64Array(0);
    priorities = new Uint32Array(0);
    /**
     * A row whose priority is at or above this is never kept: k rows already held come before it
     * (a tie loses, as its ref is larger).
     */
    bound = 2 ** 32;
    lastRef = -Infinity;
    constructor(capacity = SAMPLE_ROWS, seed = SAMPLE_SEED) {
        this.capacity = capacity;
        this.seed = seed;
    }
    /** Rows offered so far. */
    get offered() {
        return this.seen;
    }
    /** Rows held (at most capacity). */
    get rows() {
        this.trim();
        return this.size;
    }
    /**
     * Where the row that starts at ref goes in the sample, or -1 when it is not sampled (then skip
     * storing it). Refs come in increasing order (the file read front to back); the caller sets
     * every column of a row it is given a place for.
     */
    offer(ref) {
        if (ref <= this.lastRef)
            throw new Error(`sample: row ref ${ref} is not after the last one; rows must be offered in file order`);
        this.lastRef = ref;
        this.seen += 1;
        const priority = rowPriority(ref, this.seed);
        return priority < this.bound ? this.append(ref, priority) : -1;
    }
    append(ref, priority) {
        if (this.size === this.room) {
            if (this.room < 2 * this.capacity)
                this.grow();
            else
                this.narrow();
        }
        const slot = this.size++;
        this.refs[slot] = ref;
        this.priorities[slot] = priority;
        return slot;
    }
    /** set() for a number, without boxing it into a SampleValue. */
    setNumber(slot, column, value) {
        (this.numeric[column] ?? this.numbersColumn(column))[slot] = value;
        this.text[column]?.set(slot, null);
    }
    set(slot, column, value) {
        (this.numeric[column] ?? this.numbersColumn(column))[slot] = typeof value === 'number' ? value : Number.NaN;
        if (typeof value === 'string')
            this.textColumn(column).set(slot, value);
        else
            this.text[column]?.set(slot, null);
    }
    /** The sampled values of a column in file order; NaN where a row had no number. */
    numbers(column) {
        this.trim();
        return (this.numeric[column] ?? new Float64Array(this.room).fill(Number.NaN)).subarray(0, this.size);
    }
    /** The sampled texts of a column in file order; null where a row had none. */
    texts(column) {
        this.trim();
        const texts = this.text[column];
        const out = new Array(this.size);
        for (let i = 0; i < this.size; i++)
            out[i] = texts?.text(i) ?? null;
        return out;
    }
    /** The sampled texts of a column in file order as ids into its distinct texts (-1: none). */
    textIds(column) {
        this.trim();
        const texts = this.text[column];
        return texts === undefined
            ? { ids: new Int32Array(this.size).fill(-1), texts: [] }
            : { ids: texts.ids.subarray(0, this.size), texts: texts.texts };
    }
    /** The rows, in file order, for absorb() on another thread. */
    state() {
        this.trim();
        const columns = Math.max(this.numeric.length, this.text.length);
        return {
            offered: this.seen,
            refs: this.refs.slice(0, this.size),
            priorities: this.priorities.slice(0, this.size),
            numeric: Array.from({ length: columns }, (_, c) => this.numeric[c]?.slice(0, this.size)),
            text: Array.from({ length: columns }, (_, c) => this.text[c]?.state(this.size)),
        };
    }
    /**
     * Adds the sample of the part of the file that follows this one's: the result is the sample of
     * both parts read as one.
     */
    absorb(other) {
        this.seen += other.offered;
        const columns = Math.max(this.numeric.length, this.text.length, other.numeric.length, other.text.length);
        // Per column, the other's text ids as this column's (-1: not yet looked up), for one generation.
        const remaps = Array.from({ length: columns }, (_, c) => ({
            ids: new Int32Array(other.text[c]?.texts.length ?? 0).fill(-1),
            generation: 0,
        }));
        for (let i = 0; i < other.refs.length; i++) {
            const priority = other.priorities[i] ?? 0;
            if (priority >= this.bound)
                continue;
            const slot = this.append(other.refs[i] ?? 0, priority);
            // Every column of the row is set, so nothing of a row that held the place before survives.
            for (let c = 0; c < columns; c++) {
                const numbers = other.numeric[c];
                if (numbers !== undefined || this.numeric[c] !== undefined)
                    (this.numeric[c] ?? this.numbersColumn(c))[slot] = numbers?.[i] ?? Number.NaN;
                const texts = other.text[c];
                const remap = remaps[c];
                if (texts === undefined || remap === undefined) {
                    this.text[c]?.set(slot, null);
                    continue;
                }
                const column = this.textColumn(c);
                if (remap.generation !== column.generation) {
                    remap.ids.fill(-1);
                    remap.generation = column.generation;
                }
                const id = texts.ids[i] ?? -1;
                if (id >= 0 && (remap.ids[id] ?? -1) < 0)
                    remap.ids[id] = column.id(texts.texts[id] ?? '');
                column.ids[slot] = id < 0 ? -1 : (remap.ids[id] ?? -1);
            }
        }
    }
    /**
     * Keeps the k rows with the lowest (priority, ref), in file order; the k-th priority becomes
     * the bound. Ties with it keep the first rows (the lowest refs), as the bound keeps later ones
     * out. Done before the sample is read or handed over; split.ts does it while it waits.
     */
    trim() {
        if (this.size <= this.capacity)
            return;
        const { keep, kth } = lowest(this.priorities, this.size, this.capacity);
        this.keepOnly(keep);
        this.bound = kth;
    }
    /**
     * Makes room during the pass, more cheaply than trim(): keeps the rows below the end of the
     * 16-bit bucket that holds the k-th lowest priority (at least k rows, a few more at most).
     */
    narrow() {
        const bound = (kthBucket(this.priorities, this.size, this.capacity).high + 1) * 0x10000;
        const keep = new Int32Array(this.size);
        let kept = 0;
        for (let i = 0; i < this.size; i++)
            if ((this.priorities[i] ?? 0) < bound)
                keep[kept++] = i;
        // All in one bucket (priorities far too close to be seeded hashes): trim exactly instead.
        if (kept === this.size) {
            this.trim();
            return;
        }
        this.keepOnly(keep.subarray(0, kept));
        this.bound = bound;
    }
    /** Moves the rows at the positions `keep` (ascending) to the front, in order. */
    keepOnly(keep) {
        const compact = (values) => {
            for (let to = 0; to < keep.length; to++)
                values[to] = values[keep[to] ?? 0] ?? 0;
        };
        this.numeric.forEach(compact);
        compact(this.refs);
        compact(this.priorities);
        // forEach: columns without texts are holes.
        this.text.forEach((texts) => {
            texts.keepOnly(keep);
        });
        this.size = keep.length;
    }
    grow() {
        const room = Math.min(2 * this.capacity, Math.max(1024, this.room * 2));
        this.numeric.forEach((old, i) => {
            this.numeric[i] = widened(old, new Float64Array(room).fill(Number.NaN));
        });
        this.text.forEach((texts) => {
            texts.widen(room);
        });
        this.refs = widened(this.refs, new Float64Array(room));
        this.priorities = widened(this.priorities, new Uint32Array(room));
        this.room = room;
    }
    numbersColumn(column) {
        const created = new Float64Array(this.room).fill(Number.NaN);
        this.numeric[column] = created;
        return created;
    }
    textColumn(column) {
        const existing = this.text[column];
        if (existing !== undefined)
            return existing;
        const created = new TextColumn(this.room);
        this.text[column] = created;
        return created;
    }
}
/**
 * The positions (ascending) of the k lowest (priority, position) among priorities[0, n), and the
 * k-th lowest priority: ties with it keep their first positions.
 */
function lowest(priorities, n, k) {
    const kth = kthSmallest(priorities, n, k);
    let below = 0;
    for (let i = 0; i < n; i++)
        if ((priorities[i] ?? 0) < kth)
            below += 1;
    let ties = k - below;
    const keep = new Int32Array(k);
    let kept = 0;
    for (let i = 0; i < n; i++) {
        const priority = priorities[i] ?? 0;
        if (priority < kth || (priority === kth && ties-- > 0))
            keep[kept++] = i;
    }
    return { keep, kth };
}
/**
 * The high 16 bits of the k-th smallest (1-based) of values[0, n), and its rank among the values
 * with those high bits; counts is left holding the count per high bits.
 */
function kthBucket(values, n, k, counts = new Int32Array(1 << 16)) {
    for (let i = 0; i < n; i++)
        counts[(values[i] ?? 0) >>> 16] = (counts[(values[i] ?? 0) >>> 16] ?? 0) + 1;
    let rank = k;
    let high = 0;
    while ((counts[high] ?? 0) < rank)
        rank -= counts[high++] ?? 0;
    return { high, rank };
}
/** The k-th smallest (1-based) of values[0, n), by two 16-bit counting passes. */
function kthSmallest(values, n, k) {
    const counts = new Int32Array(1 << 16);
    const { high, rank: rankInBucket } = kthBucket(values, n, k, counts);
    let rank = rankInBucket;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
        const value = values[i] ?? 0;
        if (value >>> 16 === high)
            counts[value & 0xffff] = (counts[value & 0xffff] ?? 0) + 1;
    }
    let low = 0;
    while ((counts[low] ?? 0) < rank)
        rank -= counts[low++] ?? 0;
    return ((high << 16) | low) >>> 0;
}
/** `bigger` holding `old`'s values first. */
function widened(old, bigger) {
    bigger.set(old);
    return bigger;
}


/***/ }),

/***/ 992:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ sortedRankCodes),
/* harmony export */   CS: () => (/* binding */ ranks),
/* harmony export */   E6: () => (/* binding */ rankCodes),
/* harmony export */   Ll: () => (/* binding */ ranksOf),
/* harmony export */   YV: () => (/* binding */ quantile),
/* harmony export */   at: () => (/* binding */ at),
/* harmony export */   jU: () => (/* binding */ binOf),
/* harmony export */   lJ: () => (/* binding */ codedCorrelationRatio),
/* harmony export */   nc: () => (/* binding */ pearson),
/* harmony export */   vQ: () => (/* binding */ allFinite)
/* harmony export */ });
/* unused harmony export correlationRatio */
// Plain statistics on numeric arrays; pure functions, checked against scipy (test/stats.test.ts).
/** Element i, NaN when out of range (indexes here are always in range; this keeps types honest). */
const at = (values, i) => values[i] ?? Number.NaN;
/** Pearson correlation; NaN when either side is constant. */
function pearson(x, y) {
    const n = x.length;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += at(x, i);
        my += at(y, i);
    }
    mx /= n;
    my /= n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        const dx = at(x, i) - mx;
        const dy = at(y, i) - my;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
    }
    return sxx === 0 || syy === 0 ? Number.NaN : sxy / Math.sqrt(sxx * syy);
}
/**
 * x's rank codes from its values sorted ascending (given when the caller has them): one binary
 * search per value among the distinct values, no comparator sort. x holds no NaN.
 */
function rankCodes(x, sorted = Float64Array.from(x).sort()) {
    const distinct = new Float64Array(sorted.length);
    const averageRank = new Float64Array(sorted.length);
    let k = 0;
    for (let start = 0; start < sorted.length; k++) {
        const value = at(sorted, start);
        let end = start + 1;
        while (end < sorted.length && at(sorted, end) === value)
            end += 1;
        distinct[k] = value;
        averageRank[k] = (start + end + 1) / 2;
        start = end;
    }
    const codes = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++)
        codes[i] = firstAtLeast(distinct, k, at(x, i));
    return { codes, distinct: distinct.subarray(0, k), averageRank: averageRank.subarray(0, k) };
}
/** No value is NaN or infinite. */
function allFinite(values) {
    for (let i = 0; i < values.length; i++)
        if (!Number.isFinite(at(values, i)))
            return false;
    return true;
}
/** Past this many distinct values, values are not counted in a map. */
const FEW_DISTINCT = 1024;
/** Integers spanning at most this many values are counted in an array. */
const SMALL_RANGE = 1 << 20;
/**
 * Rank codes and the sorted values of values with none missing: counted when they are few
 * distinct values or integers over a small range (most columns), else sorted natively.
 */
function sortedRankCodes(values) {
    const counted = smallIntegers(values) ?? fewDistinct(values);
    if (counted === undefined) {
        const sorted = Float64Array.from(values).sort();
        return { sorted, ...rankCodes(values, sorted) };
    }
    const { distinct, counts, codes } = counted;
    const sorted = new Float64Array(values.length);
    const averageRank = new Float64Array(distinct.length);
    let start = 0;
    for (let k = 0; k < distinct.length; k++) {
        const n = counts[k] ?? 0;
        sorted.fill(at(distinct, k), start, start + n);
        averageRank[k] = start + (n + 1) / 2;
        start += n;
    }
    return { sorted, codes, distinct, averageRank };
}
/** Integers spanning few values: counted in an array indexed by value. */
function smallIntegers(values) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < values.length; i++) {
        const value = at(values, i);
        if (!Number.isInteger(value))
            return undefined;
        if (value < min)
            min = value;
        if (value > max)
            max = value;
    }
    if (!(max - min < SMALL_RANGE))
        return undefined;
    const perValue = new Int32Array(max - min + 1);
    for (let i = 0; i < values.length; i++) {
        const slot = at(values, i) - min;
        perValue[slot] = (perValue[slot] ?? 0) + 1;
    }
    const codeOf = new Int32Array(perValue.length);
    const distinct = [];
    const counts = [];
    perValue.forEach((count, slot) => {
        if (count === 0)
            return;
        codeOf[slot] = distinct.length;
        distinct.push(min + slot);
        counts.push(count);
    });
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++)
        codes[i] = codeOf[at(values, i) - min] ?? 0;
    return { distinct: Float64Array.from(distinct), counts: Int32Array.from(counts), codes };
}
/** Few distinct values: one map lookup per value, then their order among the distinct ones. */
function fewDistinct(values) {
    const ids = new Map();
    const idOf = new Int32Array(values.length);
    const seen = [];
    for (let i = 0; i < values.length; i++) {
        const value = at(values, i);
        let id = ids.get(value);
        if (id === undefined) {
            if (seen.length === FEW_DISTINCT)
                return undefined;
            id = seen.length;
            ids.set(value, id);
            seen.push(value);
        }
        idOf[i] = id;
    }
    const byValue = seen.map((_, id) => id).sort((a, b) => (seen[a] ?? 0) - (seen[b] ?? 0));
    const codeOfId = new Int32Array(seen.length);
    byValue.forEach((id, code) => (codeOfId[id] = code));
    const counts = new Int32Array(seen.length);
    const codes = new Int32Array(values.length);
    for (let i = 0; i < values.length; i++) {
        const code = codeOfId[idOf[i] ?? 0] ?? 0;
        codes[i] = code;
        counts[code] = (counts[code] ?? 0) + 1;
    }
    return { distinct: Float64Array.from(byValue, (id) => seen[id] ?? 0), counts, codes };
}
/** Ranks 1..n, ties sharing their average rank (as scipy.stats.rankdata). */
function ranks(x, sorted) {
    return ranksOf(rankCodes(x, sorted));
}
function ranksOf({ codes, averageRank }) {
    const out = new Float64Array(codes.length);
    for (let i = 0; i < codes.length; i++)
        out[i] = at(averageRank, codes[i] ?? 0);
    return out;
}
/** First index below `length` whose value is ≥ v, in ascending values. */
function firstAtLeast(sorted, length, v) {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (at(sorted, mid) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Adjusted correlation ratio of y given groups: 1 − (SS_within/(n−k)) / (SS_total/(n−1)), the
 * share of y's variance the groups explain, penalised for the number of groups (so many tiny
 * groups do not look deterministic).
 */
function correlationRatio(groups, y) {
    const seen = new Map();
    const codes = new Int32Array(groups.length);
    for (let i = 0; i < groups.length; i++) {
        const group = at(groups, i);
        let code = seen.get(group);
        if (code === undefined) {
            code = seen.size;
            seen.set(group, code);
        }
        codes[i] = code;
    }
    return codedCorrelationRatio(codes, seen.size, y);
}
/** correlationRatio for groups coded 0 .. groups − 1 (a code no value has is no group). */
function codedCorrelationRatio(codes, groups, y) {
    const n = y.length;
    const counts = new Float64Array(groups);
    const sums = new Float64Array(groups);
    const squares = new Float64Array(groups);
    let total = 0;
    let totalSq = 0;
    for (let i = 0; i < n; i++) {
        const v = at(y, i);
        const g = codes[i] ?? 0;
        total += v;
        totalSq += v * v;
        counts[g] = (counts[g] ?? 0) + 1;
        sums[g] = (sums[g] ?? 0) + v;
        squares[g] = (squares[g] ?? 0) + v * v;
    }
    let k = 0;
    let ssWithin = 0;
    for (let g = 0; g < groups; g++) {
        const count = at(counts, g);
        if (count === 0)
            continue;
        k += 1;
        ssWithin += at(squares, g) - (at(sums, g) * at(sums, g)) / count;
    }
    const ssTotal = totalSq - (total * total) / n;
    if (ssTotal <= 0 || n - k <= 0)
        return Number.NaN;
    return 1 - Math.max(0, ssWithin) / (n - k) / (ssTotal / (n - 1));
}
/** The q-quantile of sorted values, linear interpolation (numpy's default). */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return at(sorted, lo) + (at(sorted, hi) - at(sorted, lo)) * (pos - lo);
}
/** Index of the bin [edges[i], edges[i+1]) holding x; the first and last bins are open-ended. */
function binOf(edges, x) {
    let lo = 0;
    let hi = edges.length - 2;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (x >= at(edges, mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}


/***/ })

};
