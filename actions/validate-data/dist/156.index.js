export const id = 156;
export const ids = [156];
export const modules = {

/***/ 2485:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  at: () => (/* reexport */ at),
  In: () => (/* reexport */ categoryDrift),
  GS: () => (/* reexport */ contractFileFor),
  FU: () => (/* reexport */ countInBins),
  y8: () => (/* reexport */ dataRootFor),
  VC: () => (/* reexport */ decileHistogram),
  sN: () => (/* reexport */ fileSha256),
  ZV: () => (/* reexport */ formatNumber),
  ti: () => (/* reexport */ inlineCode),
  bN: () => (/* reexport */ loadDatasetContract),
  ZQ: () => (/* reexport */ loadProjectSpec),
  Qj: () => (/* reexport */ markdownTable),
  D6: () => (/* reexport */ numericDrift),
  yG: () => (/* reexport */ parseBoolean),
  yR: () => (/* reexport */ readText),
  z1: () => (/* reexport */ resolveInWorkspace),
  Lh: () => (/* reexport */ resolveProjectSpecFile),
  cE: () => (/* reexport */ runnerContext),
  Zf: () => (/* reexport */ writeFileAtomic)
});

// UNUSED EXPORTS: InputFileError, METRIC_NAMES, SpecValidationError, Timeline, barChart, betterOp, binOf, bootstrapCaption, chiSquareHomogeneity, chiSquareSf, compare, contractProblems, coreLogger, countSortedInBins, duration, featureImportanceChart, formatInterval, formatPercent, formatProblem, githubEnvironment, kolmogorovSf, ksTwoSample, lineChart, listProjects, loadProjectWithContract, metricsFilePath, notWorseOp, parseArtifactName, parseJsonText, parseRepository, parseYamlText, pointerToPath, pollUntil, predictedVsActualChart, problemsFromAjv, projectContractProblems, projectsDir, psi, quantile, readJsonFile, readMetricsFile, readPairedComparison, readYamlFile, realClock, relativeDelta, relativeWorsening, requireMetric, toleratedValue, validateDocument

;// CONCATENATED MODULE: ../shared/src/validation-errors.ts
/** A document failed validation; `problems` keeps the structured form for tests and callers. */
class validation_errors_SpecValidationError extends Error {
    file;
    problems;
    constructor(file, problems) {
        super(problems.map((p) => formatProblem(file, p)).join('\n'));
        this.file = file;
        this.problems = problems;
        this.name = 'SpecValidationError';
    }
}
function formatProblem(file, problem) {
    return problem.path === '' ? `${file}: ${problem.message}` : `${file}: ${problem.path}: ${problem.message}`;
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** `/candidates/1/params` → `candidates[1].params`, using the data to tell lists from maps. */
function pointerToPath(pointer, data) {
    let path = '';
    let node = data;
    for (const raw of pointer.split('/').slice(1)) {
        const segment = unescapePointer(raw);
        if (Array.isArray(node)) {
            path += `[${segment}]`;
            node = node[Number(segment)];
        }
        else {
            path = appendKey(path, segment);
            node = node !== null && typeof node === 'object' ? node[segment] : undefined;
        }
    }
    return path;
}
function appendKey(path, key) {
    return path === '' ? key : `${path}.${key}`;
}
function describeValue(value) {
    return value === undefined ? 'undefined' : JSON.stringify(value);
}
function toProblem(error, data) {
    const at = pointerToPath(error.instancePath, data);
    const params = error.params;
    switch (error.keyword) {
        case 'if':
            // "must match then schema" only wraps the specific error reported alongside it.
            return undefined;
        case 'required':
            return { path: appendKey(at, String(params.missingProperty)), message: 'required key is missing' };
        case 'additionalProperties': {
            const key = String(params.additionalProperty);
            return { path: appendKey(at, key), message: `unknown key "${key}"; check its spelling against the schema` };
        }
        case 'enum': {
            const allowed = params.allowedValues.map(describeValue).join(', ');
            return { path: at, message: `${describeValue(valueAt(data, error.instancePath))} is not one of ${allowed}` };
        }
        default:
            return { path: at, message: error.message ?? error.keyword };
    }
}
function valueAt(data, pointer) {
    let node = data;
    for (const raw of pointer.split('/').slice(1)) {
        if (node === null || typeof node !== 'object')
            return undefined;
        node = node[unescapePointer(raw)];
    }
    return node;
}
/** Specific problems first, one per path, in document order of discovery. */
function problemsFromAjv(errors, data) {
    const seen = new Set();
    const problems = [];
    for (const error of errors) {
        const problem = toProblem(error, data);
        if (!problem || seen.has(problem.path))
            continue;
        seen.add(problem.path);
        problems.push(problem);
    }
    return problems;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../node_modules/yaml/dist/index.js
var dist = __webpack_require__(3483);
;// CONCATENATED MODULE: ../shared/src/read-document.ts
// Reads a YAML or JSON file into a plain value, with errors that name the file and the line.


/** A file that cannot be used, with the reason already phrased for the user. */
class read_document_InputFileError extends Error {
    constructor(message) {
        super(message);
        this.name = 'InputFileError';
    }
}
function readText(file, what) {
    let isFile = false;
    try {
        isFile = (0,external_node_fs_.statSync)(file).isFile();
    }
    catch {
        throw new read_document_InputFileError(`${file}: ${what} not found; check the path (relative paths are resolved against the workspace)`);
    }
    if (!isFile)
        throw new read_document_InputFileError(`${file}: ${what} is not a regular file`);
    return (0,external_node_fs_.readFileSync)(file, 'utf8');
}
function parseYamlText(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: true, prettyErrors: false, lineCounter });
    const first = doc.errors[0];
    if (first) {
        const pos = lineCounter.linePos(first.pos[0]);
        const where = `line ${pos.line}, column ${pos.col}: `;
        throw new read_document_InputFileError(`${file}: ${where}${first.message.split('\n')[0] ?? 'invalid YAML'} — fix the YAML syntax`);
    }
    const value = doc.toJS();
    if (value === null || value === undefined)
        throw new read_document_InputFileError(`${file}: the file is empty; expected a YAML mapping`);
    return value;
}
function parseJsonText(text, file) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new read_document_InputFileError(`${file}: not valid JSON (${error.message})`);
    }
}
function readYamlFile(file, what) {
    return parseYamlText(readText(file, what), file);
}
function read_document_readJsonFile(file, what) {
    return parseJsonText(readText(file, what), file);
}

// EXTERNAL MODULE: ../shared/node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(5845);
;// CONCATENATED MODULE: ../shared/src/generated/validators.js
// Generated by actions/shared/scripts/generate-validators.mjs from the JSON Schemas. Do not edit.
// @ts-nocheck
/* eslint-disable */

const runtime0 = typeof ucs2length === "function" ? { default: ucs2length } : ucs2length;
const validateModelProject = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/model-project.schema.json","title":"Slipway model project spec","description":"How a model is made from a dataset and what it must reach before it ships: derived features, preprocessing, the seeded split, candidate models, the selection metric, quality gates and the regression tolerated against production.","type":"object","additionalProperties":false,"required":["project","dataset","task","split","candidates","selection","gates"],"properties":{"project":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"dataset":{"description":"Name of a dataset: its contract is data/<dataset>/contract.yaml.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"task":{"enum":["regression"]},"features":{"$ref":"#/$defs/features"},"preprocessing":{"$ref":"#/$defs/preprocessing"},"split":{"$ref":"#/$defs/split"},"candidates":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/candidate"}},"selection":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"description":"The primary metric: the candidate with the best mean cross-validation value of it is chosen.","$ref":"#/$defs/metric"}}},"gates":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/gate"}},"regression":{"type":"object","additionalProperties":false,"required":["tolerance"],"properties":{"tolerance":{"description":"Largest relative worsening of any gated metric against the production model's value that still passes (0.05 = 5 %).","type":"number","minimum":0,"maximum":1}}},"deploy":{"$ref":"#/$defs/deploy"},"training":{"$ref":"#/$defs/training"},"monitoring":{"$ref":"#/$defs/monitoring"}},"$defs":{"metric":{"enum":["mse","rmse","mae","r2","mape"]},"features":{"type":"object","additionalProperties":false,"properties":{"derived":{"type":"array","items":{"$ref":"#/$defs/derived"}},"exclude":{"description":"Contract columns that are not model inputs (identifiers, for example).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"derived":{"type":"object","additionalProperties":false,"required":["name","transform","inputs"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":{"type":"string"},"transform":{"description":"age: params.reference_year - inputs[0]; ratio: inputs[0] / inputs[1]; product: inputs[0] * inputs[1]; log1p: ln(1 + inputs[0]).","enum":["age","ratio","product","log1p"]},"inputs":{"type":"array","minItems":1,"maxItems":2,"items":{"type":"string"}},"params":{"type":"object","additionalProperties":false,"properties":{"reference_year":{"type":"integer","minimum":1000,"maximum":9999}}}},"allOf":[{"if":{"properties":{"transform":{"const":"age"}}},"then":{"required":["params"],"properties":{"inputs":{"maxItems":1},"params":{"required":["reference_year"]}}}},{"if":{"properties":{"transform":{"enum":["ratio","product"]}}},"then":{"properties":{"inputs":{"minItems":2}}}},{"if":{"properties":{"transform":{"const":"log1p"}}},"then":{"properties":{"inputs":{"maxItems":1}}}}]},"preprocessing":{"type":"object","additionalProperties":false,"properties":{"numeric":{"enum":["standard","none"]},"categorical":{"enum":["one_hot"]}}},"split":{"type":"object","additionalProperties":false,"required":["test_fraction","seed","cv_folds"],"properties":{"test_fraction":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":2,"maximum":20},"group_by":{"description":"A contract column whose rows belong together (a house id, a patient): no value has rows on both sides of the split or of a CV fold. Exact duplicate rows never straddle the split either way.","type":"string","minLength":1},"stratify":{"description":"Keep the test split's mix like the data's: by quantile bins of the target (target_quantiles: number of bins) or by a category column.","oneOf":[{"type":"object","additionalProperties":false,"required":["target_quantiles"],"properties":{"target_quantiles":{"type":"integer","minimum":2,"maximum":50}}},{"type":"object","additionalProperties":false,"required":["column"],"properties":{"column":{"type":"string","minLength":1}}}]}}},"candidate":{"type":"object","additionalProperties":false,"required":["name","model"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"model":{"enum":["linear_regression","ridge","random_forest","gradient_boosting","xgboost"]},"params":{"description":"Hyperparameters passed to the estimator; an unknown name is an error.","type":"object","additionalProperties":{"type":["number","string","boolean","null"]}}}},"gate":{"type":"object","additionalProperties":false,"required":["metric","op","threshold"],"properties":{"metric":{"$ref":"#/$defs/metric"},"op":{"enum":["<=","<",">=",">"]},"threshold":{"type":"number"}}},"deploy":{"description":"Where the gated model is served: the environment's ECS API service (default) or the SageMaker endpoint slipway-<env>-<project> (actions/deploy-sagemaker). Both follow the same staging → approval → production path.","type":"object","additionalProperties":false,"properties":{"target":{"description":"ecs (the default) or sagemaker.","enum":["ecs","sagemaker"]},"sagemaker":{"description":"The endpoint's variant and traffic shift (deploy-sagemaker's inputs of the same names, with _ for -); read when target is sagemaker.","type":"object","additionalProperties":false,"properties":{"instance_type":{"description":"e.g. ml.m5.large (the default); not with serverless.","type":"string","pattern":"^ml\\.[a-z0-9-]+\\.[a-z0-9]+$"},"instance_count":{"type":"integer","minimum":1,"maximum":100},"serverless":{"type":"object","additionalProperties":false,"required":["memory_mb"],"properties":{"memory_mb":{"enum":[1024,2048,3072,4096,5120,6144]},"max_concurrency":{"type":"integer","minimum":1,"maximum":200}}},"canary_percent":{"description":"Share of the new fleet's capacity that takes traffic first, for canary_bake_minutes.","type":"integer","minimum":1,"maximum":50},"canary_bake_minutes":{"type":"integer","minimum":0,"maximum":60},"termination_wait_minutes":{"type":"integer","minimum":0,"maximum":60}}}}},"training":{"description":"Where the model trains. local (the default): the Python trainer on the runner. sagemaker: a SageMaker training job running Slipway's trainer image (the train target of ml/Dockerfile), which writes the same bundle. train-model's inputs override each field.","type":"object","additionalProperties":false,"properties":{"backend":{"enum":["local","sagemaker"],"default":"local"},"instance_type":{"description":"SageMaker instance type, e.g. ml.m5.large.","type":"string","pattern":"^ml\\.[a-z0-9]+\\.[a-z0-9]+$","default":"ml.m5.large"},"instance_count":{"description":"Instances of the training job. The trainer runs on one instance (it is not distributed), so more would only cost more.","type":"integer","minimum":1,"maximum":1,"default":1},"volume_gb":{"description":"The training instance's storage volume (GB): the data and the bundle must fit.","type":"integer","minimum":1,"maximum":16384,"default":30},"max_runtime_seconds":{"description":"SageMaker stops the job after this many seconds of training.","type":"integer","minimum":1,"maximum":2419200,"default":3600},"spot":{"description":"Managed Spot training: cheaper, may be interrupted and resumed.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":false},"max_wait_seconds":{"description":"Waiting for Spot capacity plus training, at most; not less than max_runtime_seconds (SageMaker's rule). Default: twice max_runtime_seconds.","type":"integer","minimum":1,"maximum":2419200}}}}},"monitoring":{"description":"Thresholds of the monitor action (actions/monitor): live inputs against the production model's training profile, live predictions against its test predictions, live error against its test error, the prediction interval's live coverage. Every key is optional; the defaults are in actions/monitor/README.md.","type":"object","additionalProperties":false,"properties":{"min_predictions":{"description":"Fewer predictions in the window: the verdict is insufficient-data.","type":"integer","minimum":1},"min_labels":{"description":"Fewer labelled predictions (feedback received): live error and coverage are reported as a small sample and never decide a retrain.","type":"integer","minimum":1},"confidence":{"description":"Confidence of the intervals on the live error and the live coverage.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"drift":{"type":"object","additionalProperties":false,"properties":{"psi_warning":{"description":"PSI of a feature's live values against the training profile at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"psi_retrain":{"description":"PSI of a feature's live values against the training profile at or above which the monitor asks for a retrain.","type":"number","exclusiveMinimum":0},"p_value":{"description":"A distribution test (KS, chi-square) p-value below this warns even when the PSI is small.","type":"number","exclusiveMinimum":0,"maximum":1}}},"prediction_drift":{"type":"object","additionalProperties":false,"properties":{"psi_warning":{"description":"PSI of the live predictions against the bundle's test predictions at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"psi_retrain":{"description":"PSI of the live predictions against the bundle's test predictions at or above which the monitor asks for a retrain.","type":"number","exclusiveMinimum":0}}},"live_error":{"type":"object","additionalProperties":false,"properties":{"metric":{"description":"Error compared with the bundle's test metric of the same name.","enum":["rmse","mae"]},"ratio_warning":{"description":"Live error / test error at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"ratio_retrain":{"description":"Live error / test error at or above which (with the interval's lower end above the test error) the monitor asks for a retrain.","type":"number","exclusiveMinimum":0}}},"coverage":{"type":"object","additionalProperties":false,"properties":{"shortfall_warning":{"description":"Nominal coverage minus live coverage at or above which the monitor warns (0.05 = 5 points).","type":"number","exclusiveMinimum":0,"maximum":1},"shortfall_retrain":{"description":"Nominal minus live coverage at or above which (the interval's upper end below nominal) the monitor asks for a retrain.","type":"number","exclusiveMinimum":0,"maximum":1}}}}}}};const schema34 = {"type":"object","additionalProperties":false,"properties":{"numeric":{"enum":["standard","none"]},"categorical":{"enum":["one_hot"]}}};const schema35 = {"type":"object","additionalProperties":false,"required":["test_fraction","seed","cv_folds"],"properties":{"test_fraction":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":2,"maximum":20},"group_by":{"description":"A contract column whose rows belong together (a house id, a patient): no value has rows on both sides of the split or of a CV fold. Exact duplicate rows never straddle the split either way.","type":"string","minLength":1},"stratify":{"description":"Keep the test split's mix like the data's: by quantile bins of the target (target_quantiles: number of bins) or by a category column.","oneOf":[{"type":"object","additionalProperties":false,"required":["target_quantiles"],"properties":{"target_quantiles":{"type":"integer","minimum":2,"maximum":50}}},{"type":"object","additionalProperties":false,"required":["column"],"properties":{"column":{"type":"string","minLength":1}}}]}}};const schema36 = {"type":"object","additionalProperties":false,"required":["name","model"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"model":{"enum":["linear_regression","ridge","random_forest","gradient_boosting","xgboost"]},"params":{"description":"Hyperparameters passed to the estimator; an unknown name is an error.","type":"object","additionalProperties":{"type":["number","string","boolean","null"]}}}};const schema37 = {"enum":["mse","rmse","mae","r2","mape"]};const schema40 = {"description":"Where the gated model is served: the environment's ECS API service (default) or the SageMaker endpoint slipway-<env>-<project> (actions/deploy-sagemaker). Both follow the same staging → approval → production path.","type":"object","additionalProperties":false,"properties":{"target":{"description":"ecs (the default) or sagemaker.","enum":["ecs","sagemaker"]},"sagemaker":{"description":"The endpoint's variant and traffic shift (deploy-sagemaker's inputs of the same names, with _ for -); read when target is sagemaker.","type":"object","additionalProperties":false,"properties":{"instance_type":{"description":"e.g. ml.m5.large (the default); not with serverless.","type":"string","pattern":"^ml\\.[a-z0-9-]+\\.[a-z0-9]+$"},"instance_count":{"type":"integer","minimum":1,"maximum":100},"serverless":{"type":"object","additionalProperties":false,"required":["memory_mb"],"properties":{"memory_mb":{"enum":[1024,2048,3072,4096,5120,6144]},"max_concurrency":{"type":"integer","minimum":1,"maximum":200}}},"canary_percent":{"description":"Share of the new fleet's capacity that takes traffic first, for canary_bake_minutes.","type":"integer","minimum":1,"maximum":50},"canary_bake_minutes":{"type":"integer","minimum":0,"maximum":60},"termination_wait_minutes":{"type":"integer","minimum":0,"maximum":60}}}}};const schema41 = {"description":"Where the model trains. local (the default): the Python trainer on the runner. sagemaker: a SageMaker training job running Slipway's trainer image (the train target of ml/Dockerfile), which writes the same bundle. train-model's inputs override each field.","type":"object","additionalProperties":false,"properties":{"backend":{"enum":["local","sagemaker"],"default":"local"},"instance_type":{"description":"SageMaker instance type, e.g. ml.m5.large.","type":"string","pattern":"^ml\\.[a-z0-9]+\\.[a-z0-9]+$","default":"ml.m5.large"},"instance_count":{"description":"Instances of the training job. The trainer runs on one instance (it is not distributed), so more would only cost more.","type":"integer","minimum":1,"maximum":1,"default":1},"volume_gb":{"description":"The training instance's storage volume (GB): the data and the bundle must fit.","type":"integer","minimum":1,"maximum":16384,"default":30},"max_runtime_seconds":{"description":"SageMaker stops the job after this many seconds of training.","type":"integer","minimum":1,"maximum":2419200,"default":3600},"spot":{"description":"Managed Spot training: cheaper, may be interrupted and resumed.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":false},"max_wait_seconds":{"description":"Waiting for Spot capacity plus training, at most; not less than max_runtime_seconds (SageMaker's rule). Default: twice max_runtime_seconds.","type":"integer","minimum":1,"maximum":2419200}}}}};const schema42 = {"description":"Thresholds of the monitor action (actions/monitor): live inputs against the production model's training profile, live predictions against its test predictions, live error against its test error, the prediction interval's live coverage. Every key is optional; the defaults are in actions/monitor/README.md.","type":"object","additionalProperties":false,"properties":{"min_predictions":{"description":"Fewer predictions in the window: the verdict is insufficient-data.","type":"integer","minimum":1},"min_labels":{"description":"Fewer labelled predictions (feedback received): live error and coverage are reported as a small sample and never decide a retrain.","type":"integer","minimum":1},"confidence":{"description":"Confidence of the intervals on the live error and the live coverage.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"drift":{"type":"object","additionalProperties":false,"properties":{"psi_warning":{"description":"PSI of a feature's live values against the training profile at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"psi_retrain":{"description":"PSI of a feature's live values against the training profile at or above which the monitor asks for a retrain.","type":"number","exclusiveMinimum":0},"p_value":{"description":"A distribution test (KS, chi-square) p-value below this warns even when the PSI is small.","type":"number","exclusiveMinimum":0,"maximum":1}}},"prediction_drift":{"type":"object","additionalProperties":false,"properties":{"psi_warning":{"description":"PSI of the live predictions against the bundle's test predictions at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"psi_retrain":{"description":"PSI of the live predictions against the bundle's test predictions at or above which the monitor asks for a retrain.","type":"number","exclusiveMinimum":0}}},"live_error":{"type":"object","additionalProperties":false,"properties":{"metric":{"description":"Error compared with the bundle's test metric of the same name.","enum":["rmse","mae"]},"ratio_warning":{"description":"Live error / test error at or above which the monitor warns.","type":"number","exclusiveMinimum":0},"ratio_retrain":{"description":"Live error / test error at or above which (with the interval's lower end above the test error) the monitor asks for a retrain.","type":"number","exclusiveMinimum":0}}},"coverage":{"type":"object","additionalProperties":false,"properties":{"shortfall_warning":{"description":"Nominal coverage minus live coverage at or above which the monitor warns (0.05 = 5 points).","type":"number","exclusiveMinimum":0,"maximum":1},"shortfall_retrain":{"description":"Nominal minus live coverage at or above which (the interval's upper end below nominal) the monitor asks for a retrain.","type":"number","exclusiveMinimum":0,"maximum":1}}}}};const func1 = Object.prototype.hasOwnProperty;const func2 = runtime0.default;const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern7 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");const pattern8 = new RegExp("^ml\\.[a-z0-9-]+\\.[a-z0-9]+$", "u");const pattern9 = new RegExp("^ml\\.[a-z0-9]+\\.[a-z0-9]+$", "u");const schema32 = {"type":"object","additionalProperties":false,"properties":{"derived":{"type":"array","items":{"$ref":"#/$defs/derived"}},"exclude":{"description":"Contract columns that are not model inputs (identifiers, for example).","type":"array","uniqueItems":true,"items":{"type":"string"}}}};const schema33 = {"type":"object","additionalProperties":false,"required":["name","transform","inputs"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":{"type":"string"},"transform":{"description":"age: params.reference_year - inputs[0]; ratio: inputs[0] / inputs[1]; product: inputs[0] * inputs[1]; log1p: ln(1 + inputs[0]).","enum":["age","ratio","product","log1p"]},"inputs":{"type":"array","minItems":1,"maxItems":2,"items":{"type":"string"}},"params":{"type":"object","additionalProperties":false,"properties":{"reference_year":{"type":"integer","minimum":1000,"maximum":9999}}}},"allOf":[{"if":{"properties":{"transform":{"const":"age"}}},"then":{"required":["params"],"properties":{"inputs":{"maxItems":1},"params":{"required":["reference_year"]}}}},{"if":{"properties":{"transform":{"enum":["ratio","product"]}}},"then":{"properties":{"inputs":{"minItems":2}}}},{"if":{"properties":{"transform":{"const":"log1p"}}},"then":{"properties":{"inputs":{"maxItems":1}}}}]};const pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "derived") || (key0 === "exclude"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.derived !== undefined){let data0 = data.derived;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];const _errs8 = errors;let valid5 = true;const _errs9 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){if("age" !== data1.transform){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}var _valid0 = _errs9 === errors;errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}if(_valid0){const _errs11 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.params === undefined){const err2 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/0/then/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.inputs !== undefined){let data3 = data1.inputs;if(Array.isArray(data3)){if(data3.length > 1){const err3 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/0/then/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data1.params !== undefined){let data4 = data1.params;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.reference_year === undefined){const err4 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/allOf/0/then/properties/params/required",keyword:"required",params:{missingProperty: "reference_year"},message:"must have required property '"+"reference_year"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid0 = _errs11 === errors;valid5 = _valid0;if(valid5){var props0 = {};props0.inputs = true;props0.params = true;props0.transform = true;}}if(!valid5){const err5 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const _errs15 = errors;let valid8 = true;const _errs16 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){let data5 = data1.transform;if(!((data5 === "ratio") || (data5 === "product"))){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid1 = _errs16 === errors;errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.inputs !== undefined){let data6 = data1.inputs;if(Array.isArray(data6)){if(data6.length < 2){const err7 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/1/then/properties/inputs/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}var _valid1 = _errs18 === errors;valid8 = _valid1;if(valid8){var props1 = {};props1.inputs = true;props1.transform = true;}}if(!valid8){const err8 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs21 = errors;let valid11 = true;const _errs22 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){if("log1p" !== data1.transform){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}var _valid2 = _errs22 === errors;errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}if(_valid2){const _errs24 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.inputs !== undefined){let data8 = data1.inputs;if(Array.isArray(data8)){if(data8.length > 1){const err10 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/2/then/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}}var _valid2 = _errs24 === errors;valid11 = _valid2;if(valid11){var props2 = {};props2.inputs = true;props2.transform = true;}}if(!valid11){const err11 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.name === undefined){const err12 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1.transform === undefined){const err13 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "transform"},message:"must have required property '"+"transform"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data1.inputs === undefined){const err14 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key1 in data1){if(!(((((key1 === "name") || (key1 === "description")) || (key1 === "transform")) || (key1 === "inputs")) || (key1 === "params"))){const err15 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.name !== undefined){let data9 = data1.name;if(typeof data9 === "string"){if(!pattern6.test(data9)){const err16 = {instancePath:instancePath+"/derived/" + i0+"/name",schemaPath:"#/$defs/derived/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/derived/" + i0+"/name",schemaPath:"#/$defs/derived/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.description !== undefined){if(typeof data1.description !== "string"){const err18 = {instancePath:instancePath+"/derived/" + i0+"/description",schemaPath:"#/$defs/derived/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.transform !== undefined){let data11 = data1.transform;if(!((((data11 === "age") || (data11 === "ratio")) || (data11 === "product")) || (data11 === "log1p"))){const err19 = {instancePath:instancePath+"/derived/" + i0+"/transform",schemaPath:"#/$defs/derived/properties/transform/enum",keyword:"enum",params:{allowedValues: schema33.properties.transform.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1.inputs !== undefined){let data12 = data1.inputs;if(Array.isArray(data12)){if(data12.length > 2){const err20 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data12.length < 1){const err21 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const len1 = data12.length;for(let i1=0; i1<len1; i1++){if(typeof data12[i1] !== "string"){const err22 = {instancePath:instancePath+"/derived/" + i0+"/inputs/" + i1,schemaPath:"#/$defs/derived/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1.params !== undefined){let data14 = data1.params;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key2 in data14){if(!(key2 === "reference_year")){const err24 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data14.reference_year !== undefined){let data15 = data14.reference_year;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err25 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 9999 || isNaN(data15)){const err26 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data15 < 1000 || isNaN(data15)){const err27 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/derived",schemaPath:"#/properties/derived/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.exclude !== undefined){let data16 = data.exclude;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){if(typeof data16[i2] !== "string"){const err31 = {instancePath:instancePath+"/exclude/" + i2,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}let i3 = data16.length;let j0;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data16[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err32 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;break;}indices0[item0] = i3;}}}else {const err33 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema38 = {"type":"object","additionalProperties":false,"required":["metric","op","threshold"],"properties":{"metric":{"$ref":"#/$defs/metric"},"op":{"enum":["<=","<",">=",">"]},"threshold":{"type":"number"}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.metric === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.op === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.threshold === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "metric") || (key0 === "op")) || (key0 === "threshold"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.metric !== undefined){let data0 = data.metric;if(!(((((data0 === "mse") || (data0 === "rmse")) || (data0 === "mae")) || (data0 === "r2")) || (data0 === "mape"))){const err4 = {instancePath:instancePath+"/metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.op !== undefined){let data1 = data.op;if(!((((data1 === "<=") || (data1 === "<")) || (data1 === ">=")) || (data1 === ">"))){const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema38.properties.op.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.threshold !== undefined){let data2 = data.threshold;if(!((typeof data2 == "number") && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/model-project.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.project === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.dataset === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.task === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.split === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "split"},message:"must have required property '"+"split"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.candidates === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidates"},message:"must have required property '"+"candidates"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.selection === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selection"},message:"must have required property '"+"selection"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.gates === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.project !== undefined){let data0 = data.project;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err8 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.dataset !== undefined){let data2 = data.dataset;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err11 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.task !== undefined){if(!(data.task === "regression")){const err13 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/enum",keyword:"enum",params:{allowedValues: schema31.properties.task.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.features !== undefined){if(!(validate21(data.features, {instancePath:instancePath+"/features",parentData:data,parentDataProperty:"features",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.preprocessing !== undefined){let data5 = data.preprocessing;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((key1 === "numeric") || (key1 === "categorical"))){const err14 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/preprocessing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.numeric !== undefined){let data6 = data5.numeric;if(!((data6 === "standard") || (data6 === "none"))){const err15 = {instancePath:instancePath+"/preprocessing/numeric",schemaPath:"#/$defs/preprocessing/properties/numeric/enum",keyword:"enum",params:{allowedValues: schema34.properties.numeric.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data5.categorical !== undefined){if(!(data5.categorical === "one_hot")){const err16 = {instancePath:instancePath+"/preprocessing/categorical",schemaPath:"#/$defs/preprocessing/properties/categorical/enum",keyword:"enum",params:{allowedValues: schema34.properties.categorical.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/preprocessing/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.split !== undefined){let data8 = data.split;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.test_fraction === undefined){const err18 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "test_fraction"},message:"must have required property '"+"test_fraction"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data8.seed === undefined){const err19 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8.cv_folds === undefined){const err20 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "cv_folds"},message:"must have required property '"+"cv_folds"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key2 in data8){if(!(((((key2 === "test_fraction") || (key2 === "seed")) || (key2 === "cv_folds")) || (key2 === "group_by")) || (key2 === "stratify"))){const err21 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.test_fraction !== undefined){let data9 = data8.test_fraction;if((typeof data9 == "number") && (isFinite(data9))){if(data9 >= 1 || isNaN(data9)){const err22 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data9 <= 0 || isNaN(data9)){const err23 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.seed !== undefined){let data10 = data8.seed;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err25 = {instancePath:instancePath+"/split/seed",schemaPath:"#/$defs/split/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err26 = {instancePath:instancePath+"/split/seed",schemaPath:"#/$defs/split/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data8.cv_folds !== undefined){let data11 = data8.cv_folds;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err27 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 20 || isNaN(data11)){const err28 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11 < 2 || isNaN(data11)){const err29 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}if(data8.group_by !== undefined){let data12 = data8.group_by;if(typeof data12 === "string"){if(func2(data12) < 1){const err30 = {instancePath:instancePath+"/split/group_by",schemaPath:"#/$defs/split/properties/group_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/split/group_by",schemaPath:"#/$defs/split/properties/group_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data8.stratify !== undefined){let data13 = data8.stratify;const _errs29 = errors;let valid5 = false;let passing0 = null;const _errs30 = errors;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.target_quantiles === undefined){const err32 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/required",keyword:"required",params:{missingProperty: "target_quantiles"},message:"must have required property '"+"target_quantiles"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key3 in data13){if(!(key3 === "target_quantiles")){const err33 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data13.target_quantiles !== undefined){let data14 = data13.target_quantiles;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err34 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 50 || isNaN(data14)){const err35 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data14 < 2 || isNaN(data14)){const err36 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid0 = _errs30 === errors;if(_valid0){valid5 = true;passing0 = 0;var props0 = true;}const _errs35 = errors;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.column === undefined){const err38 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}for(const key4 in data13){if(!(key4 === "column")){const err39 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.column !== undefined){let data15 = data13.column;if(typeof data15 === "string"){if(func2(data15) < 1){const err40 = {instancePath:instancePath+"/split/stratify/column",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/split/stratify/column",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}var _valid0 = _errs35 === errors;if(_valid0 && valid5){valid5 = false;passing0 = [passing0, 1];}else {if(_valid0){valid5 = true;passing0 = 1;if(props0 !== true){props0 = true;}}}if(!valid5){const err43 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}else {errors = _errs29;if(vErrors !== null){if(_errs29){vErrors.length = _errs29;}else {vErrors = null;}}}}}else {const err44 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.candidates !== undefined){let data16 = data.candidates;if(Array.isArray(data16)){if(data16.length < 1){const err45 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const len0 = data16.length;for(let i0=0; i0<len0; i0++){let data17 = data16[i0];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.name === undefined){const err46 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data17.model === undefined){const err47 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key5 in data17){if(!(((key5 === "name") || (key5 === "model")) || (key5 === "params"))){const err48 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.name !== undefined){let data18 = data17.name;if(typeof data18 === "string"){if(!pattern7.test(data18)){const err49 = {instancePath:instancePath+"/candidates/" + i0+"/name",schemaPath:"#/$defs/candidate/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/candidates/" + i0+"/name",schemaPath:"#/$defs/candidate/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.model !== undefined){let data19 = data17.model;if(!(((((data19 === "linear_regression") || (data19 === "ridge")) || (data19 === "random_forest")) || (data19 === "gradient_boosting")) || (data19 === "xgboost"))){const err51 = {instancePath:instancePath+"/candidates/" + i0+"/model",schemaPath:"#/$defs/candidate/properties/model/enum",keyword:"enum",params:{allowedValues: schema36.properties.model.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data17.params !== undefined){let data20 = data17.params;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key6 in data20){let data21 = data20[key6];if((((!((typeof data21 == "number") && (isFinite(data21)))) && (typeof data21 !== "string")) && (typeof data21 !== "boolean")) && (data21 !== null)){const err52 = {instancePath:instancePath+"/candidates/" + i0+"/params/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/candidate/properties/params/additionalProperties/type",keyword:"type",params:{type: schema36.properties.params.additionalProperties.type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/candidates/" + i0+"/params",schemaPath:"#/$defs/candidate/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.selection !== undefined){let data22 = data.selection;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.metric === undefined){const err56 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key7 in data22){if(!(key7 === "metric")){const err57 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data22.metric !== undefined){let data23 = data22.metric;if(!(((((data23 === "mse") || (data23 === "rmse")) || (data23 === "mae")) || (data23 === "r2")) || (data23 === "mape"))){const err58 = {instancePath:instancePath+"/selection/metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.gates !== undefined){let data24 = data.gates;if(Array.isArray(data24)){if(data24.length < 1){const err60 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}const len1 = data24.length;for(let i1=0; i1<len1; i1++){if(!(validate23(data24[i1], {instancePath:instancePath+"/gates/" + i1,parentData:data24,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err61 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.regression !== undefined){let data26 = data.regression;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.tolerance === undefined){const err62 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}for(const key8 in data26){if(!(key8 === "tolerance")){const err63 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data26.tolerance !== undefined){let data27 = data26.tolerance;if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 1 || isNaN(data27)){const err64 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data27 < 0 || isNaN(data27)){const err65 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}else {const err66 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.deploy !== undefined){let data28 = data.deploy;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key9 in data28){if(!((key9 === "target") || (key9 === "sagemaker"))){const err68 = {instancePath:instancePath+"/deploy",schemaPath:"#/$defs/deploy/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data28.target !== undefined){let data29 = data28.target;if(!((data29 === "ecs") || (data29 === "sagemaker"))){const err69 = {instancePath:instancePath+"/deploy/target",schemaPath:"#/$defs/deploy/properties/target/enum",keyword:"enum",params:{allowedValues: schema40.properties.target.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data28.sagemaker !== undefined){let data30 = data28.sagemaker;if(data30 && typeof data30 == "object" && !Array.isArray(data30)){for(const key10 in data30){if(!((((((key10 === "instance_type") || (key10 === "instance_count")) || (key10 === "serverless")) || (key10 === "canary_percent")) || (key10 === "canary_bake_minutes")) || (key10 === "termination_wait_minutes"))){const err70 = {instancePath:instancePath+"/deploy/sagemaker",schemaPath:"#/$defs/deploy/properties/sagemaker/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data30.instance_type !== undefined){let data31 = data30.instance_type;if(typeof data31 === "string"){if(!pattern8.test(data31)){const err71 = {instancePath:instancePath+"/deploy/sagemaker/instance_type",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/instance_type/pattern",keyword:"pattern",params:{pattern: "^ml\\.[a-z0-9-]+\\.[a-z0-9]+$"},message:"must match pattern \""+"^ml\\.[a-z0-9-]+\\.[a-z0-9]+$"+"\""};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}else {const err72 = {instancePath:instancePath+"/deploy/sagemaker/instance_type",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/instance_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data30.instance_count !== undefined){let data32 = data30.instance_count;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err73 = {instancePath:instancePath+"/deploy/sagemaker/instance_count",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/instance_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 100 || isNaN(data32)){const err74 = {instancePath:instancePath+"/deploy/sagemaker/instance_count",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/instance_count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if(data32 < 1 || isNaN(data32)){const err75 = {instancePath:instancePath+"/deploy/sagemaker/instance_count",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/instance_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data30.serverless !== undefined){let data33 = data30.serverless;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){if(data33.memory_mb === undefined){const err76 = {instancePath:instancePath+"/deploy/sagemaker/serverless",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/required",keyword:"required",params:{missingProperty: "memory_mb"},message:"must have required property '"+"memory_mb"+"'"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}for(const key11 in data33){if(!((key11 === "memory_mb") || (key11 === "max_concurrency"))){const err77 = {instancePath:instancePath+"/deploy/sagemaker/serverless",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data33.memory_mb !== undefined){let data34 = data33.memory_mb;if(!((((((data34 === 1024) || (data34 === 2048)) || (data34 === 3072)) || (data34 === 4096)) || (data34 === 5120)) || (data34 === 6144))){const err78 = {instancePath:instancePath+"/deploy/sagemaker/serverless/memory_mb",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/properties/memory_mb/enum",keyword:"enum",params:{allowedValues: schema40.properties.sagemaker.properties.serverless.properties.memory_mb.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}if(data33.max_concurrency !== undefined){let data35 = data33.max_concurrency;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err79 = {instancePath:instancePath+"/deploy/sagemaker/serverless/max_concurrency",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/properties/max_concurrency/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 > 200 || isNaN(data35)){const err80 = {instancePath:instancePath+"/deploy/sagemaker/serverless/max_concurrency",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/properties/max_concurrency/maximum",keyword:"maximum",params:{comparison: "<=", limit: 200},message:"must be <= 200"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data35 < 1 || isNaN(data35)){const err81 = {instancePath:instancePath+"/deploy/sagemaker/serverless/max_concurrency",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/properties/max_concurrency/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}}}else {const err82 = {instancePath:instancePath+"/deploy/sagemaker/serverless",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/serverless/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data30.canary_percent !== undefined){let data36 = data30.canary_percent;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err83 = {instancePath:instancePath+"/deploy/sagemaker/canary_percent",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_percent/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 50 || isNaN(data36)){const err84 = {instancePath:instancePath+"/deploy/sagemaker/canary_percent",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_percent/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(data36 < 1 || isNaN(data36)){const err85 = {instancePath:instancePath+"/deploy/sagemaker/canary_percent",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_percent/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}if(data30.canary_bake_minutes !== undefined){let data37 = data30.canary_bake_minutes;if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){const err86 = {instancePath:instancePath+"/deploy/sagemaker/canary_bake_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_bake_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}if((typeof data37 == "number") && (isFinite(data37))){if(data37 > 60 || isNaN(data37)){const err87 = {instancePath:instancePath+"/deploy/sagemaker/canary_bake_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_bake_minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}if(data37 < 0 || isNaN(data37)){const err88 = {instancePath:instancePath+"/deploy/sagemaker/canary_bake_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/canary_bake_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}if(data30.termination_wait_minutes !== undefined){let data38 = data30.termination_wait_minutes;if(!(((typeof data38 == "number") && (!(data38 % 1) && !isNaN(data38))) && (isFinite(data38)))){const err89 = {instancePath:instancePath+"/deploy/sagemaker/termination_wait_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/termination_wait_minutes/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 60 || isNaN(data38)){const err90 = {instancePath:instancePath+"/deploy/sagemaker/termination_wait_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/termination_wait_minutes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 60},message:"must be <= 60"};if(vErrors === null){vErrors = [err90];}else {vErrors.push(err90);}errors++;}if(data38 < 0 || isNaN(data38)){const err91 = {instancePath:instancePath+"/deploy/sagemaker/termination_wait_minutes",schemaPath:"#/$defs/deploy/properties/sagemaker/properties/termination_wait_minutes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err91];}else {vErrors.push(err91);}errors++;}}}}else {const err92 = {instancePath:instancePath+"/deploy/sagemaker",schemaPath:"#/$defs/deploy/properties/sagemaker/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err92];}else {vErrors.push(err92);}errors++;}}}else {const err93 = {instancePath:instancePath+"/deploy",schemaPath:"#/$defs/deploy/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err93];}else {vErrors.push(err93);}errors++;}}if(data.training !== undefined){let data39 = data.training;if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key12 in data39){if(!((((((key12 === "backend") || (key12 === "instance_type")) || (key12 === "instance_count")) || (key12 === "volume_gb")) || (key12 === "max_runtime_seconds")) || (key12 === "spot"))){const err94 = {instancePath:instancePath+"/training",schemaPath:"#/$defs/training/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err94];}else {vErrors.push(err94);}errors++;}}if(data39.backend !== undefined){let data40 = data39.backend;if(!((data40 === "local") || (data40 === "sagemaker"))){const err95 = {instancePath:instancePath+"/training/backend",schemaPath:"#/$defs/training/properties/backend/enum",keyword:"enum",params:{allowedValues: schema41.properties.backend.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err95];}else {vErrors.push(err95);}errors++;}}if(data39.instance_type !== undefined){let data41 = data39.instance_type;if(typeof data41 === "string"){if(!pattern9.test(data41)){const err96 = {instancePath:instancePath+"/training/instance_type",schemaPath:"#/$defs/training/properties/instance_type/pattern",keyword:"pattern",params:{pattern: "^ml\\.[a-z0-9]+\\.[a-z0-9]+$"},message:"must match pattern \""+"^ml\\.[a-z0-9]+\\.[a-z0-9]+$"+"\""};if(vErrors === null){vErrors = [err96];}else {vErrors.push(err96);}errors++;}}else {const err97 = {instancePath:instancePath+"/training/instance_type",schemaPath:"#/$defs/training/properties/instance_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err97];}else {vErrors.push(err97);}errors++;}}if(data39.instance_count !== undefined){let data42 = data39.instance_count;if(!(((typeof data42 == "number") && (!(data42 % 1) && !isNaN(data42))) && (isFinite(data42)))){const err98 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err98];}else {vErrors.push(err98);}errors++;}if((typeof data42 == "number") && (isFinite(data42))){if(data42 > 1 || isNaN(data42)){const err99 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err99];}else {vErrors.push(err99);}errors++;}if(data42 < 1 || isNaN(data42)){const err100 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err100];}else {vErrors.push(err100);}errors++;}}}if(data39.volume_gb !== undefined){let data43 = data39.volume_gb;if(!(((typeof data43 == "number") && (!(data43 % 1) && !isNaN(data43))) && (isFinite(data43)))){const err101 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err101];}else {vErrors.push(err101);}errors++;}if((typeof data43 == "number") && (isFinite(data43))){if(data43 > 16384 || isNaN(data43)){const err102 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16384},message:"must be <= 16384"};if(vErrors === null){vErrors = [err102];}else {vErrors.push(err102);}errors++;}if(data43 < 1 || isNaN(data43)){const err103 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err103];}else {vErrors.push(err103);}errors++;}}}if(data39.max_runtime_seconds !== undefined){let data44 = data39.max_runtime_seconds;if(!(((typeof data44 == "number") && (!(data44 % 1) && !isNaN(data44))) && (isFinite(data44)))){const err104 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err104];}else {vErrors.push(err104);}errors++;}if((typeof data44 == "number") && (isFinite(data44))){if(data44 > 2419200 || isNaN(data44)){const err105 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2419200},message:"must be <= 2419200"};if(vErrors === null){vErrors = [err105];}else {vErrors.push(err105);}errors++;}if(data44 < 1 || isNaN(data44)){const err106 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err106];}else {vErrors.push(err106);}errors++;}}}if(data39.spot !== undefined){let data45 = data39.spot;if(data45 && typeof data45 == "object" && !Array.isArray(data45)){for(const key13 in data45){if(!((key13 === "enabled") || (key13 === "max_wait_seconds"))){const err107 = {instancePath:instancePath+"/training/spot",schemaPath:"#/$defs/training/properties/spot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err107];}else {vErrors.push(err107);}errors++;}}if(data45.enabled !== undefined){if(typeof data45.enabled !== "boolean"){const err108 = {instancePath:instancePath+"/training/spot/enabled",schemaPath:"#/$defs/training/properties/spot/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err108];}else {vErrors.push(err108);}errors++;}}if(data45.max_wait_seconds !== undefined){let data47 = data45.max_wait_seconds;if(!(((typeof data47 == "number") && (!(data47 % 1) && !isNaN(data47))) && (isFinite(data47)))){const err109 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err109];}else {vErrors.push(err109);}errors++;}if((typeof data47 == "number") && (isFinite(data47))){if(data47 > 2419200 || isNaN(data47)){const err110 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2419200},message:"must be <= 2419200"};if(vErrors === null){vErrors = [err110];}else {vErrors.push(err110);}errors++;}if(data47 < 1 || isNaN(data47)){const err111 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err111];}else {vErrors.push(err111);}errors++;}}}}else {const err112 = {instancePath:instancePath+"/training/spot",schemaPath:"#/$defs/training/properties/spot/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err112];}else {vErrors.push(err112);}errors++;}}}else {const err113 = {instancePath:instancePath+"/training",schemaPath:"#/$defs/training/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err113];}else {vErrors.push(err113);}errors++;}}if(data.monitoring !== undefined){let data48 = data.monitoring;if(data48 && typeof data48 == "object" && !Array.isArray(data48)){for(const key14 in data48){if(!(((((((key14 === "min_predictions") || (key14 === "min_labels")) || (key14 === "confidence")) || (key14 === "drift")) || (key14 === "prediction_drift")) || (key14 === "live_error")) || (key14 === "coverage"))){const err114 = {instancePath:instancePath+"/monitoring",schemaPath:"#/$defs/monitoring/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err114];}else {vErrors.push(err114);}errors++;}}if(data48.min_predictions !== undefined){let data49 = data48.min_predictions;if(!(((typeof data49 == "number") && (!(data49 % 1) && !isNaN(data49))) && (isFinite(data49)))){const err115 = {instancePath:instancePath+"/monitoring/min_predictions",schemaPath:"#/$defs/monitoring/properties/min_predictions/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err115];}else {vErrors.push(err115);}errors++;}if((typeof data49 == "number") && (isFinite(data49))){if(data49 < 1 || isNaN(data49)){const err116 = {instancePath:instancePath+"/monitoring/min_predictions",schemaPath:"#/$defs/monitoring/properties/min_predictions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err116];}else {vErrors.push(err116);}errors++;}}}if(data48.min_labels !== undefined){let data50 = data48.min_labels;if(!(((typeof data50 == "number") && (!(data50 % 1) && !isNaN(data50))) && (isFinite(data50)))){const err117 = {instancePath:instancePath+"/monitoring/min_labels",schemaPath:"#/$defs/monitoring/properties/min_labels/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err117];}else {vErrors.push(err117);}errors++;}if((typeof data50 == "number") && (isFinite(data50))){if(data50 < 1 || isNaN(data50)){const err118 = {instancePath:instancePath+"/monitoring/min_labels",schemaPath:"#/$defs/monitoring/properties/min_labels/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err118];}else {vErrors.push(err118);}errors++;}}}if(data48.confidence !== undefined){let data51 = data48.confidence;if((typeof data51 == "number") && (isFinite(data51))){if(data51 >= 1 || isNaN(data51)){const err119 = {instancePath:instancePath+"/monitoring/confidence",schemaPath:"#/$defs/monitoring/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err119];}else {vErrors.push(err119);}errors++;}if(data51 <= 0 || isNaN(data51)){const err120 = {instancePath:instancePath+"/monitoring/confidence",schemaPath:"#/$defs/monitoring/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err120];}else {vErrors.push(err120);}errors++;}}else {const err121 = {instancePath:instancePath+"/monitoring/confidence",schemaPath:"#/$defs/monitoring/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err121];}else {vErrors.push(err121);}errors++;}}if(data48.drift !== undefined){let data52 = data48.drift;if(data52 && typeof data52 == "object" && !Array.isArray(data52)){for(const key15 in data52){if(!(((key15 === "psi_warning") || (key15 === "psi_retrain")) || (key15 === "p_value"))){const err122 = {instancePath:instancePath+"/monitoring/drift",schemaPath:"#/$defs/monitoring/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err122];}else {vErrors.push(err122);}errors++;}}if(data52.psi_warning !== undefined){let data53 = data52.psi_warning;if((typeof data53 == "number") && (isFinite(data53))){if(data53 <= 0 || isNaN(data53)){const err123 = {instancePath:instancePath+"/monitoring/drift/psi_warning",schemaPath:"#/$defs/monitoring/properties/drift/properties/psi_warning/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err123];}else {vErrors.push(err123);}errors++;}}else {const err124 = {instancePath:instancePath+"/monitoring/drift/psi_warning",schemaPath:"#/$defs/monitoring/properties/drift/properties/psi_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err124];}else {vErrors.push(err124);}errors++;}}if(data52.psi_retrain !== undefined){let data54 = data52.psi_retrain;if((typeof data54 == "number") && (isFinite(data54))){if(data54 <= 0 || isNaN(data54)){const err125 = {instancePath:instancePath+"/monitoring/drift/psi_retrain",schemaPath:"#/$defs/monitoring/properties/drift/properties/psi_retrain/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err125];}else {vErrors.push(err125);}errors++;}}else {const err126 = {instancePath:instancePath+"/monitoring/drift/psi_retrain",schemaPath:"#/$defs/monitoring/properties/drift/properties/psi_retrain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err126];}else {vErrors.push(err126);}errors++;}}if(data52.p_value !== undefined){let data55 = data52.p_value;if((typeof data55 == "number") && (isFinite(data55))){if(data55 > 1 || isNaN(data55)){const err127 = {instancePath:instancePath+"/monitoring/drift/p_value",schemaPath:"#/$defs/monitoring/properties/drift/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err127];}else {vErrors.push(err127);}errors++;}if(data55 <= 0 || isNaN(data55)){const err128 = {instancePath:instancePath+"/monitoring/drift/p_value",schemaPath:"#/$defs/monitoring/properties/drift/properties/p_value/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err128];}else {vErrors.push(err128);}errors++;}}else {const err129 = {instancePath:instancePath+"/monitoring/drift/p_value",schemaPath:"#/$defs/monitoring/properties/drift/properties/p_value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err129];}else {vErrors.push(err129);}errors++;}}}else {const err130 = {instancePath:instancePath+"/monitoring/drift",schemaPath:"#/$defs/monitoring/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err130];}else {vErrors.push(err130);}errors++;}}if(data48.prediction_drift !== undefined){let data56 = data48.prediction_drift;if(data56 && typeof data56 == "object" && !Array.isArray(data56)){for(const key16 in data56){if(!((key16 === "psi_warning") || (key16 === "psi_retrain"))){const err131 = {instancePath:instancePath+"/monitoring/prediction_drift",schemaPath:"#/$defs/monitoring/properties/prediction_drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err131];}else {vErrors.push(err131);}errors++;}}if(data56.psi_warning !== undefined){let data57 = data56.psi_warning;if((typeof data57 == "number") && (isFinite(data57))){if(data57 <= 0 || isNaN(data57)){const err132 = {instancePath:instancePath+"/monitoring/prediction_drift/psi_warning",schemaPath:"#/$defs/monitoring/properties/prediction_drift/properties/psi_warning/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err132];}else {vErrors.push(err132);}errors++;}}else {const err133 = {instancePath:instancePath+"/monitoring/prediction_drift/psi_warning",schemaPath:"#/$defs/monitoring/properties/prediction_drift/properties/psi_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err133];}else {vErrors.push(err133);}errors++;}}if(data56.psi_retrain !== undefined){let data58 = data56.psi_retrain;if((typeof data58 == "number") && (isFinite(data58))){if(data58 <= 0 || isNaN(data58)){const err134 = {instancePath:instancePath+"/monitoring/prediction_drift/psi_retrain",schemaPath:"#/$defs/monitoring/properties/prediction_drift/properties/psi_retrain/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err134];}else {vErrors.push(err134);}errors++;}}else {const err135 = {instancePath:instancePath+"/monitoring/prediction_drift/psi_retrain",schemaPath:"#/$defs/monitoring/properties/prediction_drift/properties/psi_retrain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err135];}else {vErrors.push(err135);}errors++;}}}else {const err136 = {instancePath:instancePath+"/monitoring/prediction_drift",schemaPath:"#/$defs/monitoring/properties/prediction_drift/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err136];}else {vErrors.push(err136);}errors++;}}if(data48.live_error !== undefined){let data59 = data48.live_error;if(data59 && typeof data59 == "object" && !Array.isArray(data59)){for(const key17 in data59){if(!(((key17 === "metric") || (key17 === "ratio_warning")) || (key17 === "ratio_retrain"))){const err137 = {instancePath:instancePath+"/monitoring/live_error",schemaPath:"#/$defs/monitoring/properties/live_error/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err137];}else {vErrors.push(err137);}errors++;}}if(data59.metric !== undefined){let data60 = data59.metric;if(!((data60 === "rmse") || (data60 === "mae"))){const err138 = {instancePath:instancePath+"/monitoring/live_error/metric",schemaPath:"#/$defs/monitoring/properties/live_error/properties/metric/enum",keyword:"enum",params:{allowedValues: schema42.properties.live_error.properties.metric.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err138];}else {vErrors.push(err138);}errors++;}}if(data59.ratio_warning !== undefined){let data61 = data59.ratio_warning;if((typeof data61 == "number") && (isFinite(data61))){if(data61 <= 0 || isNaN(data61)){const err139 = {instancePath:instancePath+"/monitoring/live_error/ratio_warning",schemaPath:"#/$defs/monitoring/properties/live_error/properties/ratio_warning/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err139];}else {vErrors.push(err139);}errors++;}}else {const err140 = {instancePath:instancePath+"/monitoring/live_error/ratio_warning",schemaPath:"#/$defs/monitoring/properties/live_error/properties/ratio_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err140];}else {vErrors.push(err140);}errors++;}}if(data59.ratio_retrain !== undefined){let data62 = data59.ratio_retrain;if((typeof data62 == "number") && (isFinite(data62))){if(data62 <= 0 || isNaN(data62)){const err141 = {instancePath:instancePath+"/monitoring/live_error/ratio_retrain",schemaPath:"#/$defs/monitoring/properties/live_error/properties/ratio_retrain/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err141];}else {vErrors.push(err141);}errors++;}}else {const err142 = {instancePath:instancePath+"/monitoring/live_error/ratio_retrain",schemaPath:"#/$defs/monitoring/properties/live_error/properties/ratio_retrain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err142];}else {vErrors.push(err142);}errors++;}}}else {const err143 = {instancePath:instancePath+"/monitoring/live_error",schemaPath:"#/$defs/monitoring/properties/live_error/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err143];}else {vErrors.push(err143);}errors++;}}if(data48.coverage !== undefined){let data63 = data48.coverage;if(data63 && typeof data63 == "object" && !Array.isArray(data63)){for(const key18 in data63){if(!((key18 === "shortfall_warning") || (key18 === "shortfall_retrain"))){const err144 = {instancePath:instancePath+"/monitoring/coverage",schemaPath:"#/$defs/monitoring/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err144];}else {vErrors.push(err144);}errors++;}}if(data63.shortfall_warning !== undefined){let data64 = data63.shortfall_warning;if((typeof data64 == "number") && (isFinite(data64))){if(data64 > 1 || isNaN(data64)){const err145 = {instancePath:instancePath+"/monitoring/coverage/shortfall_warning",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_warning/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err145];}else {vErrors.push(err145);}errors++;}if(data64 <= 0 || isNaN(data64)){const err146 = {instancePath:instancePath+"/monitoring/coverage/shortfall_warning",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_warning/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err146];}else {vErrors.push(err146);}errors++;}}else {const err147 = {instancePath:instancePath+"/monitoring/coverage/shortfall_warning",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err147];}else {vErrors.push(err147);}errors++;}}if(data63.shortfall_retrain !== undefined){let data65 = data63.shortfall_retrain;if((typeof data65 == "number") && (isFinite(data65))){if(data65 > 1 || isNaN(data65)){const err148 = {instancePath:instancePath+"/monitoring/coverage/shortfall_retrain",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_retrain/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err148];}else {vErrors.push(err148);}errors++;}if(data65 <= 0 || isNaN(data65)){const err149 = {instancePath:instancePath+"/monitoring/coverage/shortfall_retrain",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_retrain/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err149];}else {vErrors.push(err149);}errors++;}}else {const err150 = {instancePath:instancePath+"/monitoring/coverage/shortfall_retrain",schemaPath:"#/$defs/monitoring/properties/coverage/properties/shortfall_retrain/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err150];}else {vErrors.push(err150);}errors++;}}}else {const err151 = {instancePath:instancePath+"/monitoring/coverage",schemaPath:"#/$defs/monitoring/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err151];}else {vErrors.push(err151);}errors++;}}}else {const err152 = {instancePath:instancePath+"/monitoring",schemaPath:"#/$defs/monitoring/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err152];}else {vErrors.push(err152);}errors++;}}}else {const err153 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err153];}else {vErrors.push(err153);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateDatasetContract = validate25;const schema43 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/dataset-contract.schema.json","title":"Slipway dataset contract","description":"What a dataset is: where it comes from, how it is laid out, and what every column may hold. Read by validate-data, by training and (through the model bundle) by the inference server and the UI. One source of truth: no range or category list is written anywhere else.","type":"object","additionalProperties":false,"required":["dataset","source","columns","target"],"properties":{"dataset":{"description":"Name of the dataset; equals the folder name under data/.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"source":{"$ref":"#/$defs/source"},"format":{"$ref":"#/$defs/format"},"columns":{"description":"Every column of the file, in file order (the order matters when the file has no header).","type":"array","minItems":2,"items":{"$ref":"#/$defs/column"}},"target":{"description":"Name of the column the model predicts.","type":"string"},"primary_key":{"description":"Columns whose values together identify a row, if the data has such a key.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"min_rows":{"description":"Fewer data rows than this is an error.","type":"integer","minimum":1},"checks":{"$ref":"#/$defs/checks"}},"$defs":{"source":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["path","url","s3","generator"]},"path":{"description":"kind=path: a CSV file, relative to the contract's folder or absolute.","type":"string","minLength":1},"url":{"description":"kind=url: an https:// URL, fetched once and cached; the bytes must match sha256.","type":"string","pattern":"^https://"},"sha256":{"description":"kind=url: lowercase hex sha256 of the file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"uri":{"description":"kind=s3: an s3://bucket/key URI.","type":"string","pattern":"^s3://[^/]+/.+"},"generator":{"description":"kind=generator: a script in the dataset's folder that writes the CSV, and its parameters.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"type":"string","pattern":"^[A-Za-z0-9_.-]+\\.py$"},"params":{"type":"object","additionalProperties":{"type":["number","string","boolean"]}}}}},"allOf":[{"if":{"properties":{"kind":{"const":"path"}}},"then":{"required":["path"]}},{"if":{"properties":{"kind":{"const":"url"}}},"then":{"required":["url","sha256"]}},{"if":{"properties":{"kind":{"const":"s3"}}},"then":{"required":["uri"]}},{"if":{"properties":{"kind":{"const":"generator"}}},"then":{"required":["generator"]}}]},"format":{"type":"object","additionalProperties":false,"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":1},"header":{"description":"true when the first non-blank line names the columns (in any order); false when columns follow the contract's order.","type":"boolean"},"encoding":{"enum":["utf-8"]}}},"column":{"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"type":{"enum":["integer","number","category","boolean","string"]},"description":{"type":"string"},"unit":{"type":"string"},"min":{"type":"number","description":"Smallest allowed value (inclusive)."},"max":{"type":"number","description":"Largest allowed value (inclusive)."},"categories":{"description":"type=category: the allowed values, spelled exactly as in the data.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"nullable":{"type":"boolean","description":"Whether empty values are allowed (default false)."},"step":{"type":"number","exclusiveMinimum":0,"description":"Granularity a form should offer (e.g. 0.5 bathrooms); informational."},"max_null_rate":{"description":"Nullable columns: the largest allowed share of empty values (0-1); more is a null-rate finding. Overrides checks.null-rate.max for this column.","type":"number","minimum":0,"maximum":1}},"allOf":[{"if":{"properties":{"type":{"const":"category"}}},"then":{"required":["categories"]},"else":{"not":{"required":["categories"]}}}]},"severity":{"description":"error: the finding fails validation; warning: reported only; off: the check does not run.","enum":["error","warning","off"]},"checks":{"description":"Per-check configuration, keyed by check id: severity error|warning|off and thresholds. Checks not listed keep their defaults. Readability checks that stop the file (encoding, empty file, header, delimiter, unclosed quote, missing or duplicate column names) always are errors.","type":"object","additionalProperties":false,"properties":{"header-name-mismatch":{"description":"A header that differs from a contract column only in case or whitespace (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"unexpected-columns":{"description":"Header columns the contract does not list; they are ignored (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"field-count":{"description":"Rows whose field count differs from the header's (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"nulls":{"description":"Empty values in a column that is not nullable (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"null-rate":{"description":"Nullable columns with a larger share of empty values than allowed (default error; runs only where a limit is set here or in a column's max_null_rate).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"max":{"description":"Default largest share of empty values (0-1) for every nullable column.","type":"number","minimum":0,"maximum":1}}},"non-finite":{"description":"NaN or Inf in a numeric column (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"type":{"description":"Values that are not of the column's type (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"range":{"description":"Numbers outside the column's min/max (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"category":{"description":"Values not among the column's categories (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"min-rows":{"description":"Fewer data rows than min_rows (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-rows":{"description":"Rows identical to an earlier row (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-keys":{"description":"Rows repeating an earlier primary key (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"constant-column":{"description":"A column holding one value in every row (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"leakage":{"description":"Features that are (near) a deterministic function of the target or correlate with it implausibly well (default error). Computed on a seeded sample of up to 50,000 rows.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"correlation":{"description":"|Pearson| or |Spearman| correlation with the target at or above this is leakage (default 0.995; real drivers reach 0.98, e.g. sqft and price in the 84-row house file).","type":"number","exclusiveMinimum":0,"maximum":1},"determinism":{"description":"A fitted share of the target's variance (correlation ratio of the target given the binned or categorical feature; R² of log|target| on the logs of one or two features) at or above this is leakage (default 0.999).","type":"number","exclusiveMinimum":0,"maximum":1},"min_rows":{"description":"Fewer sampled rows with both values than this and the column is not tested (default 50).","type":"integer","minimum":3},"exempt":{"description":"Columns never reported as leakage (e.g. a known, legitimate proxy).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"drift":{"description":"Per-column drift against the reference-profile input: PSI and a distribution test (default error; a column is a warning at psi_warning, an error at psi_error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"psi_warning":{"description":"PSI at or above this is a warning (default 0.1).","type":"number","minimum":0},"psi_error":{"description":"PSI at or above this takes the check's severity (default 0.25).","type":"number","minimum":0},"p_value":{"description":"A distribution-test p-value below this is a warning even under psi_warning (default 0.001; 0 turns it off).","type":"number","minimum":0,"maximum":1}}},"drift-new-category":{"description":"Category values absent from the reference profile (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}}}}}};const schema44 = {"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["path","url","s3","generator"]},"path":{"description":"kind=path: a CSV file, relative to the contract's folder or absolute.","type":"string","minLength":1},"url":{"description":"kind=url: an https:// URL, fetched once and cached; the bytes must match sha256.","type":"string","pattern":"^https://"},"sha256":{"description":"kind=url: lowercase hex sha256 of the file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"uri":{"description":"kind=s3: an s3://bucket/key URI.","type":"string","pattern":"^s3://[^/]+/.+"},"generator":{"description":"kind=generator: a script in the dataset's folder that writes the CSV, and its parameters.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"type":"string","pattern":"^[A-Za-z0-9_.-]+\\.py$"},"params":{"type":"object","additionalProperties":{"type":["number","string","boolean"]}}}}},"allOf":[{"if":{"properties":{"kind":{"const":"path"}}},"then":{"required":["path"]}},{"if":{"properties":{"kind":{"const":"url"}}},"then":{"required":["url","sha256"]}},{"if":{"properties":{"kind":{"const":"s3"}}},"then":{"required":["uri"]}},{"if":{"properties":{"kind":{"const":"generator"}}},"then":{"required":["generator"]}}]};const schema45 = {"type":"object","additionalProperties":false,"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":1},"header":{"description":"true when the first non-blank line names the columns (in any order); false when columns follow the contract's order.","type":"boolean"},"encoding":{"enum":["utf-8"]}}};const schema46 = {"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"type":{"enum":["integer","number","category","boolean","string"]},"description":{"type":"string"},"unit":{"type":"string"},"min":{"type":"number","description":"Smallest allowed value (inclusive)."},"max":{"type":"number","description":"Largest allowed value (inclusive)."},"categories":{"description":"type=category: the allowed values, spelled exactly as in the data.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"nullable":{"type":"boolean","description":"Whether empty values are allowed (default false)."},"step":{"type":"number","exclusiveMinimum":0,"description":"Granularity a form should offer (e.g. 0.5 bathrooms); informational."},"max_null_rate":{"description":"Nullable columns: the largest allowed share of empty values (0-1); more is a null-rate finding. Overrides checks.null-rate.max for this column.","type":"number","minimum":0,"maximum":1}},"allOf":[{"if":{"properties":{"type":{"const":"category"}}},"then":{"required":["categories"]},"else":{"not":{"required":["categories"]}}}]};const pattern11 = new RegExp("^https://", "u");const pattern12 = new RegExp("^[0-9a-f]{64}$", "u");const pattern13 = new RegExp("^s3://[^/]+/.+", "u");const pattern14 = new RegExp("^[A-Za-z0-9_.-]+\\.py$", "u");const schema47 = {"description":"Per-check configuration, keyed by check id: severity error|warning|off and thresholds. Checks not listed keep their defaults. Readability checks that stop the file (encoding, empty file, header, delimiter, unclosed quote, missing or duplicate column names) always are errors.","type":"object","additionalProperties":false,"properties":{"header-name-mismatch":{"description":"A header that differs from a contract column only in case or whitespace (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"unexpected-columns":{"description":"Header columns the contract does not list; they are ignored (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"field-count":{"description":"Rows whose field count differs from the header's (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"nulls":{"description":"Empty values in a column that is not nullable (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"null-rate":{"description":"Nullable columns with a larger share of empty values than allowed (default error; runs only where a limit is set here or in a column's max_null_rate).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"max":{"description":"Default largest share of empty values (0-1) for every nullable column.","type":"number","minimum":0,"maximum":1}}},"non-finite":{"description":"NaN or Inf in a numeric column (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"type":{"description":"Values that are not of the column's type (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"range":{"description":"Numbers outside the column's min/max (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"category":{"description":"Values not among the column's categories (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"min-rows":{"description":"Fewer data rows than min_rows (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-rows":{"description":"Rows identical to an earlier row (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-keys":{"description":"Rows repeating an earlier primary key (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"constant-column":{"description":"A column holding one value in every row (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"leakage":{"description":"Features that are (near) a deterministic function of the target or correlate with it implausibly well (default error). Computed on a seeded sample of up to 50,000 rows.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"correlation":{"description":"|Pearson| or |Spearman| correlation with the target at or above this is leakage (default 0.995; real drivers reach 0.98, e.g. sqft and price in the 84-row house file).","type":"number","exclusiveMinimum":0,"maximum":1},"determinism":{"description":"A fitted share of the target's variance (correlation ratio of the target given the binned or categorical feature; R² of log|target| on the logs of one or two features) at or above this is leakage (default 0.999).","type":"number","exclusiveMinimum":0,"maximum":1},"min_rows":{"description":"Fewer sampled rows with both values than this and the column is not tested (default 50).","type":"integer","minimum":3},"exempt":{"description":"Columns never reported as leakage (e.g. a known, legitimate proxy).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"drift":{"description":"Per-column drift against the reference-profile input: PSI and a distribution test (default error; a column is a warning at psi_warning, an error at psi_error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"psi_warning":{"description":"PSI at or above this is a warning (default 0.1).","type":"number","minimum":0},"psi_error":{"description":"PSI at or above this takes the check's severity (default 0.25).","type":"number","minimum":0},"p_value":{"description":"A distribution-test p-value below this is a warning even under psi_warning (default 0.001; 0 turns it off).","type":"number","minimum":0,"maximum":1}}},"drift-new-category":{"description":"Category values absent from the reference profile (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}}}};const schema48 = {"description":"error: the finding fails validation; warning: reported only; off: the check does not run.","enum":["error","warning","off"]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema47.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["header-name-mismatch"] !== undefined){let data0 = data["header-name-mismatch"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(key1 === "severity")){const err1 = {instancePath:instancePath+"/header-name-mismatch",schemaPath:"#/properties/header-name-mismatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.severity !== undefined){let data1 = data0.severity;if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){const err2 = {instancePath:instancePath+"/header-name-mismatch/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/header-name-mismatch",schemaPath:"#/properties/header-name-mismatch/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data["unexpected-columns"] !== undefined){let data2 = data["unexpected-columns"];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!(key2 === "severity")){const err4 = {instancePath:instancePath+"/unexpected-columns",schemaPath:"#/properties/unexpected-columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.severity !== undefined){let data3 = data2.severity;if(!(((data3 === "error") || (data3 === "warning")) || (data3 === "off"))){const err5 = {instancePath:instancePath+"/unexpected-columns/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/unexpected-columns",schemaPath:"#/properties/unexpected-columns/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data["field-count"] !== undefined){let data4 = data["field-count"];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!(key3 === "severity")){const err7 = {instancePath:instancePath+"/field-count",schemaPath:"#/properties/field-count/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.severity !== undefined){let data5 = data4.severity;if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){const err8 = {instancePath:instancePath+"/field-count/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/field-count",schemaPath:"#/properties/field-count/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.nulls !== undefined){let data6 = data.nulls;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){if(!(key4 === "severity")){const err10 = {instancePath:instancePath+"/nulls",schemaPath:"#/properties/nulls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data6.severity !== undefined){let data7 = data6.severity;if(!(((data7 === "error") || (data7 === "warning")) || (data7 === "off"))){const err11 = {instancePath:instancePath+"/nulls/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/nulls",schemaPath:"#/properties/nulls/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data["null-rate"] !== undefined){let data8 = data["null-rate"];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key5 in data8){if(!((key5 === "severity") || (key5 === "max"))){const err13 = {instancePath:instancePath+"/null-rate",schemaPath:"#/properties/null-rate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data8.severity !== undefined){let data9 = data8.severity;if(!(((data9 === "error") || (data9 === "warning")) || (data9 === "off"))){const err14 = {instancePath:instancePath+"/null-rate/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.max !== undefined){let data10 = data8.max;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 1 || isNaN(data10)){const err15 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data10 < 0 || isNaN(data10)){const err16 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/null-rate",schemaPath:"#/properties/null-rate/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["non-finite"] !== undefined){let data11 = data["non-finite"];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key6 in data11){if(!(key6 === "severity")){const err19 = {instancePath:instancePath+"/non-finite",schemaPath:"#/properties/non-finite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.severity !== undefined){let data12 = data11.severity;if(!(((data12 === "error") || (data12 === "warning")) || (data12 === "off"))){const err20 = {instancePath:instancePath+"/non-finite/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/non-finite",schemaPath:"#/properties/non-finite/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.type !== undefined){let data13 = data.type;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key7 in data13){if(!(key7 === "severity")){const err22 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data13.severity !== undefined){let data14 = data13.severity;if(!(((data14 === "error") || (data14 === "warning")) || (data14 === "off"))){const err23 = {instancePath:instancePath+"/type/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.range !== undefined){let data15 = data.range;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key8 in data15){if(!(key8 === "severity")){const err25 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data15.severity !== undefined){let data16 = data15.severity;if(!(((data16 === "error") || (data16 === "warning")) || (data16 === "off"))){const err26 = {instancePath:instancePath+"/range/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.category !== undefined){let data17 = data.category;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key9 in data17){if(!(key9 === "severity")){const err28 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data17.severity !== undefined){let data18 = data17.severity;if(!(((data18 === "error") || (data18 === "warning")) || (data18 === "off"))){const err29 = {instancePath:instancePath+"/category/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data["min-rows"] !== undefined){let data19 = data["min-rows"];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key10 in data19){if(!(key10 === "severity")){const err31 = {instancePath:instancePath+"/min-rows",schemaPath:"#/properties/min-rows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.severity !== undefined){let data20 = data19.severity;if(!(((data20 === "error") || (data20 === "warning")) || (data20 === "off"))){const err32 = {instancePath:instancePath+"/min-rows/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/min-rows",schemaPath:"#/properties/min-rows/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data["duplicate-rows"] !== undefined){let data21 = data["duplicate-rows"];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key11 in data21){if(!(key11 === "severity")){const err34 = {instancePath:instancePath+"/duplicate-rows",schemaPath:"#/properties/duplicate-rows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data21.severity !== undefined){let data22 = data21.severity;if(!(((data22 === "error") || (data22 === "warning")) || (data22 === "off"))){const err35 = {instancePath:instancePath+"/duplicate-rows/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/duplicate-rows",schemaPath:"#/properties/duplicate-rows/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data["duplicate-keys"] !== undefined){let data23 = data["duplicate-keys"];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key12 in data23){if(!(key12 === "severity")){const err37 = {instancePath:instancePath+"/duplicate-keys",schemaPath:"#/properties/duplicate-keys/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.severity !== undefined){let data24 = data23.severity;if(!(((data24 === "error") || (data24 === "warning")) || (data24 === "off"))){const err38 = {instancePath:instancePath+"/duplicate-keys/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/duplicate-keys",schemaPath:"#/properties/duplicate-keys/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data["constant-column"] !== undefined){let data25 = data["constant-column"];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key13 in data25){if(!(key13 === "severity")){const err40 = {instancePath:instancePath+"/constant-column",schemaPath:"#/properties/constant-column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data25.severity !== undefined){let data26 = data25.severity;if(!(((data26 === "error") || (data26 === "warning")) || (data26 === "off"))){const err41 = {instancePath:instancePath+"/constant-column/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/constant-column",schemaPath:"#/properties/constant-column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.leakage !== undefined){let data27 = data.leakage;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key14 in data27){if(!(((((key14 === "severity") || (key14 === "correlation")) || (key14 === "determinism")) || (key14 === "min_rows")) || (key14 === "exempt"))){const err43 = {instancePath:instancePath+"/leakage",schemaPath:"#/properties/leakage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data27.severity !== undefined){let data28 = data27.severity;if(!(((data28 === "error") || (data28 === "warning")) || (data28 === "off"))){const err44 = {instancePath:instancePath+"/leakage/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data27.correlation !== undefined){let data29 = data27.correlation;if((typeof data29 == "number") && (isFinite(data29))){if(data29 > 1 || isNaN(data29)){const err45 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data29 <= 0 || isNaN(data29)){const err46 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data27.determinism !== undefined){let data30 = data27.determinism;if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 1 || isNaN(data30)){const err48 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data30 <= 0 || isNaN(data30)){const err49 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data27.min_rows !== undefined){let data31 = data27.min_rows;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err51 = {instancePath:instancePath+"/leakage/min_rows",schemaPath:"#/properties/leakage/properties/min_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 3 || isNaN(data31)){const err52 = {instancePath:instancePath+"/leakage/min_rows",schemaPath:"#/properties/leakage/properties/min_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data27.exempt !== undefined){let data32 = data27.exempt;if(Array.isArray(data32)){const len0 = data32.length;for(let i0=0; i0<len0; i0++){if(typeof data32[i0] !== "string"){const err53 = {instancePath:instancePath+"/leakage/exempt/" + i0,schemaPath:"#/properties/leakage/properties/exempt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i1 = data32.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data32[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err54 = {instancePath:instancePath+"/leakage/exempt",schemaPath:"#/properties/leakage/properties/exempt/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break;}indices0[item0] = i1;}}}else {const err55 = {instancePath:instancePath+"/leakage/exempt",schemaPath:"#/properties/leakage/properties/exempt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/leakage",schemaPath:"#/properties/leakage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.drift !== undefined){let data34 = data.drift;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key15 in data34){if(!((((key15 === "severity") || (key15 === "psi_warning")) || (key15 === "psi_error")) || (key15 === "p_value"))){const err57 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data34.severity !== undefined){let data35 = data34.severity;if(!(((data35 === "error") || (data35 === "warning")) || (data35 === "off"))){const err58 = {instancePath:instancePath+"/drift/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data34.psi_warning !== undefined){let data36 = data34.psi_warning;if((typeof data36 == "number") && (isFinite(data36))){if(data36 < 0 || isNaN(data36)){const err59 = {instancePath:instancePath+"/drift/psi_warning",schemaPath:"#/properties/drift/properties/psi_warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/drift/psi_warning",schemaPath:"#/properties/drift/properties/psi_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data34.psi_error !== undefined){let data37 = data34.psi_error;if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 0 || isNaN(data37)){const err61 = {instancePath:instancePath+"/drift/psi_error",schemaPath:"#/properties/drift/properties/psi_error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/drift/psi_error",schemaPath:"#/properties/drift/properties/psi_error/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data34.p_value !== undefined){let data38 = data34.p_value;if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 1 || isNaN(data38)){const err63 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data38 < 0 || isNaN(data38)){const err64 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data["drift-new-category"] !== undefined){let data39 = data["drift-new-category"];if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key16 in data39){if(!(key16 === "severity")){const err67 = {instancePath:instancePath+"/drift-new-category",schemaPath:"#/properties/drift-new-category/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data39.severity !== undefined){let data40 = data39.severity;if(!(((data40 === "error") || (data40 === "warning")) || (data40 === "off"))){const err68 = {instancePath:instancePath+"/drift-new-category/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/drift-new-category",schemaPath:"#/properties/drift-new-category/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/dataset-contract.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.dataset === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.source === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.columns === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.target === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(func1.call(schema43.properties, key0))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.dataset !== undefined){let data0 = data.dataset;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err5 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.source !== undefined){let data2 = data.source;const _errs10 = errors;let valid3 = true;const _errs11 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("path" !== data2.kind){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}var _valid0 = _errs11 === errors;errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}if(_valid0){const _errs13 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.path === undefined){const err9 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/0/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid0 = _errs13 === errors;valid3 = _valid0;}if(!valid3){const err10 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const _errs15 = errors;let valid5 = true;const _errs16 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("url" !== data2.kind){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}var _valid1 = _errs16 === errors;errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.url === undefined){const err12 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/then/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2.sha256 === undefined){const err13 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/then/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}var _valid1 = _errs18 === errors;valid5 = _valid1;}if(!valid5){const err14 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const _errs20 = errors;let valid7 = true;const _errs21 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("s3" !== data2.kind){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}var _valid2 = _errs21 === errors;errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}if(_valid2){const _errs23 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.uri === undefined){const err16 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/2/then/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid2 = _errs23 === errors;valid7 = _valid2;}if(!valid7){const err17 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const _errs25 = errors;let valid9 = true;const _errs26 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("generator" !== data2.kind){const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}var _valid3 = _errs26 === errors;errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}if(_valid3){const _errs28 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.generator === undefined){const err19 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/3/then/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}var _valid3 = _errs28 === errors;valid9 = _valid3;}if(!valid9){const err20 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind === undefined){const err21 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key1 in data2){if(!((((((key1 === "kind") || (key1 === "path")) || (key1 === "url")) || (key1 === "sha256")) || (key1 === "uri")) || (key1 === "generator"))){const err22 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data2.kind !== undefined){let data7 = data2.kind;if(!((((data7 === "path") || (data7 === "url")) || (data7 === "s3")) || (data7 === "generator"))){const err23 = {instancePath:instancePath+"/source/kind",schemaPath:"#/$defs/source/properties/kind/enum",keyword:"enum",params:{allowedValues: schema44.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data2.path !== undefined){let data8 = data2.path;if(typeof data8 === "string"){if(func2(data8) < 1){const err24 = {instancePath:instancePath+"/source/path",schemaPath:"#/$defs/source/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/source/path",schemaPath:"#/$defs/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data2.url !== undefined){let data9 = data2.url;if(typeof data9 === "string"){if(!pattern11.test(data9)){const err26 = {instancePath:instancePath+"/source/url",schemaPath:"#/$defs/source/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/source/url",schemaPath:"#/$defs/source/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data2.sha256 !== undefined){let data10 = data2.sha256;if(typeof data10 === "string"){if(!pattern12.test(data10)){const err28 = {instancePath:instancePath+"/source/sha256",schemaPath:"#/$defs/source/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/source/sha256",schemaPath:"#/$defs/source/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data2.uri !== undefined){let data11 = data2.uri;if(typeof data11 === "string"){if(!pattern13.test(data11)){const err30 = {instancePath:instancePath+"/source/uri",schemaPath:"#/$defs/source/properties/uri/pattern",keyword:"pattern",params:{pattern: "^s3://[^/]+/.+"},message:"must match pattern \""+"^s3://[^/]+/.+"+"\""};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/source/uri",schemaPath:"#/$defs/source/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data2.generator !== undefined){let data12 = data2.generator;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.script === undefined){const err32 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/required",keyword:"required",params:{missingProperty: "script"},message:"must have required property '"+"script"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data12){if(!((key2 === "script") || (key2 === "params"))){const err33 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data12.script !== undefined){let data13 = data12.script;if(typeof data13 === "string"){if(!pattern14.test(data13)){const err34 = {instancePath:instancePath+"/source/generator/script",schemaPath:"#/$defs/source/properties/generator/properties/script/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+\\.py$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+\\.py$"+"\""};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/source/generator/script",schemaPath:"#/$defs/source/properties/generator/properties/script/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data12.params !== undefined){let data14 = data12.params;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key3 in data14){let data15 = data14[key3];if(((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")) && (typeof data15 !== "boolean")){const err36 = {instancePath:instancePath+"/source/generator/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/source/properties/generator/properties/params/additionalProperties/type",keyword:"type",params:{type: schema44.properties.generator.properties.params.additionalProperties.type},message:"must be number,string,boolean"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/source/generator/params",schemaPath:"#/$defs/source/properties/generator/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.format !== undefined){let data16 = data.format;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key4 in data16){if(!(((key4 === "delimiter") || (key4 === "header")) || (key4 === "encoding"))){const err40 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data16.delimiter !== undefined){let data17 = data16.delimiter;if(typeof data17 === "string"){if(func2(data17) > 1){const err41 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(func2(data17) < 1){const err42 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data16.header !== undefined){if(typeof data16.header !== "boolean"){const err44 = {instancePath:instancePath+"/format/header",schemaPath:"#/$defs/format/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data16.encoding !== undefined){if(!(data16.encoding === "utf-8")){const err45 = {instancePath:instancePath+"/format/encoding",schemaPath:"#/$defs/format/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema45.properties.encoding.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.columns !== undefined){let data20 = data.columns;if(Array.isArray(data20)){if(data20.length < 2){const err47 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}const len0 = data20.length;for(let i0=0; i0<len0; i0++){let data21 = data20[i0];const _errs64 = errors;let valid20 = true;const _errs65 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.type !== undefined){if("category" !== data21.type){const err48 = {};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}var _valid4 = _errs65 === errors;errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}let ifClause0;if(_valid4){const _errs67 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.categories === undefined){const err49 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/then/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}var _valid4 = _errs67 === errors;valid20 = _valid4;ifClause0 = "then";}else {const _errs68 = errors;const _errs69 = errors;const _errs70 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){let missing0;if((data21.categories === undefined) && (missing0 = "categories")){const err50 = {};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}var valid22 = _errs70 === errors;if(valid22){const err51 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/else/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {errors = _errs69;if(vErrors !== null){if(_errs69){vErrors.length = _errs69;}else {vErrors = null;}}}var _valid4 = _errs68 === errors;valid20 = _valid4;ifClause0 = "else";}if(!valid20){const err52 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.name === undefined){const err53 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data21.type === undefined){const err54 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}for(const key5 in data21){if(!(func1.call(schema46.properties, key5))){const err55 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data21.name !== undefined){let data23 = data21.name;if(typeof data23 === "string"){if(!pattern6.test(data23)){const err56 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/$defs/column/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/$defs/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data21.type !== undefined){let data24 = data21.type;if(!(((((data24 === "integer") || (data24 === "number")) || (data24 === "category")) || (data24 === "boolean")) || (data24 === "string"))){const err58 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/$defs/column/properties/type/enum",keyword:"enum",params:{allowedValues: schema46.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data21.description !== undefined){if(typeof data21.description !== "string"){const err59 = {instancePath:instancePath+"/columns/" + i0+"/description",schemaPath:"#/$defs/column/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data21.unit !== undefined){if(typeof data21.unit !== "string"){const err60 = {instancePath:instancePath+"/columns/" + i0+"/unit",schemaPath:"#/$defs/column/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data21.min !== undefined){let data27 = data21.min;if(!((typeof data27 == "number") && (isFinite(data27)))){const err61 = {instancePath:instancePath+"/columns/" + i0+"/min",schemaPath:"#/$defs/column/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data21.max !== undefined){let data28 = data21.max;if(!((typeof data28 == "number") && (isFinite(data28)))){const err62 = {instancePath:instancePath+"/columns/" + i0+"/max",schemaPath:"#/$defs/column/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data21.categories !== undefined){let data29 = data21.categories;if(Array.isArray(data29)){if(data29.length < 1){const err63 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}const len1 = data29.length;for(let i1=0; i1<len1; i1++){let data30 = data29[i1];if(typeof data30 === "string"){if(func2(data30) < 1){const err64 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + i1,schemaPath:"#/$defs/column/properties/categories/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + i1,schemaPath:"#/$defs/column/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}let i2 = data29.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data29[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err66 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;break;}indices0[item0] = i2;}}}else {const err67 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data21.nullable !== undefined){if(typeof data21.nullable !== "boolean"){const err68 = {instancePath:instancePath+"/columns/" + i0+"/nullable",schemaPath:"#/$defs/column/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data21.step !== undefined){let data32 = data21.step;if((typeof data32 == "number") && (isFinite(data32))){if(data32 <= 0 || isNaN(data32)){const err69 = {instancePath:instancePath+"/columns/" + i0+"/step",schemaPath:"#/$defs/column/properties/step/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/columns/" + i0+"/step",schemaPath:"#/$defs/column/properties/step/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data21.max_null_rate !== undefined){let data33 = data21.max_null_rate;if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 1 || isNaN(data33)){const err71 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data33 < 0 || isNaN(data33)){const err72 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.target !== undefined){if(typeof data.target !== "string"){const err76 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.primary_key !== undefined){let data35 = data.primary_key;if(Array.isArray(data35)){if(data35.length < 1){const err77 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}const len2 = data35.length;for(let i3=0; i3<len2; i3++){if(typeof data35[i3] !== "string"){const err78 = {instancePath:instancePath+"/primary_key/" + i3,schemaPath:"#/properties/primary_key/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}let i4 = data35.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data35[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err79 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;break;}indices1[item1] = i4;}}}else {const err80 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.min_rows !== undefined){let data37 = data.min_rows;if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){const err81 = {instancePath:instancePath+"/min_rows",schemaPath:"#/properties/min_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 1 || isNaN(data37)){const err82 = {instancePath:instancePath+"/min_rows",schemaPath:"#/properties/min_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}if(data.checks !== undefined){if(!(validate26(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}}else {const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateMetricsFile = validate28;const schema64 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/metrics-file.schema.json","title":"MetricsFile","description":"metrics.json of a model bundle (docs/ARCHITECTURE.md): test and CV metrics of every candidate, the chosen one and the trivial baseline. Written by the trainer (ml/slipway_ml/documents.py), read by quality-gate, pr-report, production-baseline (its record carries it), the local runner's report, the release card and the inference server.","type":"object","required":["project","primary_metric","chosen","n_train","n_test","cv_folds","test","baseline_mean","candidates"],"properties":{"project":{"type":"string"},"primary_metric":{"$ref":"#/$defs/metric"},"chosen":{"type":"string"},"n_train":{"type":"integer","minimum":0},"n_test":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":0},"test":{"$ref":"#/$defs/values"},"test_intervals":{"description":"Bootstrap uncertainty of each test metric (see bootstrap): the two-sided percentile interval and the bootstrap standard deviation.","$ref":"#/$defs/intervals"},"bootstrap":{"type":"object","required":["method","resamples","confidence","seed","rows"],"properties":{"method":{"type":"string"},"resamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer"},"rows":{"type":"integer","minimum":0}}},"baseline_mean":{"$ref":"#/$defs/values"},"undefined_metrics":{"description":"Metrics that are null in this file, with the reason (mape when an actual value is 0).","type":"object","additionalProperties":{"type":"string"}},"candidates":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/candidate"}}},"$defs":{"metric":{"enum":["mse","rmse","mae","r2","mape"]},"values":{"type":"object","additionalProperties":{"type":["number","null"]},"properties":{"mse":{"type":"number"},"rmse":{"type":"number"},"mae":{"type":"number"},"r2":{"type":"number"},"mape":{"description":"A fraction; null when undefined (see undefined_metrics).","type":["number","null"]}}},"intervals":{"type":"object","additionalProperties":{"type":"object","required":["low","high","sd"],"properties":{"low":{"type":"number"},"high":{"type":"number"},"sd":{"type":"number"}}}},"candidate":{"type":"object","required":["name","model","cv","test"],"properties":{"name":{"type":"string"},"model":{"type":"string"},"cv":{"type":"object","additionalProperties":{"type":"object","required":["mean","std"],"properties":{"mean":{"type":"number"},"std":{"description":"Sample standard deviation across folds (ddof 1; trainers before issue 19 wrote the population value).","type":"number"},"se":{"description":"std / sqrt(folds): standard error of the mean over folds.","type":"number"}}}},"test":{"$ref":"#/$defs/values"},"test_intervals":{"$ref":"#/$defs/intervals"},"fit_seconds":{"type":"number"}}}}};const schema65 = {"enum":["mse","rmse","mae","r2","mape"]};const schema66 = {"type":"object","additionalProperties":{"type":["number","null"]},"properties":{"mse":{"type":"number"},"rmse":{"type":"number"},"mae":{"type":"number"},"r2":{"type":"number"},"mape":{"description":"A fraction; null when undefined (see undefined_metrics).","type":["number","null"]}}};const schema67 = {"type":"object","additionalProperties":{"type":"object","required":["low","high","sd"],"properties":{"low":{"type":"number"},"high":{"type":"number"},"sd":{"type":"number"}}}};const schema69 = {"type":"object","required":["name","model","cv","test"],"properties":{"name":{"type":"string"},"model":{"type":"string"},"cv":{"type":"object","additionalProperties":{"type":"object","required":["mean","std"],"properties":{"mean":{"type":"number"},"std":{"description":"Sample standard deviation across folds (ddof 1; trainers before issue 19 wrote the population value).","type":"number"},"se":{"description":"std / sqrt(folds): standard error of the mean over folds.","type":"number"}}}},"test":{"$ref":"#/$defs/values"},"test_intervals":{"$ref":"#/$defs/intervals"},"fit_seconds":{"type":"number"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.name === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.model === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.cv === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cv"},message:"must have required property '"+"cv"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.test === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.name !== undefined){if(typeof data.name !== "string"){const err4 = {instancePath:instancePath+"/name",schemaPath:"#/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.model !== undefined){if(typeof data.model !== "string"){const err5 = {instancePath:instancePath+"/model",schemaPath:"#/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.cv !== undefined){let data2 = data.cv;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key0 in data2){let data3 = data2[key0];if(data3 && typeof data3 == "object" && !Array.isArray(data3)){if(data3.mean === undefined){const err6 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cv/additionalProperties/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data3.std === undefined){const err7 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cv/additionalProperties/required",keyword:"required",params:{missingProperty: "std"},message:"must have required property '"+"std"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data3.mean !== undefined){let data4 = data3.mean;if(!((typeof data4 == "number") && (isFinite(data4)))){const err8 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/mean",schemaPath:"#/properties/cv/additionalProperties/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data3.std !== undefined){let data5 = data3.std;if(!((typeof data5 == "number") && (isFinite(data5)))){const err9 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/std",schemaPath:"#/properties/cv/additionalProperties/properties/std/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data3.se !== undefined){let data6 = data3.se;if(!((typeof data6 == "number") && (isFinite(data6)))){const err10 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1")+"/se",schemaPath:"#/properties/cv/additionalProperties/properties/se/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/cv/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/cv/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/cv",schemaPath:"#/properties/cv/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.test !== undefined){let data7 = data.test;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){for(const key1 in data7){if(!(((((key1 === "mse") || (key1 === "rmse")) || (key1 === "mae")) || (key1 === "r2")) || (key1 === "mape"))){let data8 = data7[key1];if((!((typeof data8 == "number") && (isFinite(data8)))) && (data8 !== null)){const err13 = {instancePath:instancePath+"/test/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema66.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data7.mse !== undefined){let data9 = data7.mse;if(!((typeof data9 == "number") && (isFinite(data9)))){const err14 = {instancePath:instancePath+"/test/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data7.rmse !== undefined){let data10 = data7.rmse;if(!((typeof data10 == "number") && (isFinite(data10)))){const err15 = {instancePath:instancePath+"/test/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data7.mae !== undefined){let data11 = data7.mae;if(!((typeof data11 == "number") && (isFinite(data11)))){const err16 = {instancePath:instancePath+"/test/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data7.r2 !== undefined){let data12 = data7.r2;if(!((typeof data12 == "number") && (isFinite(data12)))){const err17 = {instancePath:instancePath+"/test/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data7.mape !== undefined){let data13 = data7.mape;if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){const err18 = {instancePath:instancePath+"/test/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema66.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/test",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.test_intervals !== undefined){let data14 = data.test_intervals;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key2 in data14){let data15 = data14[key2];if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.low === undefined){const err20 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data15.high === undefined){const err21 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data15.sd === undefined){const err22 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "sd"},message:"must have required property '"+"sd"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data15.low !== undefined){let data16 = data15.low;if(!((typeof data16 == "number") && (isFinite(data16)))){const err23 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/low",schemaPath:"#/$defs/intervals/additionalProperties/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data15.high !== undefined){let data17 = data15.high;if(!((typeof data17 == "number") && (isFinite(data17)))){const err24 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/high",schemaPath:"#/$defs/intervals/additionalProperties/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data15.sd !== undefined){let data18 = data15.sd;if(!((typeof data18 == "number") && (isFinite(data18)))){const err25 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1")+"/sd",schemaPath:"#/$defs/intervals/additionalProperties/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath:instancePath+"/test_intervals/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/test_intervals",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.fit_seconds !== undefined){let data19 = data.fit_seconds;if(!((typeof data19 == "number") && (isFinite(data19)))){const err28 = {instancePath:instancePath+"/fit_seconds",schemaPath:"#/properties/fit_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":{"name":true,"model":true,"cv":true,"test":true,"test_intervals":true,"fit_seconds":true},"dynamicProps":false,"dynamicItems":false};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/metrics-file.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.project === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.primary_metric === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "primary_metric"},message:"must have required property '"+"primary_metric"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.chosen === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chosen"},message:"must have required property '"+"chosen"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.n_train === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "n_train"},message:"must have required property '"+"n_train"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.n_test === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "n_test"},message:"must have required property '"+"n_test"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.cv_folds === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cv_folds"},message:"must have required property '"+"cv_folds"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.test === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.baseline_mean === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseline_mean"},message:"must have required property '"+"baseline_mean"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.candidates === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidates"},message:"must have required property '"+"candidates"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.project !== undefined){if(typeof data.project !== "string"){const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.primary_metric !== undefined){let data1 = data.primary_metric;if(!(((((data1 === "mse") || (data1 === "rmse")) || (data1 === "mae")) || (data1 === "r2")) || (data1 === "mape"))){const err10 = {instancePath:instancePath+"/primary_metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema65.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.chosen !== undefined){if(typeof data.chosen !== "string"){const err11 = {instancePath:instancePath+"/chosen",schemaPath:"#/properties/chosen/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.n_train !== undefined){let data3 = data.n_train;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err12 = {instancePath:instancePath+"/n_train",schemaPath:"#/properties/n_train/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err13 = {instancePath:instancePath+"/n_train",schemaPath:"#/properties/n_train/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.n_test !== undefined){let data4 = data.n_test;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err14 = {instancePath:instancePath+"/n_test",schemaPath:"#/properties/n_test/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err15 = {instancePath:instancePath+"/n_test",schemaPath:"#/properties/n_test/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.cv_folds !== undefined){let data5 = data.cv_folds;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/cv_folds",schemaPath:"#/properties/cv_folds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err17 = {instancePath:instancePath+"/cv_folds",schemaPath:"#/properties/cv_folds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.test !== undefined){let data6 = data.test;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key0 in data6){if(!(((((key0 === "mse") || (key0 === "rmse")) || (key0 === "mae")) || (key0 === "r2")) || (key0 === "mape"))){let data7 = data6[key0];if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){const err18 = {instancePath:instancePath+"/test/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema66.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data6.mse !== undefined){let data8 = data6.mse;if(!((typeof data8 == "number") && (isFinite(data8)))){const err19 = {instancePath:instancePath+"/test/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.rmse !== undefined){let data9 = data6.rmse;if(!((typeof data9 == "number") && (isFinite(data9)))){const err20 = {instancePath:instancePath+"/test/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6.mae !== undefined){let data10 = data6.mae;if(!((typeof data10 == "number") && (isFinite(data10)))){const err21 = {instancePath:instancePath+"/test/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.r2 !== undefined){let data11 = data6.r2;if(!((typeof data11 == "number") && (isFinite(data11)))){const err22 = {instancePath:instancePath+"/test/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.mape !== undefined){let data12 = data6.mape;if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){const err23 = {instancePath:instancePath+"/test/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema66.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/test",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.test_intervals !== undefined){let data13 = data.test_intervals;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key1 in data13){let data14 = data13[key1];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.low === undefined){const err25 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data14.high === undefined){const err26 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data14.sd === undefined){const err27 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "sd"},message:"must have required property '"+"sd"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data14.low !== undefined){let data15 = data14.low;if(!((typeof data15 == "number") && (isFinite(data15)))){const err28 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/low",schemaPath:"#/$defs/intervals/additionalProperties/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data14.high !== undefined){let data16 = data14.high;if(!((typeof data16 == "number") && (isFinite(data16)))){const err29 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/high",schemaPath:"#/$defs/intervals/additionalProperties/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data14.sd !== undefined){let data17 = data14.sd;if(!((typeof data17 == "number") && (isFinite(data17)))){const err30 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/sd",schemaPath:"#/$defs/intervals/additionalProperties/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/test_intervals",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.bootstrap !== undefined){let data18 = data.bootstrap;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.method === undefined){const err33 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data18.resamples === undefined){const err34 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "resamples"},message:"must have required property '"+"resamples"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data18.confidence === undefined){const err35 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data18.seed === undefined){const err36 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data18.rows === undefined){const err37 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data18.method !== undefined){if(typeof data18.method !== "string"){const err38 = {instancePath:instancePath+"/bootstrap/method",schemaPath:"#/properties/bootstrap/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data18.resamples !== undefined){let data20 = data18.resamples;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err39 = {instancePath:instancePath+"/bootstrap/resamples",schemaPath:"#/properties/bootstrap/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 1 || isNaN(data20)){const err40 = {instancePath:instancePath+"/bootstrap/resamples",schemaPath:"#/properties/bootstrap/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data18.confidence !== undefined){let data21 = data18.confidence;if((typeof data21 == "number") && (isFinite(data21))){if(data21 >= 1 || isNaN(data21)){const err41 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data21 <= 0 || isNaN(data21)){const err42 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data18.seed !== undefined){let data22 = data18.seed;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err44 = {instancePath:instancePath+"/bootstrap/seed",schemaPath:"#/properties/bootstrap/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data18.rows !== undefined){let data23 = data18.rows;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err45 = {instancePath:instancePath+"/bootstrap/rows",schemaPath:"#/properties/bootstrap/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err46 = {instancePath:instancePath+"/bootstrap/rows",schemaPath:"#/properties/bootstrap/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.baseline_mean !== undefined){let data24 = data.baseline_mean;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key2 in data24){if(!(((((key2 === "mse") || (key2 === "rmse")) || (key2 === "mae")) || (key2 === "r2")) || (key2 === "mape"))){let data25 = data24[key2];if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){const err48 = {instancePath:instancePath+"/baseline_mean/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema66.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}if(data24.mse !== undefined){let data26 = data24.mse;if(!((typeof data26 == "number") && (isFinite(data26)))){const err49 = {instancePath:instancePath+"/baseline_mean/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data24.rmse !== undefined){let data27 = data24.rmse;if(!((typeof data27 == "number") && (isFinite(data27)))){const err50 = {instancePath:instancePath+"/baseline_mean/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data24.mae !== undefined){let data28 = data24.mae;if(!((typeof data28 == "number") && (isFinite(data28)))){const err51 = {instancePath:instancePath+"/baseline_mean/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data24.r2 !== undefined){let data29 = data24.r2;if(!((typeof data29 == "number") && (isFinite(data29)))){const err52 = {instancePath:instancePath+"/baseline_mean/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data24.mape !== undefined){let data30 = data24.mape;if((!((typeof data30 == "number") && (isFinite(data30)))) && (data30 !== null)){const err53 = {instancePath:instancePath+"/baseline_mean/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema66.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/baseline_mean",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.undefined_metrics !== undefined){let data31 = data.undefined_metrics;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key3 in data31){if(typeof data31[key3] !== "string"){const err55 = {instancePath:instancePath+"/undefined_metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/undefined_metrics/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/undefined_metrics",schemaPath:"#/properties/undefined_metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.candidates !== undefined){let data33 = data.candidates;if(Array.isArray(data33)){if(data33.length < 1){const err57 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}const len0 = data33.length;for(let i0=0; i0<len0; i0++){if(!(validate29(data33[i0], {instancePath:instancePath+"/candidates/" + i0,parentData:data33,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);errors = vErrors.length;}}}else {const err58 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}validate28.errors = vErrors;return errors === 0;}validate28.evaluated = {"props":{"project":true,"primary_metric":true,"chosen":true,"n_train":true,"n_test":true,"cv_folds":true,"test":true,"test_intervals":true,"bootstrap":true,"baseline_mean":true,"undefined_metrics":true,"candidates":true},"dynamicProps":false,"dynamicItems":false};const validatePairedComparison = validate31;const schema72 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/paired-comparison.schema.json","title":"PairedComparison","description":"paired-comparison.json: a candidate and the production model scored on the same test rows (docs/ARCHITECTURE.md). Written by the trainer (--production-bundle, ml/slipway_ml/production_compare.py), read by quality-gate.","type":"object","required":["format","project","candidate_version","production_version","method","rows","resamples","confidence","seed","metrics","same_split"],"properties":{"format":{"const":1},"project":{"type":"string"},"candidate_version":{"type":"string"},"production_version":{"type":"string"},"production_bundle":{"type":"string"},"method":{"type":"string"},"rows":{"type":"integer","minimum":1},"resamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer"},"metrics":{"type":"object","propertyNames":{"enum":["mse","rmse","mae","r2","mape"]},"additionalProperties":{"$ref":"#/$defs/pairedMetric"}},"same_split":{"description":"true when production was trained on the same data with the same seed and test fraction, so it never saw these rows; false: it may have (favouring production).","type":"boolean"}},"$defs":{"pairedMetric":{"type":"object","required":["candidate","production","relative_worsening","worsening_lower","worsening_upper"],"properties":{"candidate":{"type":"number"},"production":{"type":"number"},"relative_worsening":{"description":"(candidate - production) / |production|, sign flipped for r2: positive is worse.","type":"number"},"worsening_lower":{"description":"One-sided lower confidence bound of relative_worsening at `confidence` (paired bootstrap): above 0 the candidate is worse beyond the noise.","type":"number"},"worsening_upper":{"description":"One-sided upper confidence bound.","type":"number"}}}}};const schema73 = {"type":"object","required":["candidate","production","relative_worsening","worsening_lower","worsening_upper"],"properties":{"candidate":{"type":"number"},"production":{"type":"number"},"relative_worsening":{"description":"(candidate - production) / |production|, sign flipped for r2: positive is worse.","type":"number"},"worsening_lower":{"description":"One-sided lower confidence bound of relative_worsening at `confidence` (paired bootstrap): above 0 the candidate is worse beyond the noise.","type":"number"},"worsening_upper":{"description":"One-sided upper confidence bound.","type":"number"}}};function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/paired-comparison.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate31.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.format === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.project === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.candidate_version === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidate_version"},message:"must have required property '"+"candidate_version"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.production_version === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "production_version"},message:"must have required property '"+"production_version"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.method === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.rows === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.resamples === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resamples"},message:"must have required property '"+"resamples"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.confidence === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.seed === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.metrics === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.same_split === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "same_split"},message:"must have required property '"+"same_split"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.format !== undefined){if(1 !== data.format){const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.project !== undefined){if(typeof data.project !== "string"){const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.candidate_version !== undefined){if(typeof data.candidate_version !== "string"){const err13 = {instancePath:instancePath+"/candidate_version",schemaPath:"#/properties/candidate_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.production_version !== undefined){if(typeof data.production_version !== "string"){const err14 = {instancePath:instancePath+"/production_version",schemaPath:"#/properties/production_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.production_bundle !== undefined){if(typeof data.production_bundle !== "string"){const err15 = {instancePath:instancePath+"/production_bundle",schemaPath:"#/properties/production_bundle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.method !== undefined){if(typeof data.method !== "string"){const err16 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.rows !== undefined){let data6 = data.rows;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err17 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err18 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.resamples !== undefined){let data7 = data.resamples;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err19 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err20 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data.confidence !== undefined){let data8 = data.confidence;if((typeof data8 == "number") && (isFinite(data8))){if(data8 >= 1 || isNaN(data8)){const err21 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data8 <= 0 || isNaN(data8)){const err22 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.seed !== undefined){let data9 = data.seed;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err24 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.metrics !== undefined){let data10 = data.metrics;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key0 in data10){const _errs22 = errors;if(!(((((key0 === "mse") || (key0 === "rmse")) || (key0 === "mae")) || (key0 === "r2")) || (key0 === "mape"))){const err25 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames/enum",keyword:"enum",params:{allowedValues: schema72.properties.metrics.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key0};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var valid1 = _errs22 === errors;if(!valid1){const err26 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key1 in data10){let data11 = data10[key1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.candidate === undefined){const err27 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/required",keyword:"required",params:{missingProperty: "candidate"},message:"must have required property '"+"candidate"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data11.production === undefined){const err28 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/required",keyword:"required",params:{missingProperty: "production"},message:"must have required property '"+"production"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11.relative_worsening === undefined){const err29 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/required",keyword:"required",params:{missingProperty: "relative_worsening"},message:"must have required property '"+"relative_worsening"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data11.worsening_lower === undefined){const err30 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/required",keyword:"required",params:{missingProperty: "worsening_lower"},message:"must have required property '"+"worsening_lower"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data11.worsening_upper === undefined){const err31 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/required",keyword:"required",params:{missingProperty: "worsening_upper"},message:"must have required property '"+"worsening_upper"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data11.candidate !== undefined){let data12 = data11.candidate;if(!((typeof data12 == "number") && (isFinite(data12)))){const err32 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/candidate",schemaPath:"#/$defs/pairedMetric/properties/candidate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data11.production !== undefined){let data13 = data11.production;if(!((typeof data13 == "number") && (isFinite(data13)))){const err33 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/production",schemaPath:"#/$defs/pairedMetric/properties/production/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data11.relative_worsening !== undefined){let data14 = data11.relative_worsening;if(!((typeof data14 == "number") && (isFinite(data14)))){const err34 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_worsening",schemaPath:"#/$defs/pairedMetric/properties/relative_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data11.worsening_lower !== undefined){let data15 = data11.worsening_lower;if(!((typeof data15 == "number") && (isFinite(data15)))){const err35 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/worsening_lower",schemaPath:"#/$defs/pairedMetric/properties/worsening_lower/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data11.worsening_upper !== undefined){let data16 = data11.worsening_upper;if(!((typeof data16 == "number") && (isFinite(data16)))){const err36 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/worsening_upper",schemaPath:"#/$defs/pairedMetric/properties/worsening_upper/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/pairedMetric/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.same_split !== undefined){if(typeof data.same_split !== "boolean"){const err39 = {instancePath:instancePath+"/same_split",schemaPath:"#/properties/same_split/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate31.errors = vErrors;return errors === 0;}validate31.evaluated = {"props":{"format":true,"project":true,"candidate_version":true,"production_version":true,"production_bundle":true,"method":true,"rows":true,"resamples":true,"confidence":true,"seed":true,"metrics":true,"same_split":true},"dynamicProps":false,"dynamicItems":false};const validateBundleManifest = validate32;const schema74 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/bundle-manifest.schema.json","title":"BundleManifest","description":"manifest.json of a model bundle: what was trained, when, from which code and with which libraries. Written by the trainer (ml/slipway_ml/documents.py), read by train-model, pr-report, production-baseline, the local runner's report and the inference server.","type":"object","required":["project","version","created_at","git_sha","seed","training_seconds","libraries","python","chosen_model"],"properties":{"project":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,30}$"},"version":{"description":"<project>-<first 12 hex of the content hash>.","type":"string","minLength":1},"created_at":{"description":"UTC, RFC 3339 with a Z suffix.","type":"string","format":"date-time"},"git_sha":{"description":"The commit trained from; null outside a git checkout or CI.","type":["string","null"]},"seed":{"type":"integer"},"training_seconds":{"type":"number","minimum":0},"libraries":{"description":"Library name → installed version.","type":"object","additionalProperties":{"type":"string"}},"python":{"description":"The Python version trained with.","type":"string"},"chosen_model":{"description":"The candidate chosen by the selection metric.","type":"string"}}};const pattern16 = new RegExp("^[a-z][a-z0-9-]{0,30}$", "u");const formats0 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i;function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/bundle-manifest.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate32.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.project === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.created_at === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "created_at"},message:"must have required property '"+"created_at"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.git_sha === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "git_sha"},message:"must have required property '"+"git_sha"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.seed === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.training_seconds === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "training_seconds"},message:"must have required property '"+"training_seconds"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.libraries === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "libraries"},message:"must have required property '"+"libraries"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.python === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "python"},message:"must have required property '"+"python"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.chosen_model === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chosen_model"},message:"must have required property '"+"chosen_model"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.project !== undefined){let data0 = data.project;if(typeof data0 === "string"){if(!pattern16.test(data0)){const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,30}$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(typeof data1 === "string"){if(func2(data1) < 1){const err11 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.created_at !== undefined){let data2 = data.created_at;if(typeof data2 === "string"){if(!(formats0.test(data2))){const err13 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/created_at",schemaPath:"#/properties/created_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.git_sha !== undefined){let data3 = data.git_sha;if((typeof data3 !== "string") && (data3 !== null)){const err15 = {instancePath:instancePath+"/git_sha",schemaPath:"#/properties/git_sha/type",keyword:"type",params:{type: schema74.properties.git_sha.type},message:"must be string,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.seed !== undefined){let data4 = data.seed;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err16 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.training_seconds !== undefined){let data5 = data.training_seconds;if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err17 = {instancePath:instancePath+"/training_seconds",schemaPath:"#/properties/training_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/training_seconds",schemaPath:"#/properties/training_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.libraries !== undefined){let data6 = data.libraries;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key0 in data6){if(typeof data6[key0] !== "string"){const err19 = {instancePath:instancePath+"/libraries/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/libraries/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/libraries",schemaPath:"#/properties/libraries/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.python !== undefined){if(typeof data.python !== "string"){const err21 = {instancePath:instancePath+"/python",schemaPath:"#/properties/python/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.chosen_model !== undefined){if(typeof data.chosen_model !== "string"){const err22 = {instancePath:instancePath+"/chosen_model",schemaPath:"#/properties/chosen_model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}validate32.errors = vErrors;return errors === 0;}validate32.evaluated = {"props":{"project":true,"version":true,"created_at":true,"git_sha":true,"seed":true,"training_seconds":true,"libraries":true,"python":true,"chosen_model":true},"dynamicProps":false,"dynamicItems":false};const validateDataFingerprint = validate33;const schema75 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/data-fingerprint.schema.json","title":"DataFingerprint","description":"fingerprint.json of a model bundle: the training data the model was fitted on. Written by the trainer (ml/slipway_ml/documents.py), read by train-model, pr-report, production-baseline, the local runner's report and the inference server's metadata.","type":"object","required":["sha256","rows","columns","source"],"properties":{"sha256":{"description":"sha256 of the data file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"type":"integer","minimum":0},"columns":{"description":"The data's column names, in file order.","type":"array","items":{"type":"string"}},"source":{"description":"Where the data came from: `<kind>:<path, url or uri>`, `generator:<script> <params>` or `file:<path>` for an override.","type":"string"}}};function validate33(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/data-fingerprint.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate33.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.sha256 === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.rows === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.columns === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.source === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.sha256 !== undefined){let data0 = data.sha256;if(typeof data0 === "string"){if(!pattern12.test(data0)){const err4 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.rows !== undefined){let data1 = data.rows;if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){const err6 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if((typeof data1 == "number") && (isFinite(data1))){if(data1 < 0 || isNaN(data1)){const err7 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}if(data.columns !== undefined){let data2 = data.columns;if(Array.isArray(data2)){const len0 = data2.length;for(let i0=0; i0<len0; i0++){if(typeof data2[i0] !== "string"){const err8 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/properties/columns/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.source !== undefined){if(typeof data.source !== "string"){const err10 = {instancePath:instancePath+"/source",schemaPath:"#/properties/source/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate33.errors = vErrors;return errors === 0;}validate33.evaluated = {"props":{"sha256":true,"rows":true,"columns":true,"source":true},"dynamicProps":false,"dynamicItems":false};const validateFeatureImportance = validate34;const schema76 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/feature-importance.schema.json","title":"FeatureImportanceFile","description":"feature_importance.json of a model bundle: permutation importance on the test set in units of the primary metric, descending. Written by the trainer (ml/slipway_ml/evaluate.py), read by train-model's summary, the local runner's report and the inference server's metadata.","type":"array","items":{"$ref":"#/$defs/entry"},"$defs":{"entry":{"title":"FeatureImportance","type":"object","required":["feature","importance"],"properties":{"feature":{"description":"A raw input, or `a + b` for a group.","type":"string","minLength":1},"importance":{"description":"Mean worsening of the primary metric over the shuffling repeats.","type":"number"},"sd":{"description":"Spread over the repeats (absent in bundles from before issue 19).","type":"number","minimum":0},"includes":{"description":"Derived features recomputed from this input when it was shuffled.","type":"array","items":{"type":"string"}},"kind":{"description":"input: one raw input shuffled; group: the inputs of a derived feature shuffled together.","enum":["input","group"]}}}}};const schema77 = {"title":"FeatureImportance","type":"object","required":["feature","importance"],"properties":{"feature":{"description":"A raw input, or `a + b` for a group.","type":"string","minLength":1},"importance":{"description":"Mean worsening of the primary metric over the shuffling repeats.","type":"number"},"sd":{"description":"Spread over the repeats (absent in bundles from before issue 19).","type":"number","minimum":0},"includes":{"description":"Derived features recomputed from this input when it was shuffled.","type":"array","items":{"type":"string"}},"kind":{"description":"input: one raw input shuffled; group: the inputs of a derived feature shuffled together.","enum":["input","group"]}}};function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/feature-importance.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate34.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.feature === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/entry/required",keyword:"required",params:{missingProperty: "feature"},message:"must have required property '"+"feature"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data0.importance === undefined){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/entry/required",keyword:"required",params:{missingProperty: "importance"},message:"must have required property '"+"importance"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.feature !== undefined){let data1 = data0.feature;if(typeof data1 === "string"){if(func2(data1) < 1){const err2 = {instancePath:instancePath+"/" + i0+"/feature",schemaPath:"#/$defs/entry/properties/feature/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/" + i0+"/feature",schemaPath:"#/$defs/entry/properties/feature/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data0.importance !== undefined){let data2 = data0.importance;if(!((typeof data2 == "number") && (isFinite(data2)))){const err4 = {instancePath:instancePath+"/" + i0+"/importance",schemaPath:"#/$defs/entry/properties/importance/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data0.sd !== undefined){let data3 = data0.sd;if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err5 = {instancePath:instancePath+"/" + i0+"/sd",schemaPath:"#/$defs/entry/properties/sd/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/" + i0+"/sd",schemaPath:"#/$defs/entry/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data0.includes !== undefined){let data4 = data0.includes;if(Array.isArray(data4)){const len1 = data4.length;for(let i1=0; i1<len1; i1++){if(typeof data4[i1] !== "string"){const err7 = {instancePath:instancePath+"/" + i0+"/includes/" + i1,schemaPath:"#/$defs/entry/properties/includes/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath:instancePath+"/" + i0+"/includes",schemaPath:"#/$defs/entry/properties/includes/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data0.kind !== undefined){let data6 = data0.kind;if(!((data6 === "input") || (data6 === "group"))){const err9 = {instancePath:instancePath+"/" + i0+"/kind",schemaPath:"#/$defs/entry/properties/kind/enum",keyword:"enum",params:{allowedValues: schema77.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}else {const err10 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/entry/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate34.errors = vErrors;return errors === 0;}validate34.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const validatePredictionsSample = validate35;const schema78 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/predictions-sample.schema.json","title":"PredictionSample","description":"predictions_sample.json of a model bundle: up to 200 test rows' actual and predicted values, in test-set order. Written by the trainer (ml/slipway_ml/documents.py), read by train-model's summary and the local runner's report.","type":"object","required":["actual","predicted"],"properties":{"actual":{"type":"array","maxItems":200,"items":{"type":"number"}},"predicted":{"type":"array","maxItems":200,"items":{"type":"number"}}}};function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/predictions-sample.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate35.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.actual === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actual"},message:"must have required property '"+"actual"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.predicted === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "predicted"},message:"must have required property '"+"predicted"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.actual !== undefined){let data0 = data.actual;if(Array.isArray(data0)){if(data0.length > 200){const err2 = {instancePath:instancePath+"/actual",schemaPath:"#/properties/actual/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];if(!((typeof data1 == "number") && (isFinite(data1)))){const err3 = {instancePath:instancePath+"/actual/" + i0,schemaPath:"#/properties/actual/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath:instancePath+"/actual",schemaPath:"#/properties/actual/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.predicted !== undefined){let data2 = data.predicted;if(Array.isArray(data2)){if(data2.length > 200){const err5 = {instancePath:instancePath+"/predicted",schemaPath:"#/properties/predicted/maxItems",keyword:"maxItems",params:{limit: 200},message:"must NOT have more than 200 items"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const len1 = data2.length;for(let i1=0; i1<len1; i1++){let data3 = data2[i1];if(!((typeof data3 == "number") && (isFinite(data3)))){const err6 = {instancePath:instancePath+"/predicted/" + i1,schemaPath:"#/properties/predicted/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath:instancePath+"/predicted",schemaPath:"#/properties/predicted/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate35.errors = vErrors;return errors === 0;}validate35.evaluated = {"props":{"actual":true,"predicted":true},"dynamicProps":false,"dynamicItems":false};const validateTrainerResult = validate36;const schema79 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/trainer-result.schema.json","title":"TrainerResult","description":"The trainer's --result-file (python -m slipway_ml train): where the run put the bundle and what it logged. Written by ml/slipway_ml/cli.py, read by actions/train-model. Paths are absolute.","type":"object","required":["version","bundle_dir","bundle_tarball","metrics_file"],"properties":{"version":{"type":"string","minLength":1},"bundle_dir":{"type":"string","minLength":1},"bundle_tarball":{"type":"string","minLength":1},"metrics_file":{"type":"string","minLength":1},"mlflow_run_id":{"description":"Absent when the trainer did not log to MLflow (the SageMaker container; train-model logs the bundle on the runner).","type":"string","minLength":1},"tracking_uri":{"type":"string","minLength":1},"mlflow_model_version":{"description":"The version of the project's registered MLflow model this bundle became.","type":"string","minLength":1},"paired_comparison_file":{"description":"Present when --production-bundle was given.","type":"string","minLength":1},"bundle_sha256":{"description":"sha256 of bundle_tarball's bytes (issue 18), when the trainer reports it.","type":"string","pattern":"^[0-9a-f]{64}$"},"bundle_manifest_sha256":{"description":"sha256 of the bundle folder's SHA256SUMS: what a server given the unpacked folder checks.","type":"string","pattern":"^[0-9a-f]{64}$"}}};function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/trainer-result.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate36.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.bundle_dir === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle_dir"},message:"must have required property '"+"bundle_dir"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.bundle_tarball === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle_tarball"},message:"must have required property '"+"bundle_tarball"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.metrics_file === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics_file"},message:"must have required property '"+"metrics_file"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.version !== undefined){let data0 = data.version;if(typeof data0 === "string"){if(func2(data0) < 1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}else {const err5 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.bundle_dir !== undefined){let data1 = data.bundle_dir;if(typeof data1 === "string"){if(func2(data1) < 1){const err6 = {instancePath:instancePath+"/bundle_dir",schemaPath:"#/properties/bundle_dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}else {const err7 = {instancePath:instancePath+"/bundle_dir",schemaPath:"#/properties/bundle_dir/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.bundle_tarball !== undefined){let data2 = data.bundle_tarball;if(typeof data2 === "string"){if(func2(data2) < 1){const err8 = {instancePath:instancePath+"/bundle_tarball",schemaPath:"#/properties/bundle_tarball/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/bundle_tarball",schemaPath:"#/properties/bundle_tarball/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.metrics_file !== undefined){let data3 = data.metrics_file;if(typeof data3 === "string"){if(func2(data3) < 1){const err10 = {instancePath:instancePath+"/metrics_file",schemaPath:"#/properties/metrics_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/metrics_file",schemaPath:"#/properties/metrics_file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.mlflow_run_id !== undefined){let data4 = data.mlflow_run_id;if(typeof data4 === "string"){if(func2(data4) < 1){const err12 = {instancePath:instancePath+"/mlflow_run_id",schemaPath:"#/properties/mlflow_run_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/mlflow_run_id",schemaPath:"#/properties/mlflow_run_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.tracking_uri !== undefined){let data5 = data.tracking_uri;if(typeof data5 === "string"){if(func2(data5) < 1){const err14 = {instancePath:instancePath+"/tracking_uri",schemaPath:"#/properties/tracking_uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}else {const err15 = {instancePath:instancePath+"/tracking_uri",schemaPath:"#/properties/tracking_uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.mlflow_model_version !== undefined){let data6 = data.mlflow_model_version;if(typeof data6 === "string"){if(func2(data6) < 1){const err16 = {instancePath:instancePath+"/mlflow_model_version",schemaPath:"#/properties/mlflow_model_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/mlflow_model_version",schemaPath:"#/properties/mlflow_model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.paired_comparison_file !== undefined){let data7 = data.paired_comparison_file;if(typeof data7 === "string"){if(func2(data7) < 1){const err18 = {instancePath:instancePath+"/paired_comparison_file",schemaPath:"#/properties/paired_comparison_file/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}else {const err19 = {instancePath:instancePath+"/paired_comparison_file",schemaPath:"#/properties/paired_comparison_file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data.bundle_sha256 !== undefined){let data8 = data.bundle_sha256;if(typeof data8 === "string"){if(!pattern12.test(data8)){const err20 = {instancePath:instancePath+"/bundle_sha256",schemaPath:"#/properties/bundle_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}else {const err21 = {instancePath:instancePath+"/bundle_sha256",schemaPath:"#/properties/bundle_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.bundle_manifest_sha256 !== undefined){let data9 = data.bundle_manifest_sha256;if(typeof data9 === "string"){if(!pattern12.test(data9)){const err22 = {instancePath:instancePath+"/bundle_manifest_sha256",schemaPath:"#/properties/bundle_manifest_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/bundle_manifest_sha256",schemaPath:"#/properties/bundle_manifest_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}validate36.errors = vErrors;return errors === 0;}validate36.evaluated = {"props":{"version":true,"bundle_dir":true,"bundle_tarball":true,"metrics_file":true,"mlflow_run_id":true,"tracking_uri":true,"mlflow_model_version":true,"paired_comparison_file":true,"bundle_sha256":true,"bundle_manifest_sha256":true},"dynamicProps":false,"dynamicItems":false};const validateValidationReport = validate37;const schema80 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/validation-report.schema.json","title":"ValidationReport","description":"validate-data's report-file: the verdict, the data's fingerprint, every finding and the drift table. Written by actions/validate-data, read by actions/pr-report and the release card (its drift output holds the same rows).","type":"object","required":["contract","file","passed","rows","sha256","findings","drift"],"properties":{"contract":{"description":"The contract file validated against.","type":"string"},"file":{"description":"The data file validated (a path or an s3:// URI).","type":"string"},"passed":{"description":"false when any finding is an error.","type":"boolean"},"rows":{"description":"Data rows read.","type":"integer","minimum":0},"sha256":{"description":"sha256 of the data file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"findings":{"type":"array","items":{"$ref":"#/$defs/finding"}},"drift":{"description":"Per-column drift against the reference profile; null without a reference profile or with the drift check off.","type":["array","null"],"items":{"$ref":"#/$defs/driftRow"}}},"$defs":{"severity":{"type":"string","enum":["error","warning"]},"finding":{"title":"ValidationFinding","description":"One failed check, tallied per (check id, column).","type":"object","additionalProperties":false,"required":["id","severity","message","count","examples"],"properties":{"id":{"description":"The check id (e.g. `type`, `range`, `field-count`, `drift`).","type":"string"},"severity":{"$ref":"#/$defs/severity"},"column":{"type":"string"},"message":{"type":"string"},"count":{"description":"How many times the check failed.","type":"integer","minimum":0},"examples":{"description":"The first failures (at most 5): physical line and the value as read.","type":"array","items":{"title":"ValidationFindingExample","type":"object","additionalProperties":false,"required":["line","value"],"properties":{"line":{"type":"integer","minimum":0},"value":{"type":"string"}}}}}},"driftRow":{"title":"DriftRow","type":"object","additionalProperties":false,"required":["column","psi","test","statistic","p_value","new_categories","verdict"],"properties":{"column":{"type":"string"},"psi":{"description":"Population stability index against the reference.","type":"number"},"test":{"type":"string","enum":["KS","chi-square"]},"statistic":{"type":"number"},"p_value":{"type":"number","minimum":0,"maximum":1},"new_categories":{"description":"Category values with rows here but none in the reference, with their counts.","type":"object","additionalProperties":{"type":"integer","minimum":0}},"verdict":{"type":"string","enum":["ok","error","warning"]}}}}};const schema83 = {"title":"DriftRow","type":"object","additionalProperties":false,"required":["column","psi","test","statistic","p_value","new_categories","verdict"],"properties":{"column":{"type":"string"},"psi":{"description":"Population stability index against the reference.","type":"number"},"test":{"type":"string","enum":["KS","chi-square"]},"statistic":{"type":"number"},"p_value":{"type":"number","minimum":0,"maximum":1},"new_categories":{"description":"Category values with rows here but none in the reference, with their counts.","type":"object","additionalProperties":{"type":"integer","minimum":0}},"verdict":{"type":"string","enum":["ok","error","warning"]}}};const schema81 = {"title":"ValidationFinding","description":"One failed check, tallied per (check id, column).","type":"object","additionalProperties":false,"required":["id","severity","message","count","examples"],"properties":{"id":{"description":"The check id (e.g. `type`, `range`, `field-count`, `drift`).","type":"string"},"severity":{"$ref":"#/$defs/severity"},"column":{"type":"string"},"message":{"type":"string"},"count":{"description":"How many times the check failed.","type":"integer","minimum":0},"examples":{"description":"The first failures (at most 5): physical line and the value as read.","type":"array","items":{"title":"ValidationFindingExample","type":"object","additionalProperties":false,"required":["line","value"],"properties":{"line":{"type":"integer","minimum":0},"value":{"type":"string"}}}}}};const schema82 = {"type":"string","enum":["error","warning"]};function validate38(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate38.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.severity === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "severity"},message:"must have required property '"+"severity"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.message === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.count === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.examples === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "examples"},message:"must have required property '"+"examples"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}for(const key0 in data){if(!((((((key0 === "id") || (key0 === "severity")) || (key0 === "column")) || (key0 === "message")) || (key0 === "count")) || (key0 === "examples"))){const err5 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.id !== undefined){if(typeof data.id !== "string"){const err6 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.severity !== undefined){let data1 = data.severity;if(typeof data1 !== "string"){const err7 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(!((data1 === "error") || (data1 === "warning"))){const err8 = {instancePath:instancePath+"/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema82.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.column !== undefined){if(typeof data.column !== "string"){const err9 = {instancePath:instancePath+"/column",schemaPath:"#/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.message !== undefined){if(typeof data.message !== "string"){const err10 = {instancePath:instancePath+"/message",schemaPath:"#/properties/message/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.count !== undefined){let data4 = data.count;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err11 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err12 = {instancePath:instancePath+"/count",schemaPath:"#/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.examples !== undefined){let data5 = data.examples;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){let data6 = data5[i0];if(data6 && typeof data6 == "object" && !Array.isArray(data6)){if(data6.line === undefined){const err13 = {instancePath:instancePath+"/examples/" + i0,schemaPath:"#/properties/examples/items/required",keyword:"required",params:{missingProperty: "line"},message:"must have required property '"+"line"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data6.value === undefined){const err14 = {instancePath:instancePath+"/examples/" + i0,schemaPath:"#/properties/examples/items/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key1 in data6){if(!((key1 === "line") || (key1 === "value"))){const err15 = {instancePath:instancePath+"/examples/" + i0,schemaPath:"#/properties/examples/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data6.line !== undefined){let data7 = data6.line;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err16 = {instancePath:instancePath+"/examples/" + i0+"/line",schemaPath:"#/properties/examples/items/properties/line/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 0 || isNaN(data7)){const err17 = {instancePath:instancePath+"/examples/" + i0+"/line",schemaPath:"#/properties/examples/items/properties/line/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data6.value !== undefined){if(typeof data6.value !== "string"){const err18 = {instancePath:instancePath+"/examples/" + i0+"/value",schemaPath:"#/properties/examples/items/properties/value/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}else {const err19 = {instancePath:instancePath+"/examples/" + i0,schemaPath:"#/properties/examples/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/examples",schemaPath:"#/properties/examples/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}validate38.errors = vErrors;return errors === 0;}validate38.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/validation-report.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate37.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.contract === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "contract"},message:"must have required property '"+"contract"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.file === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "file"},message:"must have required property '"+"file"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.passed === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.rows === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.sha256 === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.findings === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "findings"},message:"must have required property '"+"findings"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.drift === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "drift"},message:"must have required property '"+"drift"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.contract !== undefined){if(typeof data.contract !== "string"){const err7 = {instancePath:instancePath+"/contract",schemaPath:"#/properties/contract/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.file !== undefined){if(typeof data.file !== "string"){const err8 = {instancePath:instancePath+"/file",schemaPath:"#/properties/file/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.passed !== undefined){if(typeof data.passed !== "boolean"){const err9 = {instancePath:instancePath+"/passed",schemaPath:"#/properties/passed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.rows !== undefined){let data3 = data.rows;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err10 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err11 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}if(data.sha256 !== undefined){let data4 = data.sha256;if(typeof data4 === "string"){if(!pattern12.test(data4)){const err12 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.findings !== undefined){let data5 = data.findings;if(Array.isArray(data5)){const len0 = data5.length;for(let i0=0; i0<len0; i0++){if(!(validate38(data5[i0], {instancePath:instancePath+"/findings/" + i0,parentData:data5,parentDataProperty:i0,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);errors = vErrors.length;}}}else {const err14 = {instancePath:instancePath+"/findings",schemaPath:"#/properties/findings/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.drift !== undefined){let data7 = data.drift;if((!(Array.isArray(data7))) && (data7 !== null)){const err15 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: schema80.properties.drift.type},message:"must be array,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(Array.isArray(data7)){const len1 = data7.length;for(let i1=0; i1<len1; i1++){let data8 = data7[i1];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.column === undefined){const err16 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data8.psi === undefined){const err17 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "psi"},message:"must have required property '"+"psi"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data8.test === undefined){const err18 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data8.statistic === undefined){const err19 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "statistic"},message:"must have required property '"+"statistic"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8.p_value === undefined){const err20 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "p_value"},message:"must have required property '"+"p_value"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data8.new_categories === undefined){const err21 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "new_categories"},message:"must have required property '"+"new_categories"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data8.verdict === undefined){const err22 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/required",keyword:"required",params:{missingProperty: "verdict"},message:"must have required property '"+"verdict"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}for(const key0 in data8){if(!(((((((key0 === "column") || (key0 === "psi")) || (key0 === "test")) || (key0 === "statistic")) || (key0 === "p_value")) || (key0 === "new_categories")) || (key0 === "verdict"))){const err23 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data8.column !== undefined){if(typeof data8.column !== "string"){const err24 = {instancePath:instancePath+"/drift/" + i1+"/column",schemaPath:"#/$defs/driftRow/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.psi !== undefined){let data10 = data8.psi;if(!((typeof data10 == "number") && (isFinite(data10)))){const err25 = {instancePath:instancePath+"/drift/" + i1+"/psi",schemaPath:"#/$defs/driftRow/properties/psi/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data8.test !== undefined){let data11 = data8.test;if(typeof data11 !== "string"){const err26 = {instancePath:instancePath+"/drift/" + i1+"/test",schemaPath:"#/$defs/driftRow/properties/test/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(!((data11 === "KS") || (data11 === "chi-square"))){const err27 = {instancePath:instancePath+"/drift/" + i1+"/test",schemaPath:"#/$defs/driftRow/properties/test/enum",keyword:"enum",params:{allowedValues: schema83.properties.test.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data8.statistic !== undefined){let data12 = data8.statistic;if(!((typeof data12 == "number") && (isFinite(data12)))){const err28 = {instancePath:instancePath+"/drift/" + i1+"/statistic",schemaPath:"#/$defs/driftRow/properties/statistic/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data8.p_value !== undefined){let data13 = data8.p_value;if((typeof data13 == "number") && (isFinite(data13))){if(data13 > 1 || isNaN(data13)){const err29 = {instancePath:instancePath+"/drift/" + i1+"/p_value",schemaPath:"#/$defs/driftRow/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data13 < 0 || isNaN(data13)){const err30 = {instancePath:instancePath+"/drift/" + i1+"/p_value",schemaPath:"#/$defs/driftRow/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/drift/" + i1+"/p_value",schemaPath:"#/$defs/driftRow/properties/p_value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data8.new_categories !== undefined){let data14 = data8.new_categories;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key1 in data14){let data15 = data14[key1];if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err32 = {instancePath:instancePath+"/drift/" + i1+"/new_categories/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/driftRow/properties/new_categories/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 < 0 || isNaN(data15)){const err33 = {instancePath:instancePath+"/drift/" + i1+"/new_categories/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/driftRow/properties/new_categories/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}}else {const err34 = {instancePath:instancePath+"/drift/" + i1+"/new_categories",schemaPath:"#/$defs/driftRow/properties/new_categories/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data8.verdict !== undefined){let data16 = data8.verdict;if(typeof data16 !== "string"){const err35 = {instancePath:instancePath+"/drift/" + i1+"/verdict",schemaPath:"#/$defs/driftRow/properties/verdict/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(!(((data16 === "ok") || (data16 === "error")) || (data16 === "warning"))){const err36 = {instancePath:instancePath+"/drift/" + i1+"/verdict",schemaPath:"#/$defs/driftRow/properties/verdict/enum",keyword:"enum",params:{allowedValues: schema83.properties.verdict.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/drift/" + i1,schemaPath:"#/$defs/driftRow/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}}}else {const err38 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}validate37.errors = vErrors;return errors === 0;}validate37.evaluated = {"props":{"contract":true,"file":true,"passed":true,"rows":true,"sha256":true,"findings":true,"drift":true},"dynamicProps":false,"dynamicItems":false};const validateDataProfile = validate40;const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/data-profile.schema.json","title":"DataProfile","description":"validate-data's profile-file (format version 2): per-column statistics of a data file, the drift reference of a later run. Written by actions/validate-data, read by validate-data (reference-profile) and production-baseline (kept in the production record). Semantic checks beyond the shape (ascending edges and samples, one count per bin, the contract's columns) stay in validate-data's reader.","type":"object","required":["format","version","dataset","rows","sha256","sample_rows","columns"],"properties":{"format":{"const":"slipway-data-profile"},"version":{"const":2},"dataset":{"type":"string","minLength":1},"rows":{"type":"integer","minimum":0},"sha256":{"description":"sha256 of the data file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"sample_rows":{"description":"Capacity of the row sample the histograms and samples come from.","type":"integer","minimum":1},"columns":{"type":"array","items":{"$ref":"#/$defs/column"}}},"$defs":{"column":{"title":"ColumnProfileDocument","type":"object","required":["name","type","count","nulls","min","max","mean","std","histogram","categories","distinct","sample"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","category","boolean","string"]},"count":{"description":"Rows read.","type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"histogram":{"oneOf":[{"type":"null"},{"title":"ProfileHistogram","type":"object","required":["edges","counts"],"properties":{"edges":{"description":"Bin edges: min, the deciles of the sampled values, max (duplicates merged).","type":"array","minItems":2,"items":{"type":"number"}},"counts":{"description":"Sampled values per bin [edges[i], edges[i+1]); the last bin includes max.","type":"array","items":{"type":"integer","minimum":0}}}}]},"categories":{"description":"type=category: count per value over every row (null past the profile's category limit).","type":["object","null"],"additionalProperties":{"type":"integer","minimum":0}},"distinct":{"type":"integer","minimum":0},"sample":{"description":"Numeric columns: sampled values, sorted ascending.","type":["array","null"],"items":{"type":"number"}}}}}};const schema85 = {"title":"ColumnProfileDocument","type":"object","required":["name","type","count","nulls","min","max","mean","std","histogram","categories","distinct","sample"],"properties":{"name":{"type":"string"},"type":{"enum":["integer","number","category","boolean","string"]},"count":{"description":"Rows read.","type":"integer","minimum":0},"nulls":{"type":"integer","minimum":0},"min":{"type":["number","null"]},"max":{"type":["number","null"]},"mean":{"type":["number","null"]},"std":{"type":["number","null"]},"histogram":{"oneOf":[{"type":"null"},{"title":"ProfileHistogram","type":"object","required":["edges","counts"],"properties":{"edges":{"description":"Bin edges: min, the deciles of the sampled values, max (duplicates merged).","type":"array","minItems":2,"items":{"type":"number"}},"counts":{"description":"Sampled values per bin [edges[i], edges[i+1]); the last bin includes max.","type":"array","items":{"type":"integer","minimum":0}}}}]},"categories":{"description":"type=category: count per value over every row (null past the profile's category limit).","type":["object","null"],"additionalProperties":{"type":"integer","minimum":0}},"distinct":{"type":"integer","minimum":0},"sample":{"description":"Numeric columns: sampled values, sorted ascending.","type":["array","null"],"items":{"type":"number"}}}};function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/data-profile.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate40.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.format === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.version === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.dataset === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.rows === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.sha256 === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.sample_rows === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "sample_rows"},message:"must have required property '"+"sample_rows"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.columns === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.format !== undefined){if("slipway-data-profile" !== data.format){const err7 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: "slipway-data-profile"},message:"must be equal to constant"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.version !== undefined){if(2 !== data.version){const err8 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 2},message:"must be equal to constant"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.dataset !== undefined){let data2 = data.dataset;if(typeof data2 === "string"){if(func2(data2) < 1){const err9 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.rows !== undefined){let data3 = data.rows;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err11 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err12 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}if(data.sha256 !== undefined){let data4 = data.sha256;if(typeof data4 === "string"){if(!pattern12.test(data4)){const err13 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/sha256",schemaPath:"#/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.sample_rows !== undefined){let data5 = data.sample_rows;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err15 = {instancePath:instancePath+"/sample_rows",schemaPath:"#/properties/sample_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 1 || isNaN(data5)){const err16 = {instancePath:instancePath+"/sample_rows",schemaPath:"#/properties/sample_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}if(data.columns !== undefined){let data6 = data.columns;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){let data7 = data6[i0];if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.name === undefined){const err17 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if(data7.type === undefined){const err18 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data7.count === undefined){const err19 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "count"},message:"must have required property '"+"count"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.nulls === undefined){const err20 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "nulls"},message:"must have required property '"+"nulls"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7.min === undefined){const err21 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data7.max === undefined){const err22 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.mean === undefined){const err23 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.std === undefined){const err24 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "std"},message:"must have required property '"+"std"+"'"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}if(data7.histogram === undefined){const err25 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "histogram"},message:"must have required property '"+"histogram"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data7.categories === undefined){const err26 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data7.distinct === undefined){const err27 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "distinct"},message:"must have required property '"+"distinct"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data7.sample === undefined){const err28 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "sample"},message:"must have required property '"+"sample"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data7.name !== undefined){if(typeof data7.name !== "string"){const err29 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/$defs/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data7.type !== undefined){let data9 = data7.type;if(!(((((data9 === "integer") || (data9 === "number")) || (data9 === "category")) || (data9 === "boolean")) || (data9 === "string"))){const err30 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/$defs/column/properties/type/enum",keyword:"enum",params:{allowedValues: schema85.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data7.count !== undefined){let data10 = data7.count;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err31 = {instancePath:instancePath+"/columns/" + i0+"/count",schemaPath:"#/$defs/column/properties/count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err32 = {instancePath:instancePath+"/columns/" + i0+"/count",schemaPath:"#/$defs/column/properties/count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}if(data7.nulls !== undefined){let data11 = data7.nulls;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err33 = {instancePath:instancePath+"/columns/" + i0+"/nulls",schemaPath:"#/$defs/column/properties/nulls/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 < 0 || isNaN(data11)){const err34 = {instancePath:instancePath+"/columns/" + i0+"/nulls",schemaPath:"#/$defs/column/properties/nulls/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}}if(data7.min !== undefined){let data12 = data7.min;if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){const err35 = {instancePath:instancePath+"/columns/" + i0+"/min",schemaPath:"#/$defs/column/properties/min/type",keyword:"type",params:{type: schema85.properties.min.type},message:"must be number,null"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data7.max !== undefined){let data13 = data7.max;if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){const err36 = {instancePath:instancePath+"/columns/" + i0+"/max",schemaPath:"#/$defs/column/properties/max/type",keyword:"type",params:{type: schema85.properties.max.type},message:"must be number,null"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data7.mean !== undefined){let data14 = data7.mean;if((!((typeof data14 == "number") && (isFinite(data14)))) && (data14 !== null)){const err37 = {instancePath:instancePath+"/columns/" + i0+"/mean",schemaPath:"#/$defs/column/properties/mean/type",keyword:"type",params:{type: schema85.properties.mean.type},message:"must be number,null"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data7.std !== undefined){let data15 = data7.std;if((!((typeof data15 == "number") && (isFinite(data15)))) && (data15 !== null)){const err38 = {instancePath:instancePath+"/columns/" + i0+"/std",schemaPath:"#/$defs/column/properties/std/type",keyword:"type",params:{type: schema85.properties.std.type},message:"must be number,null"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data7.histogram !== undefined){let data16 = data7.histogram;const _errs32 = errors;let valid5 = false;let passing0 = null;const _errs33 = errors;if(data16 !== null){const err39 = {instancePath:instancePath+"/columns/" + i0+"/histogram",schemaPath:"#/$defs/column/properties/histogram/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}var _valid0 = _errs33 === errors;if(_valid0){valid5 = true;passing0 = 0;}const _errs35 = errors;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){if(data16.edges === undefined){const err40 = {instancePath:instancePath+"/columns/" + i0+"/histogram",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/required",keyword:"required",params:{missingProperty: "edges"},message:"must have required property '"+"edges"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data16.counts === undefined){const err41 = {instancePath:instancePath+"/columns/" + i0+"/histogram",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/required",keyword:"required",params:{missingProperty: "counts"},message:"must have required property '"+"counts"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data16.edges !== undefined){let data17 = data16.edges;if(Array.isArray(data17)){if(data17.length < 2){const err42 = {instancePath:instancePath+"/columns/" + i0+"/histogram/edges",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/edges/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}const len1 = data17.length;for(let i1=0; i1<len1; i1++){let data18 = data17[i1];if(!((typeof data18 == "number") && (isFinite(data18)))){const err43 = {instancePath:instancePath+"/columns/" + i0+"/histogram/edges/" + i1,schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/edges/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}}else {const err44 = {instancePath:instancePath+"/columns/" + i0+"/histogram/edges",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/edges/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data16.counts !== undefined){let data19 = data16.counts;if(Array.isArray(data19)){const len2 = data19.length;for(let i2=0; i2<len2; i2++){let data20 = data19[i2];if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err45 = {instancePath:instancePath+"/columns/" + i0+"/histogram/counts/" + i2,schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/counts/items/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 0 || isNaN(data20)){const err46 = {instancePath:instancePath+"/columns/" + i0+"/histogram/counts/" + i2,schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/counts/items/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath:instancePath+"/columns/" + i0+"/histogram/counts",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/properties/counts/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}}else {const err48 = {instancePath:instancePath+"/columns/" + i0+"/histogram",schemaPath:"#/$defs/column/properties/histogram/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}var _valid0 = _errs35 === errors;if(_valid0 && valid5){valid5 = false;passing0 = [passing0, 1];}else {if(_valid0){valid5 = true;passing0 = 1;var props0 = {};props0.edges = true;props0.counts = true;}}if(!valid5){const err49 = {instancePath:instancePath+"/columns/" + i0+"/histogram",schemaPath:"#/$defs/column/properties/histogram/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}else {errors = _errs32;if(vErrors !== null){if(_errs32){vErrors.length = _errs32;}else {vErrors = null;}}}}if(data7.categories !== undefined){let data21 = data7.categories;if((!(data21 && typeof data21 == "object" && !Array.isArray(data21))) && (data21 !== null)){const err50 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/type",keyword:"type",params:{type: schema85.properties.categories.type},message:"must be object,null"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key0 in data21){let data22 = data21[key0];if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err51 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/column/properties/categories/additionalProperties/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data22 == "number") && (isFinite(data22))){if(data22 < 0 || isNaN(data22)){const err52 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/column/properties/categories/additionalProperties/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}}}if(data7.distinct !== undefined){let data23 = data7.distinct;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err53 = {instancePath:instancePath+"/columns/" + i0+"/distinct",schemaPath:"#/$defs/column/properties/distinct/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err54 = {instancePath:instancePath+"/columns/" + i0+"/distinct",schemaPath:"#/$defs/column/properties/distinct/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}if(data7.sample !== undefined){let data24 = data7.sample;if((!(Array.isArray(data24))) && (data24 !== null)){const err55 = {instancePath:instancePath+"/columns/" + i0+"/sample",schemaPath:"#/$defs/column/properties/sample/type",keyword:"type",params:{type: schema85.properties.sample.type},message:"must be array,null"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(Array.isArray(data24)){const len3 = data24.length;for(let i3=0; i3<len3; i3++){let data25 = data24[i3];if(!((typeof data25 == "number") && (isFinite(data25)))){const err56 = {instancePath:instancePath+"/columns/" + i0+"/sample/" + i3,schemaPath:"#/$defs/column/properties/sample/items/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}}}else {const err57 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}validate40.errors = vErrors;return errors === 0;}validate40.evaluated = {"props":{"format":true,"version":true,"dataset":true,"rows":true,"sha256":true,"sample_rows":true,"columns":true},"dynamicProps":false,"dynamicItems":false};const validateGateVerdicts = validate41;const schema86 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/gate-verdicts.schema.json","title":"GateVerdicts","description":"quality-gate's `verdicts` output: one row per check (threshold gates, the trivial-baseline check, the regression check against production). Written by actions/quality-gate, read by actions/pr-report, the local runner's report and the release card.","type":"array","items":{"$ref":"#/$defs/verdict"},"$defs":{"verdict":{"title":"GateVerdict","type":"object","additionalProperties":false,"required":["gate","metric","value","op","threshold","baseline","delta","passed","note"],"properties":{"gate":{"description":"The check in words, e.g. `rmse <= 30000` or `regression vs production`.","type":"string"},"metric":{"type":"string","enum":["mse","rmse","mae","r2","mape"]},"value":{"description":"The candidate's value of the metric.","type":"number"},"op":{"type":"string","enum":["<=","<",">=",">"]},"threshold":{"type":"number"},"baseline":{"description":"The production model's value of the metric; null without a baseline.","type":["number","null"]},"delta":{"description":"(value - baseline) / |baseline|; null without a baseline.","type":["number","null"]},"passed":{"type":"boolean"},"note":{"description":"Why a regression row passed or failed, in words; empty for the other rows.","type":"string"},"worsening_lower":{"description":"Paired regression rows only: the one-sided lower confidence bound of the relative worsening.","type":"number"},"confidence":{"description":"Paired regression rows only: the confidence of that bound.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}}}}};const schema87 = {"title":"GateVerdict","type":"object","additionalProperties":false,"required":["gate","metric","value","op","threshold","baseline","delta","passed","note"],"properties":{"gate":{"description":"The check in words, e.g. `rmse <= 30000` or `regression vs production`.","type":"string"},"metric":{"type":"string","enum":["mse","rmse","mae","r2","mape"]},"value":{"description":"The candidate's value of the metric.","type":"number"},"op":{"type":"string","enum":["<=","<",">=",">"]},"threshold":{"type":"number"},"baseline":{"description":"The production model's value of the metric; null without a baseline.","type":["number","null"]},"delta":{"description":"(value - baseline) / |baseline|; null without a baseline.","type":["number","null"]},"passed":{"type":"boolean"},"note":{"description":"Why a regression row passed or failed, in words; empty for the other rows.","type":"string"},"worsening_lower":{"description":"Paired regression rows only: the one-sided lower confidence bound of the relative worsening.","type":"number"},"confidence":{"description":"Paired regression rows only: the confidence of that bound.","type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}}};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/gate-verdicts.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate41.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){let data0 = data[i0];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){if(data0.gate === undefined){const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "gate"},message:"must have required property '"+"gate"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data0.metric === undefined){const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data0.value === undefined){const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "value"},message:"must have required property '"+"value"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data0.op === undefined){const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data0.threshold === undefined){const err4 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data0.baseline === undefined){const err5 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "baseline"},message:"must have required property '"+"baseline"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data0.delta === undefined){const err6 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "delta"},message:"must have required property '"+"delta"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data0.passed === undefined){const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "passed"},message:"must have required property '"+"passed"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data0.note === undefined){const err8 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/required",keyword:"required",params:{missingProperty: "note"},message:"must have required property '"+"note"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}for(const key0 in data0){if(!(func1.call(schema87.properties, key0))){const err9 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data0.gate !== undefined){if(typeof data0.gate !== "string"){const err10 = {instancePath:instancePath+"/" + i0+"/gate",schemaPath:"#/$defs/verdict/properties/gate/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data0.metric !== undefined){let data2 = data0.metric;if(typeof data2 !== "string"){const err11 = {instancePath:instancePath+"/" + i0+"/metric",schemaPath:"#/$defs/verdict/properties/metric/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(!(((((data2 === "mse") || (data2 === "rmse")) || (data2 === "mae")) || (data2 === "r2")) || (data2 === "mape"))){const err12 = {instancePath:instancePath+"/" + i0+"/metric",schemaPath:"#/$defs/verdict/properties/metric/enum",keyword:"enum",params:{allowedValues: schema87.properties.metric.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data0.value !== undefined){let data3 = data0.value;if(!((typeof data3 == "number") && (isFinite(data3)))){const err13 = {instancePath:instancePath+"/" + i0+"/value",schemaPath:"#/$defs/verdict/properties/value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data0.op !== undefined){let data4 = data0.op;if(typeof data4 !== "string"){const err14 = {instancePath:instancePath+"/" + i0+"/op",schemaPath:"#/$defs/verdict/properties/op/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(!((((data4 === "<=") || (data4 === "<")) || (data4 === ">=")) || (data4 === ">"))){const err15 = {instancePath:instancePath+"/" + i0+"/op",schemaPath:"#/$defs/verdict/properties/op/enum",keyword:"enum",params:{allowedValues: schema87.properties.op.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data0.threshold !== undefined){let data5 = data0.threshold;if(!((typeof data5 == "number") && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/" + i0+"/threshold",schemaPath:"#/$defs/verdict/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data0.baseline !== undefined){let data6 = data0.baseline;if((!((typeof data6 == "number") && (isFinite(data6)))) && (data6 !== null)){const err17 = {instancePath:instancePath+"/" + i0+"/baseline",schemaPath:"#/$defs/verdict/properties/baseline/type",keyword:"type",params:{type: schema87.properties.baseline.type},message:"must be number,null"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data0.delta !== undefined){let data7 = data0.delta;if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){const err18 = {instancePath:instancePath+"/" + i0+"/delta",schemaPath:"#/$defs/verdict/properties/delta/type",keyword:"type",params:{type: schema87.properties.delta.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data0.passed !== undefined){if(typeof data0.passed !== "boolean"){const err19 = {instancePath:instancePath+"/" + i0+"/passed",schemaPath:"#/$defs/verdict/properties/passed/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data0.note !== undefined){if(typeof data0.note !== "string"){const err20 = {instancePath:instancePath+"/" + i0+"/note",schemaPath:"#/$defs/verdict/properties/note/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data0.worsening_lower !== undefined){let data10 = data0.worsening_lower;if(!((typeof data10 == "number") && (isFinite(data10)))){const err21 = {instancePath:instancePath+"/" + i0+"/worsening_lower",schemaPath:"#/$defs/verdict/properties/worsening_lower/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data0.confidence !== undefined){let data11 = data0.confidence;if((typeof data11 == "number") && (isFinite(data11))){if(data11 >= 1 || isNaN(data11)){const err22 = {instancePath:instancePath+"/" + i0+"/confidence",schemaPath:"#/$defs/verdict/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data11 <= 0 || isNaN(data11)){const err23 = {instancePath:instancePath+"/" + i0+"/confidence",schemaPath:"#/$defs/verdict/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/" + i0+"/confidence",schemaPath:"#/$defs/verdict/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/verdict/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}}else {const err26 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}validate41.errors = vErrors;return errors === 0;}validate41.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};const validateProductionRecord = validate42;const schema88 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/production-record.schema.json","title":"ProductionRecord","description":"The payload of a `deploy:<project>` deployment of the production environment: what production runs. Written by actions/production-baseline (mode record), read by production-baseline (read mode), the release card and the monitor.","type":"object","required":["record_format","project","model_version","metrics","data_fingerprint","image","bundle","approved_by","deployed_at","run_url"],"properties":{"record_format":{"const":1},"project":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,30}$"},"model_version":{"type":"string","minLength":1},"metrics":{"description":"The bundle's metrics.json with `candidates` reduced to the chosen one (itself a valid metrics.json).","$ref":"metrics-file.schema.json"},"data_fingerprint":{"title":"RecordFingerprint","type":"object","required":["sha256","rows"],"properties":{"sha256":{"type":"string","pattern":"^[0-9a-f]{64}$"},"rows":{"type":"integer","minimum":0}}},"image":{"title":"RecordImage","type":"object","required":["uri","digest"],"properties":{"uri":{"type":"string","minLength":1},"digest":{"type":"string","minLength":1}}},"bundle":{"description":"Where the bundle is kept: an artifact URL or an s3:// URI.","type":"string","minLength":1},"bundle_sha256":{"description":"sha256 of the bundle's .tar.gz (train-model's bundle-sha256 output); absent in records written before issue 18.","type":"string","pattern":"^[0-9a-f]{64}$"},"approved_by":{"type":"string","minLength":1},"deployed_at":{"description":"RFC 3339 UTC.","type":"string","minLength":1},"run_url":{"description":"The run that deployed; its data-profile-<project> artifact is the training data's profile.","type":"string","minLength":1},"data_profile":{"title":"DataProfileRef","description":"The training data's profile (validate-data's profile-file), samples thinned to fit the payload budget.","type":"object","required":["sha256","sample_limit","profile"],"properties":{"sha256":{"description":"sha256 of the profile file as validate-data wrote it.","type":"string","pattern":"^[0-9a-f]{64}$"},"sample_limit":{"description":"Values kept per numeric column's sample; null when none was thinned.","oneOf":[{"type":"null"},{"type":"integer","minimum":1}]},"profile":{"description":"validate-data's profile document (format slipway-data-profile).","type":"object","additionalProperties":true}}},"data_source":{"title":"DataSource","description":"The S3 object version a data-arrived run trained on (its sha256 is data_fingerprint's); absent for other runs.","type":"object","additionalProperties":false,"required":["uri","version_id"],"properties":{"uri":{"description":"The s3:// URI of the object.","type":"string","pattern":"^s3://"},"version_id":{"description":"The object version; null in an unversioned bucket.","type":["string","null"],"minLength":1}}}}};const pattern26 = new RegExp("^s3://", "u");function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/production-record.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate42.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.record_format === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "record_format"},message:"must have required property '"+"record_format"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.project === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.model_version === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.metrics === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.data_fingerprint === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data_fingerprint"},message:"must have required property '"+"data_fingerprint"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.image === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "image"},message:"must have required property '"+"image"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.bundle === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bundle"},message:"must have required property '"+"bundle"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.approved_by === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "approved_by"},message:"must have required property '"+"approved_by"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.deployed_at === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "deployed_at"},message:"must have required property '"+"deployed_at"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.run_url === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "run_url"},message:"must have required property '"+"run_url"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.record_format !== undefined){if(1 !== data.record_format){const err10 = {instancePath:instancePath+"/record_format",schemaPath:"#/properties/record_format/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.project !== undefined){let data1 = data.project;if(typeof data1 === "string"){if(!pattern16.test(data1)){const err11 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,30}$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.model_version !== undefined){let data2 = data.model_version;if(typeof data2 === "string"){if(func2(data2) < 1){const err13 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}else {const err14 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.metrics !== undefined){if(!(validate28(data.metrics, {instancePath:instancePath+"/metrics",parentData:data,parentDataProperty:"metrics",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);errors = vErrors.length;}}if(data.data_fingerprint !== undefined){let data4 = data.data_fingerprint;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.sha256 === undefined){const err15 = {instancePath:instancePath+"/data_fingerprint",schemaPath:"#/properties/data_fingerprint/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data4.rows === undefined){const err16 = {instancePath:instancePath+"/data_fingerprint",schemaPath:"#/properties/data_fingerprint/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if(data4.sha256 !== undefined){let data5 = data4.sha256;if(typeof data5 === "string"){if(!pattern12.test(data5)){const err17 = {instancePath:instancePath+"/data_fingerprint/sha256",schemaPath:"#/properties/data_fingerprint/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}else {const err18 = {instancePath:instancePath+"/data_fingerprint/sha256",schemaPath:"#/properties/data_fingerprint/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data4.rows !== undefined){let data6 = data4.rows;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err19 = {instancePath:instancePath+"/data_fingerprint/rows",schemaPath:"#/properties/data_fingerprint/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 0 || isNaN(data6)){const err20 = {instancePath:instancePath+"/data_fingerprint/rows",schemaPath:"#/properties/data_fingerprint/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}}else {const err21 = {instancePath:instancePath+"/data_fingerprint",schemaPath:"#/properties/data_fingerprint/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.image !== undefined){let data7 = data.image;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.uri === undefined){const err22 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data7.digest === undefined){const err23 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/required",keyword:"required",params:{missingProperty: "digest"},message:"must have required property '"+"digest"+"'"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}if(data7.uri !== undefined){let data8 = data7.uri;if(typeof data8 === "string"){if(func2(data8) < 1){const err24 = {instancePath:instancePath+"/image/uri",schemaPath:"#/properties/image/properties/uri/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/image/uri",schemaPath:"#/properties/image/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data7.digest !== undefined){let data9 = data7.digest;if(typeof data9 === "string"){if(func2(data9) < 1){const err26 = {instancePath:instancePath+"/image/digest",schemaPath:"#/properties/image/properties/digest/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/image/digest",schemaPath:"#/properties/image/properties/digest/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/image",schemaPath:"#/properties/image/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.bundle !== undefined){let data10 = data.bundle;if(typeof data10 === "string"){if(func2(data10) < 1){const err29 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}else {const err30 = {instancePath:instancePath+"/bundle",schemaPath:"#/properties/bundle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.bundle_sha256 !== undefined){let data11 = data.bundle_sha256;if(typeof data11 === "string"){if(!pattern12.test(data11)){const err31 = {instancePath:instancePath+"/bundle_sha256",schemaPath:"#/properties/bundle_sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}else {const err32 = {instancePath:instancePath+"/bundle_sha256",schemaPath:"#/properties/bundle_sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.approved_by !== undefined){let data12 = data.approved_by;if(typeof data12 === "string"){if(func2(data12) < 1){const err33 = {instancePath:instancePath+"/approved_by",schemaPath:"#/properties/approved_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}else {const err34 = {instancePath:instancePath+"/approved_by",schemaPath:"#/properties/approved_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data.deployed_at !== undefined){let data13 = data.deployed_at;if(typeof data13 === "string"){if(func2(data13) < 1){const err35 = {instancePath:instancePath+"/deployed_at",schemaPath:"#/properties/deployed_at/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}else {const err36 = {instancePath:instancePath+"/deployed_at",schemaPath:"#/properties/deployed_at/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data.run_url !== undefined){let data14 = data.run_url;if(typeof data14 === "string"){if(func2(data14) < 1){const err37 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/run_url",schemaPath:"#/properties/run_url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.data_profile !== undefined){let data15 = data.data_profile;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){if(data15.sha256 === undefined){const err39 = {instancePath:instancePath+"/data_profile",schemaPath:"#/properties/data_profile/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if(data15.sample_limit === undefined){const err40 = {instancePath:instancePath+"/data_profile",schemaPath:"#/properties/data_profile/required",keyword:"required",params:{missingProperty: "sample_limit"},message:"must have required property '"+"sample_limit"+"'"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}if(data15.profile === undefined){const err41 = {instancePath:instancePath+"/data_profile",schemaPath:"#/properties/data_profile/required",keyword:"required",params:{missingProperty: "profile"},message:"must have required property '"+"profile"+"'"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data15.sha256 !== undefined){let data16 = data15.sha256;if(typeof data16 === "string"){if(!pattern12.test(data16)){const err42 = {instancePath:instancePath+"/data_profile/sha256",schemaPath:"#/properties/data_profile/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/data_profile/sha256",schemaPath:"#/properties/data_profile/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data15.sample_limit !== undefined){let data17 = data15.sample_limit;const _errs34 = errors;let valid4 = false;let passing0 = null;const _errs35 = errors;if(data17 !== null){const err44 = {instancePath:instancePath+"/data_profile/sample_limit",schemaPath:"#/properties/data_profile/properties/sample_limit/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}var _valid0 = _errs35 === errors;if(_valid0){valid4 = true;passing0 = 0;}const _errs37 = errors;if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){const err45 = {instancePath:instancePath+"/data_profile/sample_limit",schemaPath:"#/properties/data_profile/properties/sample_limit/oneOf/1/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data17 == "number") && (isFinite(data17))){if(data17 < 1 || isNaN(data17)){const err46 = {instancePath:instancePath+"/data_profile/sample_limit",schemaPath:"#/properties/data_profile/properties/sample_limit/oneOf/1/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}var _valid0 = _errs37 === errors;if(_valid0 && valid4){valid4 = false;passing0 = [passing0, 1];}else {if(_valid0){valid4 = true;passing0 = 1;}}if(!valid4){const err47 = {instancePath:instancePath+"/data_profile/sample_limit",schemaPath:"#/properties/data_profile/properties/sample_limit/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}else {errors = _errs34;if(vErrors !== null){if(_errs34){vErrors.length = _errs34;}else {vErrors = null;}}}}if(data15.profile !== undefined){let data18 = data15.profile;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){}else {const err48 = {instancePath:instancePath+"/data_profile/profile",schemaPath:"#/properties/data_profile/properties/profile/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/data_profile",schemaPath:"#/properties/data_profile/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data.data_source !== undefined){let data19 = data.data_source;if(data19 && typeof data19 == "object" && !Array.isArray(data19)){if(data19.uri === undefined){const err50 = {instancePath:instancePath+"/data_source",schemaPath:"#/properties/data_source/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}if(data19.version_id === undefined){const err51 = {instancePath:instancePath+"/data_source",schemaPath:"#/properties/data_source/required",keyword:"required",params:{missingProperty: "version_id"},message:"must have required property '"+"version_id"+"'"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}for(const key0 in data19){if(!((key0 === "uri") || (key0 === "version_id"))){const err52 = {instancePath:instancePath+"/data_source",schemaPath:"#/properties/data_source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data19.uri !== undefined){let data20 = data19.uri;if(typeof data20 === "string"){if(!pattern26.test(data20)){const err53 = {instancePath:instancePath+"/data_source/uri",schemaPath:"#/properties/data_source/properties/uri/pattern",keyword:"pattern",params:{pattern: "^s3://"},message:"must match pattern \""+"^s3://"+"\""};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}else {const err54 = {instancePath:instancePath+"/data_source/uri",schemaPath:"#/properties/data_source/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data19.version_id !== undefined){let data21 = data19.version_id;if((typeof data21 !== "string") && (data21 !== null)){const err55 = {instancePath:instancePath+"/data_source/version_id",schemaPath:"#/properties/data_source/properties/version_id/type",keyword:"type",params:{type: schema88.properties.data_source.properties.version_id.type},message:"must be string,null"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}if(typeof data21 === "string"){if(func2(data21) < 1){const err56 = {instancePath:instancePath+"/data_source/version_id",schemaPath:"#/properties/data_source/properties/version_id/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}}}else {const err57 = {instancePath:instancePath+"/data_source",schemaPath:"#/properties/data_source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}}else {const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}validate42.errors = vErrors;return errors === 0;}validate42.evaluated = {"props":{"record_format":true,"project":true,"model_version":true,"metrics":true,"data_fingerprint":true,"image":true,"bundle":true,"bundle_sha256":true,"approved_by":true,"deployed_at":true,"run_url":true,"data_profile":true,"data_source":true},"dynamicProps":false,"dynamicItems":false};const validatePredictionRecord = validate44;const schema89 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/prediction-record.schema.json","title":"Slipway prediction record","description":"One line of a prediction records file (JSON lines): a prediction the inference server answered, recorded off the request path at the configured sample rate. Written by the server (ml/slipway_ml/serve), read by the monitor action and the server's live summary.","type":"object","additionalProperties":false,"required":["id","time","project","model_version","inputs","prediction","interval"],"properties":{"id":{"description":"The prediction_id the answer carried: 32 lowercase hex digits (a random UUID4 without dashes).","type":"string","pattern":"^[0-9a-f]{32}$"},"time":{"description":"When the prediction was answered, UTC, RFC 3339 with milliseconds and a Z suffix.","type":"string","format":"date-time"},"project":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,30}$"},"model_version":{"description":"The bundle version that answered, <project>-<12 hex>.","type":"string"},"inputs":{"description":"The validated feature values the model read, by feature name (null where empty was allowed).","type":"object","additionalProperties":{"type":["number","string","boolean","null"]}},"prediction":{"type":"number"},"interval":{"description":"The answer's prediction interval; null when the bundle has none.","oneOf":[{"type":"null"},{"type":"object","additionalProperties":false,"required":["lower","upper","coverage"],"properties":{"lower":{"type":"number"},"upper":{"type":"number"},"coverage":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1}}}]},"out_of_profile":{"description":"Inputs outside the training rows' range or categories (as in the answer); absent when none.","type":"array","items":{"type":"string"}}}};const pattern27 = new RegExp("^[0-9a-f]{32}$", "u");function validate44(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/prediction-record.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate44.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.time === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.project === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.model_version === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "model_version"},message:"must have required property '"+"model_version"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.inputs === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.prediction === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prediction"},message:"must have required property '"+"prediction"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.interval === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "interval"},message:"must have required property '"+"interval"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!((((((((key0 === "id") || (key0 === "time")) || (key0 === "project")) || (key0 === "model_version")) || (key0 === "inputs")) || (key0 === "prediction")) || (key0 === "interval")) || (key0 === "out_of_profile"))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.id !== undefined){let data0 = data.id;if(typeof data0 === "string"){if(!pattern27.test(data0)){const err8 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.time !== undefined){let data1 = data.time;if(typeof data1 === "string"){if(!(formats0.test(data1))){const err10 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}else {const err11 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.project !== undefined){let data2 = data.project;if(typeof data2 === "string"){if(!pattern16.test(data2)){const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,30}$"+"\""};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}else {const err13 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.model_version !== undefined){if(typeof data.model_version !== "string"){const err14 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.inputs !== undefined){let data4 = data.inputs;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key1 in data4){let data5 = data4[key1];if((((!((typeof data5 == "number") && (isFinite(data5)))) && (typeof data5 !== "string")) && (typeof data5 !== "boolean")) && (data5 !== null)){const err15 = {instancePath:instancePath+"/inputs/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/inputs/additionalProperties/type",keyword:"type",params:{type: schema89.properties.inputs.additionalProperties.type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}else {const err16 = {instancePath:instancePath+"/inputs",schemaPath:"#/properties/inputs/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.prediction !== undefined){let data6 = data.prediction;if(!((typeof data6 == "number") && (isFinite(data6)))){const err17 = {instancePath:instancePath+"/prediction",schemaPath:"#/properties/prediction/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.interval !== undefined){let data7 = data.interval;const _errs18 = errors;let valid2 = false;let passing0 = null;const _errs19 = errors;if(data7 !== null){const err18 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/0/type",keyword:"type",params:{type: "null"},message:"must be null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}var _valid0 = _errs19 === errors;if(_valid0){valid2 = true;passing0 = 0;}const _errs21 = errors;if(data7 && typeof data7 == "object" && !Array.isArray(data7)){if(data7.lower === undefined){const err19 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/1/required",keyword:"required",params:{missingProperty: "lower"},message:"must have required property '"+"lower"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data7.upper === undefined){const err20 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/1/required",keyword:"required",params:{missingProperty: "upper"},message:"must have required property '"+"upper"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data7.coverage === undefined){const err21 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/1/required",keyword:"required",params:{missingProperty: "coverage"},message:"must have required property '"+"coverage"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key2 in data7){if(!(((key2 === "lower") || (key2 === "upper")) || (key2 === "coverage"))){const err22 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data7.lower !== undefined){let data8 = data7.lower;if(!((typeof data8 == "number") && (isFinite(data8)))){const err23 = {instancePath:instancePath+"/interval/lower",schemaPath:"#/properties/interval/oneOf/1/properties/lower/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data7.upper !== undefined){let data9 = data7.upper;if(!((typeof data9 == "number") && (isFinite(data9)))){const err24 = {instancePath:instancePath+"/interval/upper",schemaPath:"#/properties/interval/oneOf/1/properties/upper/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data7.coverage !== undefined){let data10 = data7.coverage;if((typeof data10 == "number") && (isFinite(data10))){if(data10 >= 1 || isNaN(data10)){const err25 = {instancePath:instancePath+"/interval/coverage",schemaPath:"#/properties/interval/oneOf/1/properties/coverage/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data10 <= 0 || isNaN(data10)){const err26 = {instancePath:instancePath+"/interval/coverage",schemaPath:"#/properties/interval/oneOf/1/properties/coverage/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/interval/coverage",schemaPath:"#/properties/interval/oneOf/1/properties/coverage/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}else {const err28 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}var _valid0 = _errs21 === errors;if(_valid0 && valid2){valid2 = false;passing0 = [passing0, 1];}else {if(_valid0){valid2 = true;passing0 = 1;}}if(!valid2){const err29 = {instancePath:instancePath+"/interval",schemaPath:"#/properties/interval/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}else {errors = _errs18;if(vErrors !== null){if(_errs18){vErrors.length = _errs18;}else {vErrors = null;}}}}if(data.out_of_profile !== undefined){let data11 = data.out_of_profile;if(Array.isArray(data11)){const len0 = data11.length;for(let i0=0; i0<len0; i0++){if(typeof data11[i0] !== "string"){const err30 = {instancePath:instancePath+"/out_of_profile/" + i0,schemaPath:"#/properties/out_of_profile/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/out_of_profile",schemaPath:"#/properties/out_of_profile/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}validate44.errors = vErrors;return errors === 0;}validate44.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateFeedbackRecord = validate45;const schema90 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/feedback-record.schema.json","title":"Slipway feedback record","description":"One line of a feedback records file (JSON lines): the true value of an earlier prediction, accepted by POST /api/v1/feedback. Written by the inference server beside the prediction records; read by the monitor action and the server's live summary. At most one record per prediction_id is accepted (a replay with the same value is a no-op, a different value is refused).","type":"object","additionalProperties":false,"required":["prediction_id","time","project","actual"],"properties":{"prediction_id":{"type":"string","pattern":"^[0-9a-f]{32}$"},"time":{"description":"When the feedback was accepted, UTC, RFC 3339 with milliseconds and a Z suffix.","type":"string","format":"date-time"},"project":{"type":"string","pattern":"^[a-z][a-z0-9-]{0,30}$"},"model_version":{"description":"The version that made the prediction, copied from its record.","type":"string"},"actual":{"description":"The true target value, valid against the dataset contract's target column.","type":"number"}}};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/feedback-record.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate45.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.prediction_id === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "prediction_id"},message:"must have required property '"+"prediction_id"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.time === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "time"},message:"must have required property '"+"time"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.project === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.actual === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "actual"},message:"must have required property '"+"actual"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(((((key0 === "prediction_id") || (key0 === "time")) || (key0 === "project")) || (key0 === "model_version")) || (key0 === "actual"))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.prediction_id !== undefined){let data0 = data.prediction_id;if(typeof data0 === "string"){if(!pattern27.test(data0)){const err5 = {instancePath:instancePath+"/prediction_id",schemaPath:"#/properties/prediction_id/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{32}$"},message:"must match pattern \""+"^[0-9a-f]{32}$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/prediction_id",schemaPath:"#/properties/prediction_id/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.time !== undefined){let data1 = data.time;if(typeof data1 === "string"){if(!(formats0.test(data1))){const err7 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\""};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/time",schemaPath:"#/properties/time/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.project !== undefined){let data2 = data.project;if(typeof data2 === "string"){if(!pattern16.test(data2)){const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z][a-z0-9-]{0,30}$"},message:"must match pattern \""+"^[a-z][a-z0-9-]{0,30}$"+"\""};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}else {const err10 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.model_version !== undefined){if(typeof data.model_version !== "string"){const err11 = {instancePath:instancePath+"/model_version",schemaPath:"#/properties/model_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.actual !== undefined){let data4 = data.actual;if(!((typeof data4 == "number") && (isFinite(data4)))){const err12 = {instancePath:instancePath+"/actual",schemaPath:"#/properties/actual/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate45.errors = vErrors;return errors === 0;}validate45.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ../shared/src/schemas.ts


const validators = {
    'model-project': validateModelProject,
    'dataset-contract': validateDatasetContract,
    'metrics-file': validateMetricsFile,
    'paired-comparison': validatePairedComparison,
    'bundle-manifest': validateBundleManifest,
    'data-fingerprint': validateDataFingerprint,
    'feature-importance': validateFeatureImportance,
    'predictions-sample': validatePredictionsSample,
    'trainer-result': validateTrainerResult,
    'validation-report': validateValidationReport,
    'data-profile': validateDataProfile,
    'gate-verdicts': validateGateVerdicts,
    'production-record': validateProductionRecord,
    'prediction-record': validatePredictionRecord,
    'feedback-record': validateFeedbackRecord,
};
/** Throws SpecValidationError naming `file` and each offending path; returns the document typed. */
// T is the caller's name for what the schema guarantees; ajv cannot infer it from JSON.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
function schemas_validateDocument(name, data, file) {
    const validate = validators[name];
    if (!validate(data))
        throw new validation_errors_SpecValidationError(file, problemsFromAjv(validate.errors ?? [], data));
    return data;
}

;// CONCATENATED MODULE: ../shared/src/spec-loader.ts
// Loads model project specs and dataset contracts: YAML → schema validation → semantic checks
// the schema cannot express (columns a spec or contract refers to must exist).



function loadProjectSpec(file) {
    return schemas_validateDocument('model-project', readYamlFile(file, 'model project spec'), file);
}
function loadDatasetContract(file) {
    const contract = schemas_validateDocument('dataset-contract', readYamlFile(file, 'dataset contract'), file);
    const problems = contractProblems(contract);
    if (problems.length > 0)
        throw new validation_errors_SpecValidationError(file, problems);
    return contract;
}
function contractProblems(contract) {
    const names = new Set(contract.columns.map((c) => c.name));
    const problems = [];
    if (!names.has(contract.target)) {
        problems.push({ path: 'target', message: `column "${contract.target}" is not among the columns (${[...names].join(', ')})` });
    }
    (contract.primary_key ?? []).forEach((key, i) => {
        if (!names.has(key))
            problems.push({ path: `primary_key[${i}]`, message: `column "${key}" is not among the columns` });
    });
    contract.columns.forEach((column, i) => {
        if (column.min !== undefined && column.max !== undefined && column.min > column.max) {
            problems.push({ path: `columns[${i}].min`, message: `min ${column.min} is greater than max ${column.max}` });
        }
        if (column.max_null_rate !== undefined && column.nullable !== true) {
            problems.push({ path: `columns[${i}].max_null_rate`, message: 'applies to nullable columns only; set nullable: true or remove it' });
        }
    });
    return [...problems, ...checksProblems(contract, names)];
}
function checksProblems(contract, names) {
    const problems = [];
    (contract.checks?.leakage?.exempt ?? []).forEach((column, i) => {
        if (!names.has(column))
            problems.push({ path: `checks.leakage.exempt[${i}]`, message: `column "${column}" is not among the columns` });
    });
    const drift = contract.checks?.drift;
    if (drift?.psi_warning !== undefined && drift.psi_error !== undefined && drift.psi_warning > drift.psi_error) {
        problems.push({
            path: 'checks.drift.psi_warning',
            message: `psi_warning ${drift.psi_warning} is greater than psi_error ${drift.psi_error}`,
        });
    }
    return problems;
}
/** Checks a spec's column references against its dataset's contract. */
function projectContractProblems(spec, contract) {
    const known = new Set(contract.columns.map((c) => c.name));
    const problems = [];
    (spec.features?.derived ?? []).forEach((feature, i) => {
        feature.inputs.forEach((input, j) => {
            const path = `features.derived[${i}].inputs[${j}]`;
            if (input === contract.target) {
                problems.push({ path, message: `"${input}" is the target; a feature computed from the target leaks it` });
            }
            else if (!known.has(input)) {
                problems.push({ path, message: `column "${input}" is not in dataset "${contract.dataset}" (${[...known].join(', ')})` });
            }
        });
        known.add(feature.name);
    });
    (spec.features?.exclude ?? []).forEach((column, i) => {
        if (!known.has(column))
            problems.push({ path: `features.exclude[${i}]`, message: `column "${column}" is not in dataset "${contract.dataset}"` });
    });
    return [...problems, ...splitProblems(spec, contract)];
}
/** split.group_by must be a column other than the target; split.stratify.column a category column. */
function splitProblems(spec, contract) {
    const columns = new Map(contract.columns.map((c) => [c.name, c]));
    const problems = [];
    const groupBy = spec.split.group_by;
    if (groupBy !== undefined && (!columns.has(groupBy) || groupBy === contract.target)) {
        problems.push({
            path: 'split.group_by',
            message: `"${groupBy}" is not a column of dataset "${contract.dataset}" other than the target`,
        });
    }
    const stratify = spec.split.stratify;
    if (stratify !== undefined && 'column' in stratify && columns.get(stratify.column)?.type !== 'category') {
        problems.push({
            path: 'split.stratify.column',
            message: `"${stratify.column}" is not a category column of dataset "${contract.dataset}"`,
        });
    }
    return problems;
}
/** Loads a spec and its contract together; problems are reported against the spec file. */
function loadProjectWithContract(options) {
    const spec = loadProjectSpec(options.specFile);
    const contract = loadDatasetContract(options.contractFile);
    const problems = projectContractProblems(spec, contract);
    if (problems.length > 0)
        throw new SpecValidationError(options.specFile, problems);
    return { spec, contract };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(4379);
;// CONCATENATED MODULE: ../shared/src/project-resolution.ts
// Where a project's files live: `project` is either a name (→ ml/projects/<name>.yaml under the
// workspace) or a path to a spec; `dataset: <name>` → <data root>/<name>/contract.yaml.



const PROJECT_NAME = /^[a-z0-9][a-z0-9-]*$/;
function projectsDir(workspace) {
    return (0,external_node_path_.join)(workspace, 'ml', 'projects');
}
function listProjects(workspace) {
    const dir = projectsDir(workspace);
    if (!(0,external_node_fs_.existsSync)(dir))
        return [];
    return (0,external_node_fs_.readdirSync)(dir)
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => f.slice(0, -'.yaml'.length))
        .sort();
}
/** Resolves the `project` value to an existing spec file, or says what exists instead. */
function resolveProjectSpecFile(options) {
    const { project, workspace } = options;
    const asName = PROJECT_NAME.test(project) && !/\.ya?ml$/.test(project);
    const file = asName ? (0,external_node_path_.join)(projectsDir(workspace), `${project}.yaml`) : (0,external_node_path_.isAbsolute)(project) ? project : (0,external_node_path_.resolve)(workspace, project);
    if ((0,external_node_fs_.existsSync)(file))
        return file;
    if (asName) {
        const known = listProjects(workspace);
        const listed = known.length > 0 ? `known projects: ${known.join(', ')}` : `no specs found in ${projectsDir(workspace)}`;
        throw new read_document_InputFileError(`project "${project}": ${file} does not exist (${listed}); give a project name or a path to a spec file`);
    }
    throw new read_document_InputFileError(`project "${project}": spec file ${file} does not exist; give a project name or a path to a spec file`);
}
/**
 * The data root of a project spec: the `data/` folder of the spec's repository, which is the
 * nearest folder at or above the spec's own folder that has a `data/` folder; else (a spec with
 * no such folder above it) `<workspace>/data`. Every step looks for the dataset's contract there
 * (the trainer too: ml/slipway_ml/data_resolve.py), for specs inside or outside the repository.
 */
function dataRootFor(specFile, workspace) {
    for (let dir = (0,external_node_path_.dirname)((0,external_node_path_.resolve)(specFile));; dir = (0,external_node_path_.dirname)(dir)) {
        const data = (0,external_node_path_.join)(dir, 'data');
        if ((0,external_node_fs_.existsSync)(data) && (0,external_node_fs_.statSync)(data).isDirectory())
            return data;
        if ((0,external_node_path_.dirname)(dir) === dir)
            return (0,external_node_path_.join)(workspace, 'data');
    }
}
function contractFileFor(options) {
    return (0,external_node_path_.join)(options.dataRoot, options.dataset, 'contract.yaml');
}

;// CONCATENATED MODULE: ../shared/src/metrics-file.ts
// Reads a bundle's metrics.json (or the bundle folder holding it) and checks its shape, so a
// missing or misspelt metric is reported with the file and field instead of as `undefined`.




/** A metrics.json path, given either the file or the bundle folder that holds it. */
function metricsFilePath(path) {
    try {
        return statSync(path).isDirectory() ? join(path, 'metrics.json') : path;
    }
    catch {
        return path;
    }
}
function readMetricsFile(path) {
    const file = metricsFilePath(path);
    const metrics = validateDocument('metrics-file', readJsonFile(file, 'metrics file'), file);
    return { file, metrics };
}
/** train-model's paired-comparison.json (the production model scored on the candidate's test rows). */
function readPairedComparison(file) {
    return validateDocument('paired-comparison', readJsonFile(file, 'paired comparison file'), file);
}
/** The value of `metric` in a metrics block, or an error naming the file and the field. */
function requireMetric(options) {
    const value = options.values[options.metric];
    const reason = options.undefinedReasons?.[options.metric];
    if (value === null || (value === undefined && reason !== undefined)) {
        throw new InputFileError(`${options.file}: ${options.block}.${options.metric}: metric "${options.metric}" is undefined (${reason ?? 'null in the file'}) but ${options.neededBy} needs it — gate on mse, rmse or mae instead`);
    }
    if (typeof value !== 'number') {
        throw new InputFileError(`${options.file}: ${options.block}.${options.metric}: metric "${options.metric}" is missing but ${options.neededBy} needs it — re-train with a trainer that reports it, or remove the gate`);
    }
    return value;
}

;// CONCATENATED MODULE: ../shared/src/markdown.ts
// Markdown for job summaries and PR reports: tables with escaped cells and readable numbers.
/** Escapes a table cell: `|` would end the cell and a newline would end the row. */
function escapeCell(text) {
    return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}
const ALIGN_MARK = { left: '---', right: '---:', center: ':---:' };
function markdownTable(options) {
    const { headers, rows } = options;
    const width = headers.length;
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    const marks = headers.map((_, i) => ALIGN_MARK[options.align?.[i] ?? 'left']);
    const body = rows.map((row) => {
        if (row.length !== width)
            throw new Error(`table row has ${row.length} cells, the header has ${width}`);
        return line(row);
    });
    return [line(headers), `| ${marks.join(' | ')} |`, ...body].join('\n');
}
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
/** Thousands grouped for large values, four significant digits for small ones. */
function formatNumber(value) {
    if (value === null || value === undefined)
        return '—';
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '−∞';
    const abs = Math.abs(value);
    if (abs >= 1000)
        return grouped.format(value);
    if (abs === 0)
        return '0';
    if (abs >= 1)
        return String(Number(value.toFixed(3)));
    return String(Number(value.toPrecision(4)));
}
/** A fraction as a signed percentage: 0.0512 → "+5.12 %". */
function formatPercent(fraction, options = {}) {
    if (fraction === null || fraction === undefined)
        return '—';
    if (!Number.isFinite(fraction))
        return formatNumber(fraction);
    const sign = options.signed && fraction > 0 ? '+' : '';
    return `${sign}${(fraction * 100).toFixed(2)} %`;
}
/** A bootstrap interval as "[low, high]" ("—" when the metrics file has none). */
function formatInterval(interval) {
    return interval === undefined ? '—' : `[${formatNumber(interval.low)}, ${formatNumber(interval.high)}]`;
}
/** "95 % interval over 400 rows, 1000 resamples" from metrics.json's bootstrap block. */
function bootstrapCaption(bootstrap) {
    if (bootstrap === undefined)
        return 'this metrics file has no bootstrap intervals (trained before they were added)';
    return `${+(bootstrap.confidence * 100).toFixed(2)} % bootstrap interval over the ${bootstrap.rows} test rows (${bootstrap.resamples} seeded resamples)`;
}
function inlineCode(text) {
    return `\`${text.replace(/`/g, 'ˋ')}\``;
}

;// CONCATENATED MODULE: ../shared/src/write-file.ts
// Writes a file under its final name only when it is complete (temp file + rename), so a
// reader never sees half a report.


function writeFileAtomic(file, content) {
    (0,external_node_fs_.mkdirSync)((0,external_node_path_.dirname)(file), { recursive: true });
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(file), `.${(0,external_node_path_.basename)(file)}.${process.pid}.tmp`);
    (0,external_node_fs_.writeFileSync)(temp, content);
    (0,external_node_fs_.renameSync)(temp, file);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../shared/src/file-sha256.ts
// A file's sha256, read in chunks: a dataset or bundle tarball is never held whole in memory.
// Synchronous on purpose: validate-data hashes on worker threads, and the actions have nothing
// else to do while they hash.


const CHUNK = 4 << 20;
function fileSha256(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(CHUNK);
    const fd = (0,external_node_fs_.openSync)(file, 'r');
    try {
        for (let read = (0,external_node_fs_.readSync)(fd, buffer); read > 0; read = (0,external_node_fs_.readSync)(fd, buffer))
            hash.update(buffer.subarray(0, read));
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ../shared/src/runner-context.ts
// What the GitHub runner provides around an action's inputs, read once at the edge.

function runnerContext(env = process.env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return {
        workspace,
        runnerTemp: env.RUNNER_TEMP || (0,external_node_path_.join)(workspace, '.slipway-tmp'),
        ...(env.GITHUB_SHA ? { gitSha: env.GITHUB_SHA } : {}),
    };
}
/** Paths in inputs are relative to the workspace, as in a workflow's `run:` steps. */
function resolveInWorkspace(path, workspace) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
}

;// CONCATENATED MODULE: ../shared/src/input-values.ts
// Parsers for input values that several actions take in the same form.
/** `true`/`false` in any case and surrounding space; anything else is rejected, quoted. */
function parseBoolean(name, raw) {
    const value = raw.trim().toLowerCase();
    if (value === 'true')
        return true;
    if (value === 'false')
        return false;
    throw new Error(`input ${name}: "${raw}" is not a boolean; use true or false`);
}

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2825);
;// CONCATENATED MODULE: ../shared/src/logger.ts
// What an action prints, behind an interface so tests can read it back.

const coreLogger = {
    info: (message) => {
        core/* info */.pq(message);
    },
    warning: (message) => {
        core/* warning */.$e(message);
    },
    group: (name, body) => core/* group */.Os(name, body),
};

;// CONCATENATED MODULE: ../shared/src/poll.ts
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted) {
            resolve();
            return;
        }
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
const realClock = { now: () => Date.now(), sleep };
/** `12.5 s` under two minutes, `3.5 min` from there. */
function duration(ms) {
    return ms < 120_000 ? `${Number((ms / 1000).toFixed(1))} s` : `${Number((ms / 60_000).toFixed(1))} min`;
}
async function pollUntil(request) {
    const { log, clock, cancel } = request;
    const started = clock.now();
    let lastLine = '';
    for (;;) {
        const state = await request.describe();
        const line = request.progressLine(state);
        // Print on change only: a rollout or a canary that bakes for minutes stays readable.
        if (line !== lastLine) {
            log.info(`${new Date(clock.now()).toISOString()} ${line}`);
            request.onProgress?.(line);
        }
        lastLine = line;
        const decided = request.decide(state);
        if (decided !== undefined)
            return decided;
        if (cancel?.signal.aborted)
            return cancel.outcome(state, line);
        const elapsed = clock.now() - started;
        if (elapsed >= request.timeoutMs)
            return request.timedOut(state, line);
        await clock.sleep(Math.min(request.pollIntervalMs, request.timeoutMs - elapsed), cancel?.signal);
    }
}

;// CONCATENATED MODULE: ../shared/src/statistics/numbers.ts
// Plain helpers on numeric arrays shared by validate-data's profile and the monitor's drift.
/** Element i, NaN when out of range (indexes here are always in range; this keeps types honest). */
const at = (values, i) => values[i] ?? Number.NaN;
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

;// CONCATENATED MODULE: ../shared/src/statistics/histogram.ts
// Decile histograms: the bins a profile keeps per numeric column, and live values counted in them.

const HISTOGRAM_QUANTILES = 10;
/** Edges at min, the deciles of the sampled values and max; counts of sampled values per bin. */
function decileHistogram(sorted, min, max) {
    const inner = Array.from({ length: HISTOGRAM_QUANTILES - 1 }, (_, i) => quantile(sorted, (i + 1) / HISTOGRAM_QUANTILES));
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
        const value = at(sorted, i);
        while (bin < edges.length - 2 && value >= at(edges, bin + 1))
            bin += 1;
        counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts;
}
function countInBins(edges, values) {
    const counts = new Array(edges.length - 1).fill(0);
    for (let i = 0; i < values.length; i++) {
        const bin = binOf(edges, at(values, i));
        counts[bin] = (counts[bin] ?? 0) + 1;
    }
    return counts;
}

;// CONCATENATED MODULE: ../shared/src/statistics/distribution.ts
// Distribution comparisons for drift: PSI, the two-sample Kolmogorov–Smirnov test and the
// chi-square test of homogeneity, with their p-values. Checked against scipy
// (actions/validate-data/test/stats.test.ts, schemas/vectors/drift/).

/** Proportion used for an empty bin on either side, so PSI stays finite (stated in the README). */
const PSI_EPSILON = 1e-4;
/** Population stability index Σ (a − e) · ln(a / e) over bin proportions (e: reference, a: actual). */
function psi(reference, actual) {
    const totalRef = reference.reduce((s, v) => s + v, 0);
    const totalAct = actual.reduce((s, v) => s + v, 0);
    let sum = 0;
    reference.forEach((count, i) => {
        const e = Math.max(count / totalRef, PSI_EPSILON);
        const a = Math.max(at(actual, i) / totalAct, PSI_EPSILON);
        sum += (a - e) * Math.log(a / e);
    });
    return sum;
}
/** D = sup |F1 − F2| of two sorted samples (ties handled as scipy.stats.ks_2samp). */
function ksStatistic(a, b) {
    let i = 0;
    let j = 0;
    let d = 0;
    while (i < a.length && j < b.length) {
        const x = Math.min(at(a, i), at(b, j));
        while (i < a.length && at(a, i) <= x)
            i += 1;
        while (j < b.length && at(b, j) <= x)
            j += 1;
        d = Math.max(d, Math.abs(i / a.length - j / b.length));
    }
    return d;
}
/**
 * Survival function of the limiting Kolmogorov distribution (scipy.stats.kstwobign.sf): the
 * asymptotic two-sample p-value is kolmogorovSf(√(n·m/(n+m)) · D).
 */
function kolmogorovSf(lambda) {
    if (lambda <= 0)
        return 1;
    if (lambda < 1) {
        // Small λ: the Jacobi-theta form of the CDF converges in a few terms.
        const c = (Math.PI * Math.PI) / (8 * lambda * lambda);
        let cdf = 0;
        for (let k = 1; k <= 20; k++)
            cdf += Math.exp(-(2 * k - 1) * (2 * k - 1) * c);
        return 1 - (Math.sqrt(2 * Math.PI) / lambda) * cdf;
    }
    let sf = 0;
    for (let k = 1; k <= 100; k++) {
        const term = Math.exp(-2 * k * k * lambda * lambda);
        sf += (k % 2 === 1 ? 2 : -2) * term;
        if (term < 1e-17)
            break;
    }
    return Math.min(1, Math.max(0, sf));
}
function ksTwoSample(a, b) {
    const d = ksStatistic(a, b);
    const en = (a.length * b.length) / (a.length + b.length);
    return { statistic: d, pValue: kolmogorovSf(Math.sqrt(en) * d) };
}
/** Chi-square test of homogeneity on a 2 × k table of counts (no continuity correction). */
function chiSquareHomogeneity(reference, actual) {
    const kept = reference.map((r, i) => [r, at(actual, i)]).filter(([r, a]) => r + a > 0);
    const totalRef = kept.reduce((s, [r]) => s + r, 0);
    const totalAct = kept.reduce((s, [, a]) => s + a, 0);
    const total = totalRef + totalAct;
    let statistic = 0;
    for (const [r, a] of kept) {
        const column = r + a;
        const eRef = (column * totalRef) / total;
        const eAct = (column * totalAct) / total;
        statistic += (r - eRef) ** 2 / eRef + (a - eAct) ** 2 / eAct;
    }
    const dof = kept.length - 1;
    return { statistic, dof, pValue: dof < 1 ? 1 : chiSquareSf(statistic, dof) };
}
/** P(χ²_dof > x) = Q(dof/2, x/2), the regularised upper incomplete gamma function. */
function chiSquareSf(x, dof) {
    return x <= 0 ? 1 : upperGammaQ(dof / 2, x / 2);
}
function upperGammaQ(a, x) {
    return x < a + 1 ? 1 - lowerSeries(a, x) : upperFraction(a, x);
}
// Numerical Recipes §6.2: series for P(a, x) when x < a + 1, continued fraction for Q otherwise.
function lowerSeries(a, x) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 1000; n++) {
        term *= x / (a + n);
        sum += term;
        if (Math.abs(term) < Math.abs(sum) * 1e-15)
            break;
    }
    return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}
function upperFraction(a, x) {
    const tiny = 1e-300;
    let b = x + 1 - a;
    let c = 1 / tiny;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 1000; i++) {
        const an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (Math.abs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (Math.abs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const delta = d * c;
        h *= delta;
        if (Math.abs(delta - 1) < 1e-15)
            break;
    }
    return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}
const LANCZOS = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905,
    -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
/** ln Γ(z) for z > 0 (Lanczos, g = 7). */
function logGamma(z) {
    if (z < 0.5)
        return Math.log(Math.PI / Math.sin(Math.PI * z)) - logGamma(1 - z);
    const w = z - 1;
    let sum = at(LANCZOS, 0);
    for (let i = 1; i < LANCZOS.length; i++)
        sum += at(LANCZOS, i) / (w + i);
    const t = w + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}

;// CONCATENATED MODULE: ../shared/src/statistics/drift.ts
// Drift of one column against a reference profile column: PSI over the reference's bins
// (numeric) or categories, plus a distribution test (two-sample KS on the reference sample;
// chi-square homogeneity on the category counts). One definition for validate-data (a new data
// file against the training profile) and the monitor (live inputs against it); the Python live
// summary reproduces it from the shared vectors in schemas/vectors/drift/.

const named = (r) => ({ statistic: r.statistic, p_value: r.pValue });
/**
 * reference: the profile's bin counts and its sorted sample; liveCounts: every live value counted
 * in the reference bins (countInBins); liveSorted: the live values (or a uniform sample of them),
 * ascending.
 */
function numericDrift(reference, liveCounts, liveSorted) {
    return {
        psi: psi(reference.counts, liveCounts),
        test: 'KS',
        ...named(ksTwoSample(reference.sample, liveSorted)),
        new_categories: {},
    };
}
/** Counts per category; the reference's categories first, then new ones in the live order. */
function categoryDrift(before, now) {
    const values = [...new Set([...Object.keys(before), ...Object.keys(now)])];
    const reference = values.map((v) => before[v] ?? 0);
    const actual = values.map((v) => now[v] ?? 0);
    const fresh = Object.fromEntries(values.filter((v) => (before[v] ?? 0) === 0 && (now[v] ?? 0) > 0).map((v) => [v, now[v] ?? 0]));
    return { psi: psi(reference, actual), test: 'chi-square', ...named(chiSquareHomogeneity(reference, actual)), new_categories: fresh };
}

;// CONCATENATED MODULE: ../shared/src/index.ts
// @slipway/shared: what the Slipway actions (and the local runner) share.



















// The Octokit client is imported from '@slipway/shared/github' by the actions that call GitHub,
// so the other bundles do not carry (and start) Octokit.






/***/ }),

/***/ 6194:
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
// two samples of two parts of a file merge into exactly the sample of the whole (validate-data's
// split.ts and the monitor's worker thread read a big input in two parts on two threads).
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

/***/ 8678:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RE: () => (/* binding */ candidateBuffers),
/* harmony export */   eE: () => (/* binding */ findCandidates),
/* harmony export */   iV: () => (/* binding */ oneGroup)
/* harmony export */ });
/** The buffers of a set, to move it to another thread. */
function candidateBuffers(set) {
    return [set.line.buffer, set.ref.buffer, set.firstLine.buffer, set.firstRef.buffer, set.groupEnd.buffer];
}
/** One group: a first entry and the candidates that repeat its hash. */
function oneGroup(first, line, ref) {
    return {
        line,
        ref,
        firstLine: Float64Array.of(first.line),
        firstRef: Float64Array.of(first.ref),
        groupEnd: Uint32Array.of(line.length),
    };
}
/** The candidates of segments given in file order. */
function findCandidates(segments) {
    const firstOf = firstEntries(segments);
    const total = firstOf.length;
    // Per first entry, its count of candidates; then where its group's next candidate goes.
    const slot = new Uint32Array(total);
    let candidates = 0;
    for (let e = 0; e < total; e++) {
        const f = firstOf[e] ?? -1;
        if (f >= 0) {
            slot[f] = (slot[f] ?? 0) + 1;
            candidates += 1;
        }
    }
    let groups = 0;
    for (let f = 0; f < total; f++)
        if ((slot[f] ?? 0) > 0)
            groups += 1;
    const set = {
        line: new Float64Array(candidates),
        ref: new Float64Array(candidates),
        firstLine: new Float64Array(groups),
        firstRef: new Float64Array(groups),
        groupEnd: new Uint32Array(groups),
    };
    let g = 0;
    let end = 0;
    forEachEntry(segments, (e, line, ref) => {
        const size = slot[e] ?? 0;
        if (size === 0)
            return;
        set.firstLine[g] = line;
        set.firstRef[g] = ref;
        slot[e] = end;
        end += size;
        set.groupEnd[g++] = end;
    });
    forEachEntry(segments, (e, line, ref) => {
        const f = firstOf[e] ?? -1;
        if (f < 0)
            return;
        const at = slot[f] ?? 0;
        set.line[at] = line;
        set.ref[at] = ref;
        slot[f] = at + 1;
    });
    return set;
}
/** Calls visit with each entry's index over all segments, its line in the file and its ref. */
function forEachEntry(segments, visit) {
    let e = 0;
    for (const { log, lineOffset } of segments) {
        for (let i = 0; i < log.length; i++)
            visit(e++, (log.line[i] ?? 0) + lineOffset, log.ref[i] ?? 0);
    }
}
/**
 * For each entry, the index of the first entry with its hash, or -1 when it is that first entry
 * (an open-addressing table of the hashes, dropped on return).
 */
function firstEntries(segments) {
    // One segment's hashes are searched where they are; several segments' are joined (native copies).
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
    const his = hashes('hi');
    const los = hashes('lo');
    let size = 16;
    while (size < total * 2)
        size *= 2;
    const table = new Int32Array(size).fill(-1);
    const firstOf = new Int32Array(total).fill(-1);
    for (let e = 0; e < total; e++) {
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
                firstOf[e] = at;
                break;
            }
            slot = (slot + 1) & (size - 1);
        }
    }
    return firstOf;
}


/***/ }),

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
    /** Each partition's first hash, and whether a different one has followed it. */
    firstHi = new Uint32Array(PARTITIONS);
    firstLo = new Uint32Array(PARTITIONS);
    mixed = new Uint8Array(PARTITIONS);
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
            this.note(p, hi, lo);
        }
    }
    /** True when every entry written to partition p has one hash (a row repeated). */
    oneHash(p) {
        return (this.counts[p] ?? 0) > 0 && this.mixed[p] === 0;
    }
    note(p, hi, lo) {
        const count = this.counts[p] ?? 0;
        this.counts[p] = count + 1;
        if (count === 0) {
            this.firstHi[p] = hi;
            this.firstLo[p] = lo;
        }
        else if (hi !== this.firstHi[p] || lo !== this.firstLo[p])
            this.mixed[p] = 1;
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

/***/ 9615:
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
// EXTERNAL MODULE: ./src/reading/csv-reader.ts + 2 modules
var csv_reader = __webpack_require__(4479);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(4379);
// EXTERNAL MODULE: ./src/checks/candidates.ts
var candidates = __webpack_require__(8678);
// EXTERNAL MODULE: ./src/checks/dup-log.ts
var dup_log = __webpack_require__(2216);
;// CONCATENATED MODULE: ./src/checks/findings.ts
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

// EXTERNAL MODULE: ./src/reading/row-hash.ts
var row_hash = __webpack_require__(7102);
;// CONCATENATED MODULE: ./src/checks/duplicates.ts
// Exact duplicate rows and duplicate keys in bounded memory. Each row adds a 64-bit hash of its
// fields, its line and a ref (where to read it again) to a typed-array log: no per-row strings.
// Past the memory budget the log goes to hash partitions on disk, each processed alone at the
// end. Equal hashes are candidates only: the rows are read again through the ref and compared
// field by field, so a hash collision never reports a false duplicate.







/** The memory of one validation's duplicate logs, shared by its finders (DuplicateChecks). */
const DEFAULT_BUDGET_BYTES = 48 * 1024 * 1024;
/** A log entry plus its two slots of the hash table built at the end. */
const BYTES_PER_ROW = dup_log/* ENTRY_BYTES */.nC + 8;
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
        this.mask = options.hashBits === undefined ? row_hash/* FULL */.eW : (0,row_hash/* hashMask */.V0)(options.hashBits);
        this.budgetRows = Math.max(16, Math.floor((options.budgetBytes ?? DEFAULT_BUDGET_BYTES) / BYTES_PER_ROW));
        this.log = new dup_log/* EntryLog */.Bn(1024, this.budgetRows);
    }
    add(fields, line, ref) {
        (0,row_hash/* hashFields */.MR)(this.project(fields), this.hash, this.mask);
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
     * With search, when both parts' entries are in memory and within one budget together, their
     * candidates are searched there (on another thread, while this one goes on) and both logs are
     * handed to it; past the budget they go to disk, as one thread's would.
     */
    absorb(state, lineOffset, search) {
        if ('log' in state) {
            const log = dup_log/* EntryLog */.Bn.revive(state.log);
            if (search !== undefined && this.spill === null && this.log.length + log.length <= this.budgetRows) {
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
                await this.confirm((0,candidates/* findCandidates */.eE)([{ log: this.log, lineOffset: 0 }]), fetch, report);
                return report.result();
            }
            this.spillLog();
            this.spill.close();
            for (const [p, file] of this.spill.files.entries()) {
                const sources = [{ file, lineOffset: 0 }, ...(this.extra[p] ?? [])];
                // Absorbed files' hashes are not known here: a partition with them is split once to see.
                const oneHash = sources.length === 1 && this.spill.oneHash(p);
                await this.processFile(sources, this.spill.counts[p] ?? 0, 1, fetch, report, oneHash);
            }
            return report.result();
        }
        finally {
            for (const dir of [this.dir, ...this.extraDirs])
                if (dir !== null)
                    (0,external_node_fs_.rmSync)(dir, { recursive: true, force: true });
        }
    }
    spillLog() {
        if (this.spill === null) {
            this.dir = (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.options.tempDir ?? process.env.RUNNER_TEMP ?? (0,external_node_os_.tmpdir)(), 'slipway-duplicates-'));
            this.spill = new dup_log/* PartitionFiles */.kZ(this.dir, 'level0', 0);
        }
        this.spill.append(this.log);
        this.log.clear();
    }
    /**
     * One partition, from its files in line order (this finder's, then absorbed parts'); a
     * partition too big for the budget is split again on the next hash bits, unless its entries
     * all share one hash (oneHash), which no split can part.
     */
    async processFile(sources, count, level, fetch, report, oneHash = false) {
        if (count === 0)
            return;
        if ((oneHash || level > dup_log/* MAX_LEVEL */.sD) && count > this.budgetRows) {
            // All these entries share one hash (a row repeated many times): streamed against the
            // first, a batch at a time, memory stays bounded however many.
            await this.confirmOneHash(sources, fetch, report);
            return;
        }
        if (count <= this.budgetRows) {
            // Sized to the partition up front: no doubling, no second copy.
            const log = new dup_log/* EntryLog */.Bn(Math.max(1, count));
            for (const { file, lineOffset } of sources) {
                for (const chunk of (0,dup_log/* readEntryChunks */.nv)(file))
                    log.appendAll(chunk, lineOffset);
                (0,external_node_fs_.rmSync)(file);
            }
            await this.confirm((0,candidates/* findCandidates */.eE)([{ log, lineOffset: 0 }]), fetch, report);
            return;
        }
        const first = sources[0]?.file ?? 'part';
        const split = new dup_log/* PartitionFiles */.kZ(this.dir ?? (0,external_node_os_.tmpdir)(), `${first.replace(/.*\//, '').replace('.bin', '')}-l${level}`, level);
        for (const { file, lineOffset } of sources) {
            for (const chunk of (0,dup_log/* readEntryChunks */.nv)(file))
                split.append(chunk, lineOffset);
            (0,external_node_fs_.rmSync)(file);
        }
        split.close();
        for (const [p, part] of split.files.entries()) {
            await this.processFile([{ file: part, lineOffset: 0 }], split.counts[p] ?? 0, level + 1, fetch, report, split.oneHash(p));
        }
    }
    /** Entries that all share one hash, in line order: each later one is a candidate of the first. */
    async confirmOneHash(sources, fetch, report) {
        const group = { group: -1, seen: [] };
        const batch = { line: new Float64Array(CONFIRM_BATCH), ref: new Float64Array(CONFIRM_BATCH) };
        let head = null;
        let size = 0;
        const flush = async () => {
            if (head === null || size === 0)
                return;
            await this.confirm((0,candidates/* oneGroup */.iV)(head, batch.line.subarray(0, size), batch.ref.subarray(0, size)), fetch, report, group);
            size = 0;
        };
        for (const { file, lineOffset } of sources) {
            for (const chunk of (0,dup_log/* readEntryChunks */.nv)(file)) {
                for (let i = 0; i < chunk.length; i++) {
                    const line = (chunk.line[i] ?? 0) + lineOffset;
                    const ref = chunk.ref[i] ?? 0;
                    if (head === null) {
                        head = { line, ref };
                        continue;
                    }
                    batch.line[size] = line;
                    batch.ref[size] = ref;
                    size += 1;
                    if (size === CONFIRM_BATCH)
                        await flush();
                }
            }
            (0,external_node_fs_.rmSync)(file);
        }
        await flush();
    }
    /**
     * Reads the candidates' rows again, a batch at a time, and reports those whose compared fields
     * are equal. `state` carries the last group's distinct rows into the next call (a group
     * confirmed in batches).
     */
    async confirm(set, fetch, report, state = { group: -1, seen: [] }) {
        const count = set.line.length;
        // Two cursors over the groups: one ahead, to collect a batch's refs, one to confirm it.
        const batchGroups = new GroupCursor(set.groupEnd);
        const groupOf = new GroupCursor(set.groupEnd);
        let { group, seen } = state;
        for (let start = 0; start < count; start += CONFIRM_BATCH) {
            const end = Math.min(count, start + CONFIRM_BATCH);
            const refs = new Set();
            for (let k = start; k < end; k++)
                refs.add(set.ref[k] ?? 0);
            for (let g = batchGroups.at(start); g <= batchGroups.at(end - 1); g++)
                refs.add(set.firstRef[g] ?? 0);
            const rows = await fetch([...refs].sort((a, b) => a - b));
            const read = (ref) => this.project(fetched(rows, ref));
            for (let k = start; k < end; k++) {
                const g = groupOf.at(k);
                const firstLine = set.firstLine[g] ?? 0;
                const line = set.line[k] ?? 0;
                if (firstLine !== group) {
                    group = firstLine;
                    seen = [{ fields: read(set.firstRef[g] ?? 0), line: firstLine }];
                }
                const fields = read(set.ref[k] ?? 0);
                const same = seen.find((s) => sameFields(s.fields, fields));
                if (same)
                    report.add({ line, firstLine: same.line, fields });
                else
                    seen.push({ fields, line });
            }
        }
        state.group = group;
        state.seen = seen;
    }
}
/** The group of candidate k, for k that never decreases. */
class GroupCursor {
    groupEnd;
    g = 0;
    constructor(groupEnd) {
        this.groupEnd = groupEnd;
    }
    at(k) {
        while (this.g < this.groupEnd.length - 1 && (this.groupEnd[this.g] ?? 0) <= k)
            this.g += 1;
        return this.g;
    }
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
        const last = this.examples[MAX_EXAMPLES - 1];
        if (last !== undefined && last.line < example.line)
            return;
        this.examples.push(example);
        this.examples.sort((a, b) => a.line - b.line);
        this.examples.length = Math.min(this.examples.length, MAX_EXAMPLES);
    }
    result() {
        return { count: this.count, examples: this.examples };
    }
}

;// CONCATENATED MODULE: ./src/checks/duplicate-checks.ts
// The duplicate-rows and duplicate-keys checks: two DuplicateFinders fed by the validator's
// row loop, turned into findings ("same as line N") once the whole file has been read.


class DuplicateChecks {
    key;
    rows;
    keys = null;
    options;
    constructor(key, options = {}) {
        this.key = key;
        // With a key, two finders log every row: each gets half the memory budget.
        const finders = key !== undefined && key.length > 0 ? 2 : 1;
        this.options = { ...options, budgetBytes: (options.budgetBytes ?? DEFAULT_BUDGET_BYTES) / finders };
        this.rows = new DuplicateFinder((fields) => fields, this.options);
    }
    /** The key's field positions, once the header is known (none when the contract has no key). */
    bindKey(indexes) {
        if (this.key === undefined || this.key.length === 0)
            return;
        this.keys = new DuplicateFinder((fields) => indexes.map((i) => fields[i] ?? ''), this.options);
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
                message: `${plural(rows.count, 'row')} ${repeats(rows.count)} an earlier row; remove the duplicates`,
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
            message: `primary key (${named}): ${plural(keys.count, 'row')} ${repeats(keys.count)} a key; keys must be unique`,
            examples: keys.examples.map((e) => ({ line: e.line, value: e.fields.join(',') })),
        });
    }
}
const repeats = (n) => (n === 1 ? 'repeats' : 'repeat');

// EXTERNAL MODULE: ../shared/src/index.ts + 18 modules
var src = __webpack_require__(2485);
;// CONCATENATED MODULE: ./src/statistics/stats.ts
// Plain statistics on numeric arrays; pure functions, checked against scipy (test/stats.test.ts).


/** Pearson correlation; NaN when either side is constant. */
function pearson(x, y) {
    const n = x.length;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
        mx += (0,src.at)(x, i);
        my += (0,src.at)(y, i);
    }
    mx /= n;
    my /= n;
    let sxy = 0;
    let sxx = 0;
    let syy = 0;
    for (let i = 0; i < n; i++) {
        const dx = (0,src.at)(x, i) - mx;
        const dy = (0,src.at)(y, i) - my;
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
        const value = (0,src.at)(sorted, start);
        let end = start + 1;
        while (end < sorted.length && (0,src.at)(sorted, end) === value)
            end += 1;
        distinct[k] = value;
        averageRank[k] = (start + end + 1) / 2;
        start = end;
    }
    const codes = new Int32Array(x.length);
    for (let i = 0; i < x.length; i++)
        codes[i] = firstAtLeast(distinct, k, (0,src.at)(x, i));
    return { codes, distinct: distinct.subarray(0, k), averageRank: averageRank.subarray(0, k) };
}
/** No value is NaN or infinite. */
function allFinite(values) {
    for (let i = 0; i < values.length; i++)
        if (!Number.isFinite((0,src.at)(values, i)))
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
        sorted.fill((0,src.at)(distinct, k), start, start + n);
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
        const value = (0,src.at)(values, i);
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
        const slot = (0,src.at)(values, i) - min;
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
        codes[i] = codeOf[(0,src.at)(values, i) - min] ?? 0;
    return { distinct: Float64Array.from(distinct), counts: Int32Array.from(counts), codes };
}
/** Few distinct values: one map lookup per value, then their order among the distinct ones. */
function fewDistinct(values) {
    const ids = new Map();
    const idOf = new Int32Array(values.length);
    const seen = [];
    for (let i = 0; i < values.length; i++) {
        const value = (0,src.at)(values, i);
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
        out[i] = (0,src.at)(averageRank, codes[i] ?? 0);
    return out;
}
/** First index below `length` whose value is ≥ v, in ascending values. */
function firstAtLeast(sorted, length, v) {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((0,src.at)(sorted, mid) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * Adjusted correlation ratio of y given groups coded 0 .. groups − 1 (a code no value has is no
 * group): 1 − (SS_within/(n−k)) / (SS_total/(n−1)), the share of y's variance the groups
 * explain, penalised for the number of groups (so many tiny groups do not look deterministic).
 */
function codedCorrelationRatio(codes, groups, y) {
    const n = y.length;
    const counts = new Float64Array(groups);
    const sums = new Float64Array(groups);
    const squares = new Float64Array(groups);
    let total = 0;
    let totalSq = 0;
    for (let i = 0; i < n; i++) {
        const v = (0,src.at)(y, i);
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
        const count = (0,src.at)(counts, g);
        if (count === 0)
            continue;
        k += 1;
        ssWithin += (0,src.at)(squares, g) - ((0,src.at)(sums, g) * (0,src.at)(sums, g)) / count;
    }
    const ssTotal = totalSq - (total * total) / n;
    if (ssTotal <= 0 || n - k <= 0)
        return Number.NaN;
    return 1 - Math.max(0, ssWithin) / (n - k) / (ssTotal / (n - 1));
}

;// CONCATENATED MODULE: ./src/statistics/log-regression.ts
// The ratio/product leak test: a least-squares fit of log|target| on log|f| and log|g|. A
// column computed as target / g or target × g fits with R² ≈ 1 and slopes ≈ ±1.

/** log|x| per value; NaN or −∞ (left out of fits) for a missing value or 0. Computed once per column. */
function logAbs(values) {
    const logs = new Float64Array(values.length);
    for (let i = 0; i < values.length; i++)
        logs[i] = Math.log(Math.abs((0,src.at)(values, i)));
    return logs;
}
/** Fits over the rows where target, f and g are all finite and non-zero (logs from logAbs); null if fewer than minRows. */
function fitLogProduct(logTarget, logF, logG, minRows) {
    let n = 0;
    const s = { f: 0, g: 0, t: 0, ff: 0, gg: 0, fg: 0, ft: 0, gt: 0, tt: 0 };
    for (let i = 0; i < logTarget.length; i++) {
        const lt = (0,src.at)(logTarget, i);
        const la = (0,src.at)(logF, i);
        const lb = (0,src.at)(logG, i);
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
    const targetRanks = yCoded !== undefined ? ranksOf(yCoded) : allFinite(y) ? ranks(y) : null;
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
        if (Number.isFinite((0,src.at)(x, i)) && Number.isFinite((0,src.at)(y, i)))
            n += 1;
    if (n === x.length)
        return { x, y };
    const xs = new Float64Array(n);
    const ys = new Float64Array(n);
    for (let i = 0, j = 0; i < x.length; i++) {
        const a = (0,src.at)(x, i);
        const b = (0,src.at)(y, i);
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
    const r = Math.abs(pearson(x, y));
    const all = x.length === yAll.length;
    const targetRanks = yRanks !== null && all ? yRanks : ranks(y);
    const sorted = all && xCoded !== undefined ? xCoded.sorted : Float64Array.from(x).sort();
    const coded = all && xCoded !== undefined ? xCoded : rankCodes(x, sorted);
    const rho = Math.abs(pearson(ranksOf(coded), targetRanks));
    if (r >= s.correlation || rho >= s.correlation) {
        return `|Pearson| ${r.toFixed(4)}, |Spearman| ${rho.toFixed(4)} with ${target} on ${count(x.length)} sampled rows (threshold ${s.correlation})`;
    }
    const bins = binned(coded, sorted);
    // On the target's ranks: a heavy tail (a few very high prices) would otherwise swamp the bins.
    const eta = codedCorrelationRatio(bins.codes, bins.slots, targetRanks);
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
        const v = (0,src.at)(yAll, i);
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
    const eta = codedCorrelationRatio(groups.subarray(0, n), categories, yRanks !== null && n === yAll.length ? yRanks : ranks(ys));
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
    const edges = Array.from({ length: maxBins - 1 }, (_, i) => (0,src.at)(sorted, Math.floor(((i + 1) * sorted.length) / maxBins)));
    // Distinct values ascend, so their bins do: one walk over both.
    const binOfDistinct = new Int32Array(distinct);
    let bin = 0;
    let count = 0;
    for (let d = 0; d < distinct; d++) {
        const value = (0,src.at)(coded.distinct, d);
        const before = bin;
        while (bin < edges.length && (0,src.at)(edges, bin) <= value)
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

// EXTERNAL MODULE: ../shared/src/statistics/sample.ts
var sample = __webpack_require__(6194);
;// CONCATENATED MODULE: ./src/statistics/profile.ts



const MAX_CATEGORIES = 1000;
/** Values kept per numeric column in the profile (a uniform draw from the row sample). */
const PROFILE_SAMPLE = 5000;
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
            histogram: values && values.length > 0 && has ? (0,src/* decileHistogram */.VC)(values, this.min, this.max) : null,
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
/** A seeded uniform draw of at most `size` values, sorted (partial Fisher–Yates). */
function drawSorted(sorted, size) {
    if (sorted.length <= size)
        return Array.from(sorted);
    const pool = Float64Array.from(sorted);
    const random = (0,sample/* seededRandom */.Is)(pool.length);
    for (let i = 0; i < size; i++) {
        const j = i + Math.floor(random() * (pool.length - i));
        const drawn = (0,src.at)(pool, j);
        pool[j] = (0,src.at)(pool, i);
        pool[i] = drawn;
    }
    return Array.from(pool.subarray(0, size).sort());
}

;// CONCATENATED MODULE: ./src/file-validator.ts











const bind = (column, index) => ({
    column,
    index,
    acc: new ColumnAccumulator(column),
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
        this.findings = new Findings((id, proposed) => this.settings.severity(id, proposed));
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
            this.error('missing-columns', undefined, `${this.file} line ${line}: required ${plural(missing.length, 'column')} missing from the header: ${missing.join(', ')}; add ${missing.length === 1 ? 'it' : 'them'} or fix the contract`);
        }
        const used = new Set(bound.map((b) => b.index));
        const extra = trimmed.filter((n, i) => !used.has(i) && n !== '');
        if (extra.length > 0) {
            this.findings.add({
                id: 'unexpected-columns',
                severity: 'warning',
                message: `${this.file}: ${plural(extra.length, 'column')} not in the contract: ${extra.join(', ')}; they are ignored — add them to the contract to use them`,
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
            return (n) => `${this.file}: ${plural(n, 'row')} with a field count other than the header's ${this.width}; check for unquoted delimiters or missing values`;
        }
        const { column, acc } = b;
        switch (id) {
            case 'nulls':
                return (n) => `column "${column.name}": ${plural(n, 'empty value')} but the column is not nullable; fill them or set nullable: true`;
            case 'non-finite':
                return (n) => `column "${column.name}": ${plural(n, 'NaN/Inf value')}; write an empty value for a missing one`;
            case 'type':
                return (n) => `column "${column.name}": ${plural(n, 'value')} not ${expectedType(column)}`;
            case 'range':
                return (n) => `column "${column.name}": ${plural(n, 'value')} outside ${rangeText(column)}`;
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
            this.error('min-rows', undefined, `${this.file}: ${plural(this.rows, 'data row')}, the contract requires at least ${minRows}`);
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
            if (b.column.type === 'category' || values.length === 0 || !allFinite(values))
                return { sorted: finiteSorted(values) };
            const coded = sortedRankCodes(values);
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
/* harmony import */ var _slipway_shared__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2485);
/* harmony import */ var _reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4479);
/* harmony import */ var _checks_candidates_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(8678);
/* harmony import */ var _checks_dup_log_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(2216);
/* harmony import */ var _file_validator_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(9615);
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
    const validator = new _file_validator_js__WEBPACK_IMPORTED_MODULE_8__/* .FileValidator */ .R(job.file, job.contract, job.duplicates);
    // The header binds the same columns as in the first part; what it reports, that part reports.
    validator.onRecord(job.header, -1);
    const delimiter = job.contract.format?.delimiter ?? ',';
    const summary = await (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .readCsv */ .Nb)(job.file, delimiter, (record, ref, hash) => {
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
        sha256: result.then(() => (0,_slipway_shared__WEBPACK_IMPORTED_MODULE_5__/* .fileSha256 */ .sN)(job.file)),
        search: (segments) => Promise.resolve((0,_checks_candidates_js__WEBPACK_IMPORTED_MODULE_9__/* .findCandidates */ .eE)(segments)),
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
    post({ kind: 'sha256', sha256: (0,_slipway_shared__WEBPACK_IMPORTED_MODULE_5__/* .fileSha256 */ .sN)(job.file) });
    port.on('message', (request) => {
        if (request.kind === 'done') {
            port.close();
            return;
        }
        const set = (0,_checks_candidates_js__WEBPACK_IMPORTED_MODULE_9__/* .findCandidates */ .eE)(request.segments);
        post({ kind: 'candidates', id: request.id, set }, (0,_checks_candidates_js__WEBPACK_IMPORTED_MODULE_9__/* .candidateBuffers */ .RE)(set));
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
        return (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .streamCsv */ .zw)(file, delimiter, onRecord, onPlainRecord, { header: contract.format?.header !== false });
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
    const summary = await (0,_reading_csv_reader_js__WEBPACK_IMPORTED_MODULE_6__/* .readCsv */ .Nb)(file, delimiter, onRecord, onPlainRecord, { stopAt });
    if (part === undefined || summary.handedOff !== true) {
        part?.cancel();
        if (splitAt !== undefined && summary.notText === undefined) {
            options.log?.(`${file}: byte ${splitAt} is inside a quoted field, so one thread read the whole file`);
        }
        return { sha256: (0,_slipway_shared__WEBPACK_IMPORTED_MODULE_5__/* .fileSha256 */ .sN)(file), ...summary };
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

/***/ 4479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B6: () => (/* binding */ csvRecordFetcher),
  Nb: () => (/* binding */ readCsv),
  yM: () => (/* binding */ sniffDelimiter),
  zw: () => (/* binding */ streamCsv)
});

// UNUSED EXPORTS: READ_CHUNK

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
;// CONCATENATED MODULE: ./src/reading/csv-parser.ts
// The CSV parser: bytes pushed in any chunking become records. Records are found with
// Buffer.indexOf on the raw bytes and only each record's slice is decoded; a UTF-8 BOM, CRLF,
// quoted fields holding delimiters, newlines and doubled quotes, and blank lines are handled.
// Limits (READ_LIMITS) stop a file no CSV reader should hold: a record too long, too many
// fields, a header too big. csv-reader.ts streams files through it.




const READ_LIMITS = { recordBytes: 1024 * 1024, headerBytes: 256 * 1024, fields: 10_000, columns: 10_000 };
const csv_parser_LF = 10;
const csv_parser_CR = 13;
const csv_parser_QUOTE = 34;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
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
            if (data[pos] === csv_parser_LF) {
                this.line += 1;
                pos += 1;
                continue;
            }
            const newline = data.indexOf(csv_parser_LF, pos);
            if (newline < 0)
                return pos;
            if (quoteAt !== -1 && quoteAt < pos)
                quoteAt = data.indexOf(csv_parser_QUOTE, pos);
            if (crAt !== -1 && crAt < pos)
                crAt = data.indexOf(csv_parser_CR, pos);
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

;// CONCATENATED MODULE: ./src/reading/csv-reader.ts
// A streaming CSV reader: a file read a chunk at a time through the CsvParser (csv-parser.ts),
// so memory stays bounded whatever the file size. Checks strict UTF-8 and computes the file's
// sha256 as it streams; reads records again by their offsets.





/** Bytes read at a time (a reader claims this much ahead of another: split.ts). */
const READ_CHUNK = 1 << 20;
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


/***/ })

};
