export const id = 896;
export const ids = [896];
export const modules = {

/***/ 896:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: ../../node_modules/@actions/core/lib/core.js + 14 modules
var core = __webpack_require__(2825);
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
const validateModelProject = validate20;const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/model-project.schema.json","title":"Slipway model project spec","description":"How a model is made from a dataset and what it must reach before it ships: derived features, preprocessing, the seeded split, candidate models, the selection metric, quality gates and the regression tolerated against production.","type":"object","additionalProperties":false,"required":["project","dataset","task","split","candidates","selection","gates"],"properties":{"project":{"type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"dataset":{"description":"Name of a dataset: its contract is data/<dataset>/contract.yaml.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"task":{"enum":["regression"]},"features":{"$ref":"#/$defs/features"},"preprocessing":{"$ref":"#/$defs/preprocessing"},"split":{"$ref":"#/$defs/split"},"candidates":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/candidate"}},"selection":{"type":"object","additionalProperties":false,"required":["metric"],"properties":{"metric":{"description":"The primary metric: the candidate with the best mean cross-validation value of it is chosen.","$ref":"#/$defs/metric"}}},"gates":{"type":"array","minItems":1,"items":{"$ref":"#/$defs/gate"}},"regression":{"type":"object","additionalProperties":false,"required":["tolerance"],"properties":{"tolerance":{"description":"Largest relative worsening of any gated metric against the production model's value that still passes (0.05 = 5 %).","type":"number","minimum":0,"maximum":1}}},"training":{"$ref":"#/$defs/training"}},"$defs":{"metric":{"enum":["mse","rmse","mae","r2","mape"]},"features":{"type":"object","additionalProperties":false,"properties":{"derived":{"type":"array","items":{"$ref":"#/$defs/derived"}},"exclude":{"description":"Contract columns that are not model inputs (identifiers, for example).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"derived":{"type":"object","additionalProperties":false,"required":["name","transform","inputs"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":{"type":"string"},"transform":{"description":"age: params.reference_year - inputs[0]; ratio: inputs[0] / inputs[1]; product: inputs[0] * inputs[1]; log1p: ln(1 + inputs[0]).","enum":["age","ratio","product","log1p"]},"inputs":{"type":"array","minItems":1,"maxItems":2,"items":{"type":"string"}},"params":{"type":"object","additionalProperties":false,"properties":{"reference_year":{"type":"integer","minimum":1000,"maximum":9999}}}},"allOf":[{"if":{"properties":{"transform":{"const":"age"}}},"then":{"required":["params"],"properties":{"inputs":{"maxItems":1},"params":{"required":["reference_year"]}}}},{"if":{"properties":{"transform":{"enum":["ratio","product"]}}},"then":{"properties":{"inputs":{"minItems":2}}}},{"if":{"properties":{"transform":{"const":"log1p"}}},"then":{"properties":{"inputs":{"maxItems":1}}}}]},"preprocessing":{"type":"object","additionalProperties":false,"properties":{"numeric":{"enum":["standard","none"]},"categorical":{"enum":["one_hot"]}}},"split":{"type":"object","additionalProperties":false,"required":["test_fraction","seed","cv_folds"],"properties":{"test_fraction":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":2,"maximum":20},"group_by":{"description":"A contract column whose rows belong together (a house id, a patient): no value has rows on both sides of the split or of a CV fold. Exact duplicate rows never straddle the split either way.","type":"string","minLength":1},"stratify":{"description":"Keep the test split's mix like the data's: by quantile bins of the target (target_quantiles: number of bins) or by a category column.","oneOf":[{"type":"object","additionalProperties":false,"required":["target_quantiles"],"properties":{"target_quantiles":{"type":"integer","minimum":2,"maximum":50}}},{"type":"object","additionalProperties":false,"required":["column"],"properties":{"column":{"type":"string","minLength":1}}}]}}},"candidate":{"type":"object","additionalProperties":false,"required":["name","model"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"model":{"enum":["linear_regression","ridge","random_forest","gradient_boosting","xgboost"]},"params":{"description":"Hyperparameters passed to the estimator; an unknown name is an error.","type":"object","additionalProperties":{"type":["number","string","boolean","null"]}}}},"gate":{"type":"object","additionalProperties":false,"required":["metric","op","threshold"],"properties":{"metric":{"$ref":"#/$defs/metric"},"op":{"enum":["<=","<",">=",">"]},"threshold":{"type":"number"}}},"training":{"description":"Where the model trains. local (the default): the Python trainer on the runner. sagemaker: a SageMaker training job running Slipway's trainer image (the train target of ml/Dockerfile), which writes the same bundle. train-model's inputs override each field.","type":"object","additionalProperties":false,"properties":{"backend":{"enum":["local","sagemaker"],"default":"local"},"instance_type":{"description":"SageMaker instance type, e.g. ml.m5.large.","type":"string","pattern":"^ml\\.[a-z0-9]+\\.[a-z0-9]+$","default":"ml.m5.large"},"instance_count":{"description":"Instances of the training job. The trainer runs on one instance (it is not distributed), so more would only cost more.","type":"integer","minimum":1,"maximum":1,"default":1},"volume_gb":{"description":"The training instance's storage volume (GB): the data and the bundle must fit.","type":"integer","minimum":1,"maximum":16384,"default":30},"max_runtime_seconds":{"description":"SageMaker stops the job after this many seconds of training.","type":"integer","minimum":1,"maximum":2419200,"default":3600},"spot":{"description":"Managed Spot training: cheaper, may be interrupted and resumed.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":false},"max_wait_seconds":{"description":"Waiting for Spot capacity plus training, at most; not less than max_runtime_seconds (SageMaker's rule). Default: twice max_runtime_seconds.","type":"integer","minimum":1,"maximum":2419200}}}}}}};const schema34 = {"type":"object","additionalProperties":false,"properties":{"numeric":{"enum":["standard","none"]},"categorical":{"enum":["one_hot"]}}};const schema35 = {"type":"object","additionalProperties":false,"required":["test_fraction","seed","cv_folds"],"properties":{"test_fraction":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":2,"maximum":20},"group_by":{"description":"A contract column whose rows belong together (a house id, a patient): no value has rows on both sides of the split or of a CV fold. Exact duplicate rows never straddle the split either way.","type":"string","minLength":1},"stratify":{"description":"Keep the test split's mix like the data's: by quantile bins of the target (target_quantiles: number of bins) or by a category column.","oneOf":[{"type":"object","additionalProperties":false,"required":["target_quantiles"],"properties":{"target_quantiles":{"type":"integer","minimum":2,"maximum":50}}},{"type":"object","additionalProperties":false,"required":["column"],"properties":{"column":{"type":"string","minLength":1}}}]}}};const schema36 = {"type":"object","additionalProperties":false,"required":["name","model"],"properties":{"name":{"type":"string","pattern":"^[a-z0-9][a-z0-9_-]*$"},"model":{"enum":["linear_regression","ridge","random_forest","gradient_boosting","xgboost"]},"params":{"description":"Hyperparameters passed to the estimator; an unknown name is an error.","type":"object","additionalProperties":{"type":["number","string","boolean","null"]}}}};const schema37 = {"enum":["mse","rmse","mae","r2","mape"]};const schema40 = {"description":"Where the model trains. local (the default): the Python trainer on the runner. sagemaker: a SageMaker training job running Slipway's trainer image (the train target of ml/Dockerfile), which writes the same bundle. train-model's inputs override each field.","type":"object","additionalProperties":false,"properties":{"backend":{"enum":["local","sagemaker"],"default":"local"},"instance_type":{"description":"SageMaker instance type, e.g. ml.m5.large.","type":"string","pattern":"^ml\\.[a-z0-9]+\\.[a-z0-9]+$","default":"ml.m5.large"},"instance_count":{"description":"Instances of the training job. The trainer runs on one instance (it is not distributed), so more would only cost more.","type":"integer","minimum":1,"maximum":1,"default":1},"volume_gb":{"description":"The training instance's storage volume (GB): the data and the bundle must fit.","type":"integer","minimum":1,"maximum":16384,"default":30},"max_runtime_seconds":{"description":"SageMaker stops the job after this many seconds of training.","type":"integer","minimum":1,"maximum":2419200,"default":3600},"spot":{"description":"Managed Spot training: cheaper, may be interrupted and resumed.","type":"object","additionalProperties":false,"properties":{"enabled":{"type":"boolean","default":false},"max_wait_seconds":{"description":"Waiting for Spot capacity plus training, at most; not less than max_runtime_seconds (SageMaker's rule). Default: twice max_runtime_seconds.","type":"integer","minimum":1,"maximum":2419200}}}}};const func1 = Object.prototype.hasOwnProperty;const func2 = runtime0.default;const pattern4 = new RegExp("^[a-z0-9][a-z0-9-]*$", "u");const pattern7 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");const pattern8 = new RegExp("^ml\\.[a-z0-9]+\\.[a-z0-9]+$", "u");const schema32 = {"type":"object","additionalProperties":false,"properties":{"derived":{"type":"array","items":{"$ref":"#/$defs/derived"}},"exclude":{"description":"Contract columns that are not model inputs (identifiers, for example).","type":"array","uniqueItems":true,"items":{"type":"string"}}}};const schema33 = {"type":"object","additionalProperties":false,"required":["name","transform","inputs"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"description":{"type":"string"},"transform":{"description":"age: params.reference_year - inputs[0]; ratio: inputs[0] / inputs[1]; product: inputs[0] * inputs[1]; log1p: ln(1 + inputs[0]).","enum":["age","ratio","product","log1p"]},"inputs":{"type":"array","minItems":1,"maxItems":2,"items":{"type":"string"}},"params":{"type":"object","additionalProperties":false,"properties":{"reference_year":{"type":"integer","minimum":1000,"maximum":9999}}}},"allOf":[{"if":{"properties":{"transform":{"const":"age"}}},"then":{"required":["params"],"properties":{"inputs":{"maxItems":1},"params":{"required":["reference_year"]}}}},{"if":{"properties":{"transform":{"enum":["ratio","product"]}}},"then":{"properties":{"inputs":{"minItems":2}}}},{"if":{"properties":{"transform":{"const":"log1p"}}},"then":{"properties":{"inputs":{"maxItems":1}}}}]};const pattern6 = new RegExp("^[A-Za-z_][A-Za-z0-9_]*$", "u");function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate21.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!((key0 === "derived") || (key0 === "exclude"))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.derived !== undefined){let data0 = data.derived;if(Array.isArray(data0)){const len0 = data0.length;for(let i0=0; i0<len0; i0++){let data1 = data0[i0];const _errs8 = errors;let valid5 = true;const _errs9 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){if("age" !== data1.transform){const err1 = {};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}var _valid0 = _errs9 === errors;errors = _errs8;if(vErrors !== null){if(_errs8){vErrors.length = _errs8;}else {vErrors = null;}}if(_valid0){const _errs11 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.params === undefined){const err2 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/0/then/required",keyword:"required",params:{missingProperty: "params"},message:"must have required property '"+"params"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data1.inputs !== undefined){let data3 = data1.inputs;if(Array.isArray(data3)){if(data3.length > 1){const err3 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/0/then/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}if(data1.params !== undefined){let data4 = data1.params;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.reference_year === undefined){const err4 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/allOf/0/then/properties/params/required",keyword:"required",params:{missingProperty: "reference_year"},message:"must have required property '"+"reference_year"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}}var _valid0 = _errs11 === errors;valid5 = _valid0;if(valid5){var props0 = {};props0.inputs = true;props0.params = true;props0.transform = true;}}if(!valid5){const err5 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}const _errs15 = errors;let valid8 = true;const _errs16 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){let data5 = data1.transform;if(!((data5 === "ratio") || (data5 === "product"))){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}var _valid1 = _errs16 === errors;errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.inputs !== undefined){let data6 = data1.inputs;if(Array.isArray(data6)){if(data6.length < 2){const err7 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/1/then/properties/inputs/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}var _valid1 = _errs18 === errors;valid8 = _valid1;if(valid8){var props1 = {};props1.inputs = true;props1.transform = true;}}if(!valid8){const err8 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(props0 !== true && props1 !== undefined){if(props1 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props1);}}const _errs21 = errors;let valid11 = true;const _errs22 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.transform !== undefined){if("log1p" !== data1.transform){const err9 = {};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}}var _valid2 = _errs22 === errors;errors = _errs21;if(vErrors !== null){if(_errs21){vErrors.length = _errs21;}else {vErrors = null;}}if(_valid2){const _errs24 = errors;if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.inputs !== undefined){let data8 = data1.inputs;if(Array.isArray(data8)){if(data8.length > 1){const err10 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/allOf/2/then/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 1},message:"must NOT have more than 1 items"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}}var _valid2 = _errs24 === errors;valid11 = _valid2;if(valid11){var props2 = {};props2.inputs = true;props2.transform = true;}}if(!valid11){const err11 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}if(props0 !== true && props2 !== undefined){if(props2 === true){props0 = true;}else {props0 = props0 || {};Object.assign(props0, props2);}}if(data1 && typeof data1 == "object" && !Array.isArray(data1)){if(data1.name === undefined){const err12 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data1.transform === undefined){const err13 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "transform"},message:"must have required property '"+"transform"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}if(data1.inputs === undefined){const err14 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/required",keyword:"required",params:{missingProperty: "inputs"},message:"must have required property '"+"inputs"+"'"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}for(const key1 in data1){if(!(((((key1 === "name") || (key1 === "description")) || (key1 === "transform")) || (key1 === "inputs")) || (key1 === "params"))){const err15 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data1.name !== undefined){let data9 = data1.name;if(typeof data9 === "string"){if(!pattern6.test(data9)){const err16 = {instancePath:instancePath+"/derived/" + i0+"/name",schemaPath:"#/$defs/derived/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/derived/" + i0+"/name",schemaPath:"#/$defs/derived/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data1.description !== undefined){if(typeof data1.description !== "string"){const err18 = {instancePath:instancePath+"/derived/" + i0+"/description",schemaPath:"#/$defs/derived/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data1.transform !== undefined){let data11 = data1.transform;if(!((((data11 === "age") || (data11 === "ratio")) || (data11 === "product")) || (data11 === "log1p"))){const err19 = {instancePath:instancePath+"/derived/" + i0+"/transform",schemaPath:"#/$defs/derived/properties/transform/enum",keyword:"enum",params:{allowedValues: schema33.properties.transform.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data1.inputs !== undefined){let data12 = data1.inputs;if(Array.isArray(data12)){if(data12.length > 2){const err20 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/maxItems",keyword:"maxItems",params:{limit: 2},message:"must NOT have more than 2 items"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data12.length < 1){const err21 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}const len1 = data12.length;for(let i1=0; i1<len1; i1++){if(typeof data12[i1] !== "string"){const err22 = {instancePath:instancePath+"/derived/" + i0+"/inputs/" + i1,schemaPath:"#/$defs/derived/properties/inputs/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/derived/" + i0+"/inputs",schemaPath:"#/$defs/derived/properties/inputs/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data1.params !== undefined){let data14 = data1.params;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key2 in data14){if(!(key2 === "reference_year")){const err24 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/properties/params/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data14.reference_year !== undefined){let data15 = data14.reference_year;if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){const err25 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data15 == "number") && (isFinite(data15))){if(data15 > 9999 || isNaN(data15)){const err26 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9999},message:"must be <= 9999"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data15 < 1000 || isNaN(data15)){const err27 = {instancePath:instancePath+"/derived/" + i0+"/params/reference_year",schemaPath:"#/$defs/derived/properties/params/properties/reference_year/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1000},message:"must be >= 1000"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}}}else {const err28 = {instancePath:instancePath+"/derived/" + i0+"/params",schemaPath:"#/$defs/derived/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}else {const err29 = {instancePath:instancePath+"/derived/" + i0,schemaPath:"#/$defs/derived/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/derived",schemaPath:"#/properties/derived/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data.exclude !== undefined){let data16 = data.exclude;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){if(typeof data16[i2] !== "string"){const err31 = {instancePath:instancePath+"/exclude/" + i2,schemaPath:"#/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}let i3 = data16.length;let j0;if(i3 > 1){const indices0 = {};for(;i3--;){let item0 = data16[i3];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err32 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i3+" are identical)"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;break;}indices0[item0] = i3;}}}else {const err33 = {instancePath:instancePath+"/exclude",schemaPath:"#/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}}else {const err34 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}validate21.errors = vErrors;return errors === 0;}validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const schema38 = {"type":"object","additionalProperties":false,"required":["metric","op","threshold"],"properties":{"metric":{"$ref":"#/$defs/metric"},"op":{"enum":["<=","<",">=",">"]},"threshold":{"type":"number"}}};function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate23.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.metric === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.op === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "op"},message:"must have required property '"+"op"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.threshold === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "threshold"},message:"must have required property '"+"threshold"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}for(const key0 in data){if(!(((key0 === "metric") || (key0 === "op")) || (key0 === "threshold"))){const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.metric !== undefined){let data0 = data.metric;if(!(((((data0 === "mse") || (data0 === "rmse")) || (data0 === "mae")) || (data0 === "r2")) || (data0 === "mape"))){const err4 = {instancePath:instancePath+"/metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.op !== undefined){let data1 = data.op;if(!((((data1 === "<=") || (data1 === "<")) || (data1 === ">=")) || (data1 === ">"))){const err5 = {instancePath:instancePath+"/op",schemaPath:"#/properties/op/enum",keyword:"enum",params:{allowedValues: schema38.properties.op.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.threshold !== undefined){let data2 = data.threshold;if(!((typeof data2 == "number") && (isFinite(data2)))){const err6 = {instancePath:instancePath+"/threshold",schemaPath:"#/properties/threshold/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}}else {const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}validate23.errors = vErrors;return errors === 0;}validate23.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/model-project.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate20.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.project === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.dataset === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.task === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "task"},message:"must have required property '"+"task"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.split === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "split"},message:"must have required property '"+"split"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.candidates === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidates"},message:"must have required property '"+"candidates"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.selection === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "selection"},message:"must have required property '"+"selection"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.gates === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gates"},message:"must have required property '"+"gates"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}for(const key0 in data){if(!(func1.call(schema31.properties, key0))){const err7 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.project !== undefined){let data0 = data.project;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err8 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}else {const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err10 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.dataset !== undefined){let data2 = data.dataset;if(typeof data2 === "string"){if(!pattern4.test(data2)){const err11 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}else {const err12 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.task !== undefined){if(!(data.task === "regression")){const err13 = {instancePath:instancePath+"/task",schemaPath:"#/properties/task/enum",keyword:"enum",params:{allowedValues: schema31.properties.task.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.features !== undefined){if(!(validate21(data.features, {instancePath:instancePath+"/features",parentData:data,parentDataProperty:"features",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);errors = vErrors.length;}}if(data.preprocessing !== undefined){let data5 = data.preprocessing;if(data5 && typeof data5 == "object" && !Array.isArray(data5)){for(const key1 in data5){if(!((key1 === "numeric") || (key1 === "categorical"))){const err14 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/preprocessing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data5.numeric !== undefined){let data6 = data5.numeric;if(!((data6 === "standard") || (data6 === "none"))){const err15 = {instancePath:instancePath+"/preprocessing/numeric",schemaPath:"#/$defs/preprocessing/properties/numeric/enum",keyword:"enum",params:{allowedValues: schema34.properties.numeric.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data5.categorical !== undefined){if(!(data5.categorical === "one_hot")){const err16 = {instancePath:instancePath+"/preprocessing/categorical",schemaPath:"#/$defs/preprocessing/properties/categorical/enum",keyword:"enum",params:{allowedValues: schema34.properties.categorical.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}}else {const err17 = {instancePath:instancePath+"/preprocessing",schemaPath:"#/$defs/preprocessing/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.split !== undefined){let data8 = data.split;if(data8 && typeof data8 == "object" && !Array.isArray(data8)){if(data8.test_fraction === undefined){const err18 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "test_fraction"},message:"must have required property '"+"test_fraction"+"'"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}if(data8.seed === undefined){const err19 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if(data8.cv_folds === undefined){const err20 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/required",keyword:"required",params:{missingProperty: "cv_folds"},message:"must have required property '"+"cv_folds"+"'"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}for(const key2 in data8){if(!(((((key2 === "test_fraction") || (key2 === "seed")) || (key2 === "cv_folds")) || (key2 === "group_by")) || (key2 === "stratify"))){const err21 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data8.test_fraction !== undefined){let data9 = data8.test_fraction;if((typeof data9 == "number") && (isFinite(data9))){if(data9 >= 1 || isNaN(data9)){const err22 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}if(data9 <= 0 || isNaN(data9)){const err23 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}else {const err24 = {instancePath:instancePath+"/split/test_fraction",schemaPath:"#/$defs/split/properties/test_fraction/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data8.seed !== undefined){let data10 = data8.seed;if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){const err25 = {instancePath:instancePath+"/split/seed",schemaPath:"#/$defs/split/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if((typeof data10 == "number") && (isFinite(data10))){if(data10 < 0 || isNaN(data10)){const err26 = {instancePath:instancePath+"/split/seed",schemaPath:"#/$defs/split/properties/seed/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}if(data8.cv_folds !== undefined){let data11 = data8.cv_folds;if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){const err27 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if((typeof data11 == "number") && (isFinite(data11))){if(data11 > 20 || isNaN(data11)){const err28 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 20},message:"must be <= 20"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11 < 2 || isNaN(data11)){const err29 = {instancePath:instancePath+"/split/cv_folds",schemaPath:"#/$defs/split/properties/cv_folds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}if(data8.group_by !== undefined){let data12 = data8.group_by;if(typeof data12 === "string"){if(func2(data12) < 1){const err30 = {instancePath:instancePath+"/split/group_by",schemaPath:"#/$defs/split/properties/group_by/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/split/group_by",schemaPath:"#/$defs/split/properties/group_by/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data8.stratify !== undefined){let data13 = data8.stratify;const _errs29 = errors;let valid5 = false;let passing0 = null;const _errs30 = errors;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.target_quantiles === undefined){const err32 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/required",keyword:"required",params:{missingProperty: "target_quantiles"},message:"must have required property '"+"target_quantiles"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key3 in data13){if(!(key3 === "target_quantiles")){const err33 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data13.target_quantiles !== undefined){let data14 = data13.target_quantiles;if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){const err34 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if((typeof data14 == "number") && (isFinite(data14))){if(data14 > 50 || isNaN(data14)){const err35 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/maximum",keyword:"maximum",params:{comparison: "<=", limit: 50},message:"must be <= 50"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data14 < 2 || isNaN(data14)){const err36 = {instancePath:instancePath+"/split/stratify/target_quantiles",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/properties/target_quantiles/minimum",keyword:"minimum",params:{comparison: ">=", limit: 2},message:"must be >= 2"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}}else {const err37 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}var _valid0 = _errs30 === errors;if(_valid0){valid5 = true;passing0 = 0;var props0 = true;}const _errs35 = errors;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){if(data13.column === undefined){const err38 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/required",keyword:"required",params:{missingProperty: "column"},message:"must have required property '"+"column"+"'"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}for(const key4 in data13){if(!(key4 === "column")){const err39 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data13.column !== undefined){let data15 = data13.column;if(typeof data15 === "string"){if(func2(data15) < 1){const err40 = {instancePath:instancePath+"/split/stratify/column",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/properties/column/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}else {const err41 = {instancePath:instancePath+"/split/stratify/column",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/properties/column/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}var _valid0 = _errs35 === errors;if(_valid0 && valid5){valid5 = false;passing0 = [passing0, 1];}else {if(_valid0){valid5 = true;passing0 = 1;if(props0 !== true){props0 = true;}}}if(!valid5){const err43 = {instancePath:instancePath+"/split/stratify",schemaPath:"#/$defs/split/properties/stratify/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}else {errors = _errs29;if(vErrors !== null){if(_errs29){vErrors.length = _errs29;}else {vErrors = null;}}}}}else {const err44 = {instancePath:instancePath+"/split",schemaPath:"#/$defs/split/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data.candidates !== undefined){let data16 = data.candidates;if(Array.isArray(data16)){if(data16.length < 1){const err45 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}const len0 = data16.length;for(let i0=0; i0<len0; i0++){let data17 = data16[i0];if(data17 && typeof data17 == "object" && !Array.isArray(data17)){if(data17.name === undefined){const err46 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}if(data17.model === undefined){const err47 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}for(const key5 in data17){if(!(((key5 === "name") || (key5 === "model")) || (key5 === "params"))){const err48 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}if(data17.name !== undefined){let data18 = data17.name;if(typeof data18 === "string"){if(!pattern7.test(data18)){const err49 = {instancePath:instancePath+"/candidates/" + i0+"/name",schemaPath:"#/$defs/candidate/properties/name/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9_-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9_-]*$"+"\""};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/candidates/" + i0+"/name",schemaPath:"#/$defs/candidate/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data17.model !== undefined){let data19 = data17.model;if(!(((((data19 === "linear_regression") || (data19 === "ridge")) || (data19 === "random_forest")) || (data19 === "gradient_boosting")) || (data19 === "xgboost"))){const err51 = {instancePath:instancePath+"/candidates/" + i0+"/model",schemaPath:"#/$defs/candidate/properties/model/enum",keyword:"enum",params:{allowedValues: schema36.properties.model.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data17.params !== undefined){let data20 = data17.params;if(data20 && typeof data20 == "object" && !Array.isArray(data20)){for(const key6 in data20){let data21 = data20[key6];if((((!((typeof data21 == "number") && (isFinite(data21)))) && (typeof data21 !== "string")) && (typeof data21 !== "boolean")) && (data21 !== null)){const err52 = {instancePath:instancePath+"/candidates/" + i0+"/params/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/candidate/properties/params/additionalProperties/type",keyword:"type",params:{type: schema36.properties.params.additionalProperties.type},message:"must be number,string,boolean,null"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}else {const err53 = {instancePath:instancePath+"/candidates/" + i0+"/params",schemaPath:"#/$defs/candidate/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/$defs/candidate/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}}else {const err55 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data.selection !== undefined){let data22 = data.selection;if(data22 && typeof data22 == "object" && !Array.isArray(data22)){if(data22.metric === undefined){const err56 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/required",keyword:"required",params:{missingProperty: "metric"},message:"must have required property '"+"metric"+"'"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}for(const key7 in data22){if(!(key7 === "metric")){const err57 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data22.metric !== undefined){let data23 = data22.metric;if(!(((((data23 === "mse") || (data23 === "rmse")) || (data23 === "mae")) || (data23 === "r2")) || (data23 === "mape"))){const err58 = {instancePath:instancePath+"/selection/metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema37.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}}else {const err59 = {instancePath:instancePath+"/selection",schemaPath:"#/properties/selection/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data.gates !== undefined){let data24 = data.gates;if(Array.isArray(data24)){if(data24.length < 1){const err60 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}const len1 = data24.length;for(let i1=0; i1<len1; i1++){if(!(validate23(data24[i1], {instancePath:instancePath+"/gates/" + i1,parentData:data24,parentDataProperty:i1,rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);errors = vErrors.length;}}}else {const err61 = {instancePath:instancePath+"/gates",schemaPath:"#/properties/gates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data.regression !== undefined){let data26 = data.regression;if(data26 && typeof data26 == "object" && !Array.isArray(data26)){if(data26.tolerance === undefined){const err62 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/required",keyword:"required",params:{missingProperty: "tolerance"},message:"must have required property '"+"tolerance"+"'"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}for(const key8 in data26){if(!(key8 === "tolerance")){const err63 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data26.tolerance !== undefined){let data27 = data26.tolerance;if((typeof data27 == "number") && (isFinite(data27))){if(data27 > 1 || isNaN(data27)){const err64 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data27 < 0 || isNaN(data27)){const err65 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}else {const err66 = {instancePath:instancePath+"/regression/tolerance",schemaPath:"#/properties/regression/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}}else {const err67 = {instancePath:instancePath+"/regression",schemaPath:"#/properties/regression/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data.training !== undefined){let data28 = data.training;if(data28 && typeof data28 == "object" && !Array.isArray(data28)){for(const key9 in data28){if(!((((((key9 === "backend") || (key9 === "instance_type")) || (key9 === "instance_count")) || (key9 === "volume_gb")) || (key9 === "max_runtime_seconds")) || (key9 === "spot"))){const err68 = {instancePath:instancePath+"/training",schemaPath:"#/$defs/training/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data28.backend !== undefined){let data29 = data28.backend;if(!((data29 === "local") || (data29 === "sagemaker"))){const err69 = {instancePath:instancePath+"/training/backend",schemaPath:"#/$defs/training/properties/backend/enum",keyword:"enum",params:{allowedValues: schema40.properties.backend.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}if(data28.instance_type !== undefined){let data30 = data28.instance_type;if(typeof data30 === "string"){if(!pattern8.test(data30)){const err70 = {instancePath:instancePath+"/training/instance_type",schemaPath:"#/$defs/training/properties/instance_type/pattern",keyword:"pattern",params:{pattern: "^ml\\.[a-z0-9]+\\.[a-z0-9]+$"},message:"must match pattern \""+"^ml\\.[a-z0-9]+\\.[a-z0-9]+$"+"\""};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}else {const err71 = {instancePath:instancePath+"/training/instance_type",schemaPath:"#/$defs/training/properties/instance_type/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}if(data28.instance_count !== undefined){let data31 = data28.instance_count;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err72 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 > 1 || isNaN(data31)){const err73 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}if(data31 < 1 || isNaN(data31)){const err74 = {instancePath:instancePath+"/training/instance_count",schemaPath:"#/$defs/training/properties/instance_count/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}if(data28.volume_gb !== undefined){let data32 = data28.volume_gb;if(!(((typeof data32 == "number") && (!(data32 % 1) && !isNaN(data32))) && (isFinite(data32)))){const err75 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}if((typeof data32 == "number") && (isFinite(data32))){if(data32 > 16384 || isNaN(data32)){const err76 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/maximum",keyword:"maximum",params:{comparison: "<=", limit: 16384},message:"must be <= 16384"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}if(data32 < 1 || isNaN(data32)){const err77 = {instancePath:instancePath+"/training/volume_gb",schemaPath:"#/$defs/training/properties/volume_gb/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}if(data28.max_runtime_seconds !== undefined){let data33 = data28.max_runtime_seconds;if(!(((typeof data33 == "number") && (!(data33 % 1) && !isNaN(data33))) && (isFinite(data33)))){const err78 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 2419200 || isNaN(data33)){const err79 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2419200},message:"must be <= 2419200"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data33 < 1 || isNaN(data33)){const err80 = {instancePath:instancePath+"/training/max_runtime_seconds",schemaPath:"#/$defs/training/properties/max_runtime_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}}if(data28.spot !== undefined){let data34 = data28.spot;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key10 in data34){if(!((key10 === "enabled") || (key10 === "max_wait_seconds"))){const err81 = {instancePath:instancePath+"/training/spot",schemaPath:"#/$defs/training/properties/spot/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data34.enabled !== undefined){if(typeof data34.enabled !== "boolean"){const err82 = {instancePath:instancePath+"/training/spot/enabled",schemaPath:"#/$defs/training/properties/spot/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data34.max_wait_seconds !== undefined){let data36 = data34.max_wait_seconds;if(!(((typeof data36 == "number") && (!(data36 % 1) && !isNaN(data36))) && (isFinite(data36)))){const err83 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}if((typeof data36 == "number") && (isFinite(data36))){if(data36 > 2419200 || isNaN(data36)){const err84 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 2419200},message:"must be <= 2419200"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}if(data36 < 1 || isNaN(data36)){const err85 = {instancePath:instancePath+"/training/spot/max_wait_seconds",schemaPath:"#/$defs/training/properties/spot/properties/max_wait_seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}}}else {const err86 = {instancePath:instancePath+"/training/spot",schemaPath:"#/$defs/training/properties/spot/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/training",schemaPath:"#/$defs/training/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}validate20.errors = vErrors;return errors === 0;}validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateDatasetContract = validate25;const schema41 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/dataset-contract.schema.json","title":"Slipway dataset contract","description":"What a dataset is: where it comes from, how it is laid out, and what every column may hold. Read by validate-data, by training and (through the model bundle) by the inference server and the UI. One source of truth: no range or category list is written anywhere else.","type":"object","additionalProperties":false,"required":["dataset","source","columns","target"],"properties":{"dataset":{"description":"Name of the dataset; equals the folder name under data/.","type":"string","pattern":"^[a-z0-9][a-z0-9-]*$"},"description":{"type":"string"},"source":{"$ref":"#/$defs/source"},"format":{"$ref":"#/$defs/format"},"columns":{"description":"Every column of the file, in file order (the order matters when the file has no header).","type":"array","minItems":2,"items":{"$ref":"#/$defs/column"}},"target":{"description":"Name of the column the model predicts.","type":"string"},"primary_key":{"description":"Columns whose values together identify a row, if the data has such a key.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string"}},"min_rows":{"description":"Fewer data rows than this is an error.","type":"integer","minimum":1},"checks":{"$ref":"#/$defs/checks"}},"$defs":{"source":{"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["path","url","s3","generator"]},"path":{"description":"kind=path: a CSV file, relative to the contract's folder or absolute.","type":"string","minLength":1},"url":{"description":"kind=url: an https:// URL, fetched once and cached; the bytes must match sha256.","type":"string","pattern":"^https://"},"sha256":{"description":"kind=url: lowercase hex sha256 of the file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"uri":{"description":"kind=s3: an s3://bucket/key URI.","type":"string","pattern":"^s3://[^/]+/.+"},"generator":{"description":"kind=generator: a script in the dataset's folder that writes the CSV, and its parameters.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"type":"string","pattern":"^[A-Za-z0-9_.-]+\\.py$"},"params":{"type":"object","additionalProperties":{"type":["number","string","boolean"]}}}}},"allOf":[{"if":{"properties":{"kind":{"const":"path"}}},"then":{"required":["path"]}},{"if":{"properties":{"kind":{"const":"url"}}},"then":{"required":["url","sha256"]}},{"if":{"properties":{"kind":{"const":"s3"}}},"then":{"required":["uri"]}},{"if":{"properties":{"kind":{"const":"generator"}}},"then":{"required":["generator"]}}]},"format":{"type":"object","additionalProperties":false,"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":1},"header":{"description":"true when the first non-blank line names the columns (in any order); false when columns follow the contract's order.","type":"boolean"},"encoding":{"enum":["utf-8"]}}},"column":{"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"type":{"enum":["integer","number","category","boolean","string"]},"description":{"type":"string"},"unit":{"type":"string"},"min":{"type":"number","description":"Smallest allowed value (inclusive)."},"max":{"type":"number","description":"Largest allowed value (inclusive)."},"categories":{"description":"type=category: the allowed values, spelled exactly as in the data.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"nullable":{"type":"boolean","description":"Whether empty values are allowed (default false)."},"step":{"type":"number","exclusiveMinimum":0,"description":"Granularity a form should offer (e.g. 0.5 bathrooms); informational."},"max_null_rate":{"description":"Nullable columns: the largest allowed share of empty values (0-1); more is a null-rate finding. Overrides checks.null-rate.max for this column.","type":"number","minimum":0,"maximum":1}},"allOf":[{"if":{"properties":{"type":{"const":"category"}}},"then":{"required":["categories"]},"else":{"not":{"required":["categories"]}}}]},"severity":{"description":"error: the finding fails validation; warning: reported only; off: the check does not run.","enum":["error","warning","off"]},"checks":{"description":"Per-check configuration, keyed by check id: severity error|warning|off and thresholds. Checks not listed keep their defaults. Readability checks that stop the file (encoding, empty file, header, delimiter, unclosed quote, missing or duplicate column names) always are errors.","type":"object","additionalProperties":false,"properties":{"header-name-mismatch":{"description":"A header that differs from a contract column only in case or whitespace (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"unexpected-columns":{"description":"Header columns the contract does not list; they are ignored (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"field-count":{"description":"Rows whose field count differs from the header's (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"nulls":{"description":"Empty values in a column that is not nullable (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"null-rate":{"description":"Nullable columns with a larger share of empty values than allowed (default error; runs only where a limit is set here or in a column's max_null_rate).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"max":{"description":"Default largest share of empty values (0-1) for every nullable column.","type":"number","minimum":0,"maximum":1}}},"non-finite":{"description":"NaN or Inf in a numeric column (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"type":{"description":"Values that are not of the column's type (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"range":{"description":"Numbers outside the column's min/max (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"category":{"description":"Values not among the column's categories (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"min-rows":{"description":"Fewer data rows than min_rows (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-rows":{"description":"Rows identical to an earlier row (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-keys":{"description":"Rows repeating an earlier primary key (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"constant-column":{"description":"A column holding one value in every row (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"leakage":{"description":"Features that are (near) a deterministic function of the target or correlate with it implausibly well (default error). Computed on a seeded sample of up to 50,000 rows.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"correlation":{"description":"|Pearson| or |Spearman| correlation with the target at or above this is leakage (default 0.995; real drivers reach 0.98, e.g. sqft and price in the 84-row house file).","type":"number","exclusiveMinimum":0,"maximum":1},"determinism":{"description":"A fitted share of the target's variance (correlation ratio of the target given the binned or categorical feature; R² of log|target| on the logs of one or two features) at or above this is leakage (default 0.999).","type":"number","exclusiveMinimum":0,"maximum":1},"min_rows":{"description":"Fewer sampled rows with both values than this and the column is not tested (default 50).","type":"integer","minimum":3},"exempt":{"description":"Columns never reported as leakage (e.g. a known, legitimate proxy).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"drift":{"description":"Per-column drift against the reference-profile input: PSI and a distribution test (default error; a column is a warning at psi_warning, an error at psi_error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"psi_warning":{"description":"PSI at or above this is a warning (default 0.1).","type":"number","minimum":0},"psi_error":{"description":"PSI at or above this takes the check's severity (default 0.25).","type":"number","minimum":0},"p_value":{"description":"A distribution-test p-value below this is a warning even under psi_warning (default 0.001; 0 turns it off).","type":"number","minimum":0,"maximum":1}}},"drift-new-category":{"description":"Category values absent from the reference profile (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}}}}}};const schema42 = {"type":"object","additionalProperties":false,"required":["kind"],"properties":{"kind":{"enum":["path","url","s3","generator"]},"path":{"description":"kind=path: a CSV file, relative to the contract's folder or absolute.","type":"string","minLength":1},"url":{"description":"kind=url: an https:// URL, fetched once and cached; the bytes must match sha256.","type":"string","pattern":"^https://"},"sha256":{"description":"kind=url: lowercase hex sha256 of the file's bytes.","type":"string","pattern":"^[0-9a-f]{64}$"},"uri":{"description":"kind=s3: an s3://bucket/key URI.","type":"string","pattern":"^s3://[^/]+/.+"},"generator":{"description":"kind=generator: a script in the dataset's folder that writes the CSV, and its parameters.","type":"object","additionalProperties":false,"required":["script"],"properties":{"script":{"type":"string","pattern":"^[A-Za-z0-9_.-]+\\.py$"},"params":{"type":"object","additionalProperties":{"type":["number","string","boolean"]}}}}},"allOf":[{"if":{"properties":{"kind":{"const":"path"}}},"then":{"required":["path"]}},{"if":{"properties":{"kind":{"const":"url"}}},"then":{"required":["url","sha256"]}},{"if":{"properties":{"kind":{"const":"s3"}}},"then":{"required":["uri"]}},{"if":{"properties":{"kind":{"const":"generator"}}},"then":{"required":["generator"]}}]};const schema43 = {"type":"object","additionalProperties":false,"properties":{"delimiter":{"type":"string","minLength":1,"maxLength":1},"header":{"description":"true when the first non-blank line names the columns (in any order); false when columns follow the contract's order.","type":"boolean"},"encoding":{"enum":["utf-8"]}}};const schema44 = {"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"type":"string","pattern":"^[A-Za-z_][A-Za-z0-9_]*$"},"type":{"enum":["integer","number","category","boolean","string"]},"description":{"type":"string"},"unit":{"type":"string"},"min":{"type":"number","description":"Smallest allowed value (inclusive)."},"max":{"type":"number","description":"Largest allowed value (inclusive)."},"categories":{"description":"type=category: the allowed values, spelled exactly as in the data.","type":"array","minItems":1,"uniqueItems":true,"items":{"type":"string","minLength":1}},"nullable":{"type":"boolean","description":"Whether empty values are allowed (default false)."},"step":{"type":"number","exclusiveMinimum":0,"description":"Granularity a form should offer (e.g. 0.5 bathrooms); informational."},"max_null_rate":{"description":"Nullable columns: the largest allowed share of empty values (0-1); more is a null-rate finding. Overrides checks.null-rate.max for this column.","type":"number","minimum":0,"maximum":1}},"allOf":[{"if":{"properties":{"type":{"const":"category"}}},"then":{"required":["categories"]},"else":{"not":{"required":["categories"]}}}]};const pattern10 = new RegExp("^https://", "u");const pattern11 = new RegExp("^[0-9a-f]{64}$", "u");const pattern12 = new RegExp("^s3://[^/]+/.+", "u");const pattern13 = new RegExp("^[A-Za-z0-9_.-]+\\.py$", "u");const schema45 = {"description":"Per-check configuration, keyed by check id: severity error|warning|off and thresholds. Checks not listed keep their defaults. Readability checks that stop the file (encoding, empty file, header, delimiter, unclosed quote, missing or duplicate column names) always are errors.","type":"object","additionalProperties":false,"properties":{"header-name-mismatch":{"description":"A header that differs from a contract column only in case or whitespace (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"unexpected-columns":{"description":"Header columns the contract does not list; they are ignored (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"field-count":{"description":"Rows whose field count differs from the header's (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"nulls":{"description":"Empty values in a column that is not nullable (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"null-rate":{"description":"Nullable columns with a larger share of empty values than allowed (default error; runs only where a limit is set here or in a column's max_null_rate).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"max":{"description":"Default largest share of empty values (0-1) for every nullable column.","type":"number","minimum":0,"maximum":1}}},"non-finite":{"description":"NaN or Inf in a numeric column (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"type":{"description":"Values that are not of the column's type (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"range":{"description":"Numbers outside the column's min/max (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"category":{"description":"Values not among the column's categories (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"min-rows":{"description":"Fewer data rows than min_rows (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-rows":{"description":"Rows identical to an earlier row (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"duplicate-keys":{"description":"Rows repeating an earlier primary key (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"constant-column":{"description":"A column holding one value in every row (default warning).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}},"leakage":{"description":"Features that are (near) a deterministic function of the target or correlate with it implausibly well (default error). Computed on a seeded sample of up to 50,000 rows.","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"correlation":{"description":"|Pearson| or |Spearman| correlation with the target at or above this is leakage (default 0.995; real drivers reach 0.98, e.g. sqft and price in the 84-row house file).","type":"number","exclusiveMinimum":0,"maximum":1},"determinism":{"description":"A fitted share of the target's variance (correlation ratio of the target given the binned or categorical feature; R² of log|target| on the logs of one or two features) at or above this is leakage (default 0.999).","type":"number","exclusiveMinimum":0,"maximum":1},"min_rows":{"description":"Fewer sampled rows with both values than this and the column is not tested (default 50).","type":"integer","minimum":3},"exempt":{"description":"Columns never reported as leakage (e.g. a known, legitimate proxy).","type":"array","uniqueItems":true,"items":{"type":"string"}}}},"drift":{"description":"Per-column drift against the reference-profile input: PSI and a distribution test (default error; a column is a warning at psi_warning, an error at psi_error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"},"psi_warning":{"description":"PSI at or above this is a warning (default 0.1).","type":"number","minimum":0},"psi_error":{"description":"PSI at or above this takes the check's severity (default 0.25).","type":"number","minimum":0},"p_value":{"description":"A distribution-test p-value below this is a warning even under psi_warning (default 0.001; 0 turns it off).","type":"number","minimum":0,"maximum":1}}},"drift-new-category":{"description":"Category values absent from the reference profile (default error).","type":"object","additionalProperties":false,"properties":{"severity":{"$ref":"#/$defs/severity"}}}}};const schema46 = {"description":"error: the finding fails validation; warning: reported only; off: the check does not run.","enum":["error","warning","off"]};function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){let vErrors = null;let errors = 0;const evaluated0 = validate26.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){for(const key0 in data){if(!(func1.call(schema45.properties, key0))){const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data["header-name-mismatch"] !== undefined){let data0 = data["header-name-mismatch"];if(data0 && typeof data0 == "object" && !Array.isArray(data0)){for(const key1 in data0){if(!(key1 === "severity")){const err1 = {instancePath:instancePath+"/header-name-mismatch",schemaPath:"#/properties/header-name-mismatch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data0.severity !== undefined){let data1 = data0.severity;if(!(((data1 === "error") || (data1 === "warning")) || (data1 === "off"))){const err2 = {instancePath:instancePath+"/header-name-mismatch/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath:instancePath+"/header-name-mismatch",schemaPath:"#/properties/header-name-mismatch/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data["unexpected-columns"] !== undefined){let data2 = data["unexpected-columns"];if(data2 && typeof data2 == "object" && !Array.isArray(data2)){for(const key2 in data2){if(!(key2 === "severity")){const err4 = {instancePath:instancePath+"/unexpected-columns",schemaPath:"#/properties/unexpected-columns/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data2.severity !== undefined){let data3 = data2.severity;if(!(((data3 === "error") || (data3 === "warning")) || (data3 === "off"))){const err5 = {instancePath:instancePath+"/unexpected-columns/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath:instancePath+"/unexpected-columns",schemaPath:"#/properties/unexpected-columns/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data["field-count"] !== undefined){let data4 = data["field-count"];if(data4 && typeof data4 == "object" && !Array.isArray(data4)){for(const key3 in data4){if(!(key3 === "severity")){const err7 = {instancePath:instancePath+"/field-count",schemaPath:"#/properties/field-count/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data4.severity !== undefined){let data5 = data4.severity;if(!(((data5 === "error") || (data5 === "warning")) || (data5 === "off"))){const err8 = {instancePath:instancePath+"/field-count/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath:instancePath+"/field-count",schemaPath:"#/properties/field-count/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.nulls !== undefined){let data6 = data.nulls;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key4 in data6){if(!(key4 === "severity")){const err10 = {instancePath:instancePath+"/nulls",schemaPath:"#/properties/nulls/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data6.severity !== undefined){let data7 = data6.severity;if(!(((data7 === "error") || (data7 === "warning")) || (data7 === "off"))){const err11 = {instancePath:instancePath+"/nulls/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}else {const err12 = {instancePath:instancePath+"/nulls",schemaPath:"#/properties/nulls/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data["null-rate"] !== undefined){let data8 = data["null-rate"];if(data8 && typeof data8 == "object" && !Array.isArray(data8)){for(const key5 in data8){if(!((key5 === "severity") || (key5 === "max"))){const err13 = {instancePath:instancePath+"/null-rate",schemaPath:"#/properties/null-rate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data8.severity !== undefined){let data9 = data8.severity;if(!(((data9 === "error") || (data9 === "warning")) || (data9 === "off"))){const err14 = {instancePath:instancePath+"/null-rate/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data8.max !== undefined){let data10 = data8.max;if((typeof data10 == "number") && (isFinite(data10))){if(data10 > 1 || isNaN(data10)){const err15 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}if(data10 < 0 || isNaN(data10)){const err16 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}else {const err17 = {instancePath:instancePath+"/null-rate/max",schemaPath:"#/properties/null-rate/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/null-rate",schemaPath:"#/properties/null-rate/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data["non-finite"] !== undefined){let data11 = data["non-finite"];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){for(const key6 in data11){if(!(key6 === "severity")){const err19 = {instancePath:instancePath+"/non-finite",schemaPath:"#/properties/non-finite/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data11.severity !== undefined){let data12 = data11.severity;if(!(((data12 === "error") || (data12 === "warning")) || (data12 === "off"))){const err20 = {instancePath:instancePath+"/non-finite/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}else {const err21 = {instancePath:instancePath+"/non-finite",schemaPath:"#/properties/non-finite/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.type !== undefined){let data13 = data.type;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key7 in data13){if(!(key7 === "severity")){const err22 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data13.severity !== undefined){let data14 = data13.severity;if(!(((data14 === "error") || (data14 === "warning")) || (data14 === "off"))){const err23 = {instancePath:instancePath+"/type/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.range !== undefined){let data15 = data.range;if(data15 && typeof data15 == "object" && !Array.isArray(data15)){for(const key8 in data15){if(!(key8 === "severity")){const err25 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data15.severity !== undefined){let data16 = data15.severity;if(!(((data16 === "error") || (data16 === "warning")) || (data16 === "off"))){const err26 = {instancePath:instancePath+"/range/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/range",schemaPath:"#/properties/range/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.category !== undefined){let data17 = data.category;if(data17 && typeof data17 == "object" && !Array.isArray(data17)){for(const key9 in data17){if(!(key9 === "severity")){const err28 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data17.severity !== undefined){let data18 = data17.severity;if(!(((data18 === "error") || (data18 === "warning")) || (data18 === "off"))){const err29 = {instancePath:instancePath+"/category/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath:instancePath+"/category",schemaPath:"#/properties/category/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}if(data["min-rows"] !== undefined){let data19 = data["min-rows"];if(data19 && typeof data19 == "object" && !Array.isArray(data19)){for(const key10 in data19){if(!(key10 === "severity")){const err31 = {instancePath:instancePath+"/min-rows",schemaPath:"#/properties/min-rows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data19.severity !== undefined){let data20 = data19.severity;if(!(((data20 === "error") || (data20 === "warning")) || (data20 === "off"))){const err32 = {instancePath:instancePath+"/min-rows/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}}else {const err33 = {instancePath:instancePath+"/min-rows",schemaPath:"#/properties/min-rows/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data["duplicate-rows"] !== undefined){let data21 = data["duplicate-rows"];if(data21 && typeof data21 == "object" && !Array.isArray(data21)){for(const key11 in data21){if(!(key11 === "severity")){const err34 = {instancePath:instancePath+"/duplicate-rows",schemaPath:"#/properties/duplicate-rows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data21.severity !== undefined){let data22 = data21.severity;if(!(((data22 === "error") || (data22 === "warning")) || (data22 === "off"))){const err35 = {instancePath:instancePath+"/duplicate-rows/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}}else {const err36 = {instancePath:instancePath+"/duplicate-rows",schemaPath:"#/properties/duplicate-rows/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}if(data["duplicate-keys"] !== undefined){let data23 = data["duplicate-keys"];if(data23 && typeof data23 == "object" && !Array.isArray(data23)){for(const key12 in data23){if(!(key12 === "severity")){const err37 = {instancePath:instancePath+"/duplicate-keys",schemaPath:"#/properties/duplicate-keys/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}if(data23.severity !== undefined){let data24 = data23.severity;if(!(((data24 === "error") || (data24 === "warning")) || (data24 === "off"))){const err38 = {instancePath:instancePath+"/duplicate-keys/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/duplicate-keys",schemaPath:"#/properties/duplicate-keys/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data["constant-column"] !== undefined){let data25 = data["constant-column"];if(data25 && typeof data25 == "object" && !Array.isArray(data25)){for(const key13 in data25){if(!(key13 === "severity")){const err40 = {instancePath:instancePath+"/constant-column",schemaPath:"#/properties/constant-column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data25.severity !== undefined){let data26 = data25.severity;if(!(((data26 === "error") || (data26 === "warning")) || (data26 === "off"))){const err41 = {instancePath:instancePath+"/constant-column/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}}}else {const err42 = {instancePath:instancePath+"/constant-column",schemaPath:"#/properties/constant-column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}if(data.leakage !== undefined){let data27 = data.leakage;if(data27 && typeof data27 == "object" && !Array.isArray(data27)){for(const key14 in data27){if(!(((((key14 === "severity") || (key14 === "correlation")) || (key14 === "determinism")) || (key14 === "min_rows")) || (key14 === "exempt"))){const err43 = {instancePath:instancePath+"/leakage",schemaPath:"#/properties/leakage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data27.severity !== undefined){let data28 = data27.severity;if(!(((data28 === "error") || (data28 === "warning")) || (data28 === "off"))){const err44 = {instancePath:instancePath+"/leakage/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data27.correlation !== undefined){let data29 = data27.correlation;if((typeof data29 == "number") && (isFinite(data29))){if(data29 > 1 || isNaN(data29)){const err45 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if(data29 <= 0 || isNaN(data29)){const err46 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}else {const err47 = {instancePath:instancePath+"/leakage/correlation",schemaPath:"#/properties/leakage/properties/correlation/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data27.determinism !== undefined){let data30 = data27.determinism;if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 1 || isNaN(data30)){const err48 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}if(data30 <= 0 || isNaN(data30)){const err49 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}else {const err50 = {instancePath:instancePath+"/leakage/determinism",schemaPath:"#/properties/leakage/properties/determinism/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data27.min_rows !== undefined){let data31 = data27.min_rows;if(!(((typeof data31 == "number") && (!(data31 % 1) && !isNaN(data31))) && (isFinite(data31)))){const err51 = {instancePath:instancePath+"/leakage/min_rows",schemaPath:"#/properties/leakage/properties/min_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}if((typeof data31 == "number") && (isFinite(data31))){if(data31 < 3 || isNaN(data31)){const err52 = {instancePath:instancePath+"/leakage/min_rows",schemaPath:"#/properties/leakage/properties/min_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 3},message:"must be >= 3"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}}if(data27.exempt !== undefined){let data32 = data27.exempt;if(Array.isArray(data32)){const len0 = data32.length;for(let i0=0; i0<len0; i0++){if(typeof data32[i0] !== "string"){const err53 = {instancePath:instancePath+"/leakage/exempt/" + i0,schemaPath:"#/properties/leakage/properties/exempt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}let i1 = data32.length;let j0;if(i1 > 1){const indices0 = {};for(;i1--;){let item0 = data32[i1];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err54 = {instancePath:instancePath+"/leakage/exempt",schemaPath:"#/properties/leakage/properties/exempt/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;break;}indices0[item0] = i1;}}}else {const err55 = {instancePath:instancePath+"/leakage/exempt",schemaPath:"#/properties/leakage/properties/exempt/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/leakage",schemaPath:"#/properties/leakage/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.drift !== undefined){let data34 = data.drift;if(data34 && typeof data34 == "object" && !Array.isArray(data34)){for(const key15 in data34){if(!((((key15 === "severity") || (key15 === "psi_warning")) || (key15 === "psi_error")) || (key15 === "p_value"))){const err57 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data34.severity !== undefined){let data35 = data34.severity;if(!(((data35 === "error") || (data35 === "warning")) || (data35 === "off"))){const err58 = {instancePath:instancePath+"/drift/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data34.psi_warning !== undefined){let data36 = data34.psi_warning;if((typeof data36 == "number") && (isFinite(data36))){if(data36 < 0 || isNaN(data36)){const err59 = {instancePath:instancePath+"/drift/psi_warning",schemaPath:"#/properties/drift/properties/psi_warning/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}else {const err60 = {instancePath:instancePath+"/drift/psi_warning",schemaPath:"#/properties/drift/properties/psi_warning/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data34.psi_error !== undefined){let data37 = data34.psi_error;if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 0 || isNaN(data37)){const err61 = {instancePath:instancePath+"/drift/psi_error",schemaPath:"#/properties/drift/properties/psi_error/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/drift/psi_error",schemaPath:"#/properties/drift/properties/psi_error/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data34.p_value !== undefined){let data38 = data34.p_value;if((typeof data38 == "number") && (isFinite(data38))){if(data38 > 1 || isNaN(data38)){const err63 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}if(data38 < 0 || isNaN(data38)){const err64 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/drift/p_value",schemaPath:"#/properties/drift/properties/p_value/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}}else {const err66 = {instancePath:instancePath+"/drift",schemaPath:"#/properties/drift/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data["drift-new-category"] !== undefined){let data39 = data["drift-new-category"];if(data39 && typeof data39 == "object" && !Array.isArray(data39)){for(const key16 in data39){if(!(key16 === "severity")){const err67 = {instancePath:instancePath+"/drift-new-category",schemaPath:"#/properties/drift-new-category/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data39.severity !== undefined){let data40 = data39.severity;if(!(((data40 === "error") || (data40 === "warning")) || (data40 === "off"))){const err68 = {instancePath:instancePath+"/drift-new-category/severity",schemaPath:"#/$defs/severity/enum",keyword:"enum",params:{allowedValues: schema46.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/drift-new-category",schemaPath:"#/properties/drift-new-category/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}validate26.errors = vErrors;return errors === 0;}validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/dataset-contract.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate25.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.dataset === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataset"},message:"must have required property '"+"dataset"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.source === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "source"},message:"must have required property '"+"source"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.columns === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.target === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "target"},message:"must have required property '"+"target"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}for(const key0 in data){if(!(func1.call(schema41.properties, key0))){const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.dataset !== undefined){let data0 = data.dataset;if(typeof data0 === "string"){if(!pattern4.test(data0)){const err5 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9][a-z0-9-]*$"},message:"must match pattern \""+"^[a-z0-9][a-z0-9-]*$"+"\""};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/dataset",schemaPath:"#/properties/dataset/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err7 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.source !== undefined){let data2 = data.source;const _errs10 = errors;let valid3 = true;const _errs11 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("path" !== data2.kind){const err8 = {};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}var _valid0 = _errs11 === errors;errors = _errs10;if(vErrors !== null){if(_errs10){vErrors.length = _errs10;}else {vErrors = null;}}if(_valid0){const _errs13 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.path === undefined){const err9 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/0/then/required",keyword:"required",params:{missingProperty: "path"},message:"must have required property '"+"path"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}var _valid0 = _errs13 === errors;valid3 = _valid0;}if(!valid3){const err10 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}const _errs15 = errors;let valid5 = true;const _errs16 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("url" !== data2.kind){const err11 = {};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}var _valid1 = _errs16 === errors;errors = _errs15;if(vErrors !== null){if(_errs15){vErrors.length = _errs15;}else {vErrors = null;}}if(_valid1){const _errs18 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.url === undefined){const err12 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/then/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if(data2.sha256 === undefined){const err13 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/then/required",keyword:"required",params:{missingProperty: "sha256"},message:"must have required property '"+"sha256"+"'"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}var _valid1 = _errs18 === errors;valid5 = _valid1;}if(!valid5){const err14 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}const _errs20 = errors;let valid7 = true;const _errs21 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("s3" !== data2.kind){const err15 = {};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}var _valid2 = _errs21 === errors;errors = _errs20;if(vErrors !== null){if(_errs20){vErrors.length = _errs20;}else {vErrors = null;}}if(_valid2){const _errs23 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.uri === undefined){const err16 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/2/then/required",keyword:"required",params:{missingProperty: "uri"},message:"must have required property '"+"uri"+"'"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}var _valid2 = _errs23 === errors;valid7 = _valid2;}if(!valid7){const err17 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}const _errs25 = errors;let valid9 = true;const _errs26 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind !== undefined){if("generator" !== data2.kind){const err18 = {};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}var _valid3 = _errs26 === errors;errors = _errs25;if(vErrors !== null){if(_errs25){vErrors.length = _errs25;}else {vErrors = null;}}if(_valid3){const _errs28 = errors;if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.generator === undefined){const err19 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/3/then/required",keyword:"required",params:{missingProperty: "generator"},message:"must have required property '"+"generator"+"'"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}var _valid3 = _errs28 === errors;valid9 = _valid3;}if(!valid9){const err20 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}if(data2 && typeof data2 == "object" && !Array.isArray(data2)){if(data2.kind === undefined){const err21 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}for(const key1 in data2){if(!((((((key1 === "kind") || (key1 === "path")) || (key1 === "url")) || (key1 === "sha256")) || (key1 === "uri")) || (key1 === "generator"))){const err22 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data2.kind !== undefined){let data7 = data2.kind;if(!((((data7 === "path") || (data7 === "url")) || (data7 === "s3")) || (data7 === "generator"))){const err23 = {instancePath:instancePath+"/source/kind",schemaPath:"#/$defs/source/properties/kind/enum",keyword:"enum",params:{allowedValues: schema42.properties.kind.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data2.path !== undefined){let data8 = data2.path;if(typeof data8 === "string"){if(func2(data8) < 1){const err24 = {instancePath:instancePath+"/source/path",schemaPath:"#/$defs/source/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}else {const err25 = {instancePath:instancePath+"/source/path",schemaPath:"#/$defs/source/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data2.url !== undefined){let data9 = data2.url;if(typeof data9 === "string"){if(!pattern10.test(data9)){const err26 = {instancePath:instancePath+"/source/url",schemaPath:"#/$defs/source/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://"},message:"must match pattern \""+"^https://"+"\""};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}else {const err27 = {instancePath:instancePath+"/source/url",schemaPath:"#/$defs/source/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data2.sha256 !== undefined){let data10 = data2.sha256;if(typeof data10 === "string"){if(!pattern11.test(data10)){const err28 = {instancePath:instancePath+"/source/sha256",schemaPath:"#/$defs/source/properties/sha256/pattern",keyword:"pattern",params:{pattern: "^[0-9a-f]{64}$"},message:"must match pattern \""+"^[0-9a-f]{64}$"+"\""};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}else {const err29 = {instancePath:instancePath+"/source/sha256",schemaPath:"#/$defs/source/properties/sha256/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data2.uri !== undefined){let data11 = data2.uri;if(typeof data11 === "string"){if(!pattern12.test(data11)){const err30 = {instancePath:instancePath+"/source/uri",schemaPath:"#/$defs/source/properties/uri/pattern",keyword:"pattern",params:{pattern: "^s3://[^/]+/.+"},message:"must match pattern \""+"^s3://[^/]+/.+"+"\""};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}else {const err31 = {instancePath:instancePath+"/source/uri",schemaPath:"#/$defs/source/properties/uri/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data2.generator !== undefined){let data12 = data2.generator;if(data12 && typeof data12 == "object" && !Array.isArray(data12)){if(data12.script === undefined){const err32 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/required",keyword:"required",params:{missingProperty: "script"},message:"must have required property '"+"script"+"'"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}for(const key2 in data12){if(!((key2 === "script") || (key2 === "params"))){const err33 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data12.script !== undefined){let data13 = data12.script;if(typeof data13 === "string"){if(!pattern13.test(data13)){const err34 = {instancePath:instancePath+"/source/generator/script",schemaPath:"#/$defs/source/properties/generator/properties/script/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+\\.py$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+\\.py$"+"\""};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}else {const err35 = {instancePath:instancePath+"/source/generator/script",schemaPath:"#/$defs/source/properties/generator/properties/script/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data12.params !== undefined){let data14 = data12.params;if(data14 && typeof data14 == "object" && !Array.isArray(data14)){for(const key3 in data14){let data15 = data14[key3];if(((!((typeof data15 == "number") && (isFinite(data15)))) && (typeof data15 !== "string")) && (typeof data15 !== "boolean")){const err36 = {instancePath:instancePath+"/source/generator/params/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/source/properties/generator/properties/params/additionalProperties/type",keyword:"type",params:{type: schema42.properties.generator.properties.params.additionalProperties.type},message:"must be number,string,boolean"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/source/generator/params",schemaPath:"#/$defs/source/properties/generator/properties/params/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/source/generator",schemaPath:"#/$defs/source/properties/generator/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}}else {const err39 = {instancePath:instancePath+"/source",schemaPath:"#/$defs/source/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data.format !== undefined){let data16 = data.format;if(data16 && typeof data16 == "object" && !Array.isArray(data16)){for(const key4 in data16){if(!(((key4 === "delimiter") || (key4 === "header")) || (key4 === "encoding"))){const err40 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data16.delimiter !== undefined){let data17 = data16.delimiter;if(typeof data17 === "string"){if(func2(data17) > 1){const err41 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/maxLength",keyword:"maxLength",params:{limit: 1},message:"must NOT have more than 1 characters"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(func2(data17) < 1){const err42 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/format/delimiter",schemaPath:"#/$defs/format/properties/delimiter/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data16.header !== undefined){if(typeof data16.header !== "boolean"){const err44 = {instancePath:instancePath+"/format/header",schemaPath:"#/$defs/format/properties/header/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data16.encoding !== undefined){if(!(data16.encoding === "utf-8")){const err45 = {instancePath:instancePath+"/format/encoding",schemaPath:"#/$defs/format/properties/encoding/enum",keyword:"enum",params:{allowedValues: schema43.properties.encoding.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}}else {const err46 = {instancePath:instancePath+"/format",schemaPath:"#/$defs/format/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data.columns !== undefined){let data20 = data.columns;if(Array.isArray(data20)){if(data20.length < 2){const err47 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/minItems",keyword:"minItems",params:{limit: 2},message:"must NOT have fewer than 2 items"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}const len0 = data20.length;for(let i0=0; i0<len0; i0++){let data21 = data20[i0];const _errs64 = errors;let valid20 = true;const _errs65 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.type !== undefined){if("category" !== data21.type){const err48 = {};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}var _valid4 = _errs65 === errors;errors = _errs64;if(vErrors !== null){if(_errs64){vErrors.length = _errs64;}else {vErrors = null;}}let ifClause0;if(_valid4){const _errs67 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.categories === undefined){const err49 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/then/required",keyword:"required",params:{missingProperty: "categories"},message:"must have required property '"+"categories"+"'"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}var _valid4 = _errs67 === errors;valid20 = _valid4;ifClause0 = "then";}else {const _errs68 = errors;const _errs69 = errors;const _errs70 = errors;if(data21 && typeof data21 == "object" && !Array.isArray(data21)){let missing0;if((data21.categories === undefined) && (missing0 = "categories")){const err50 = {};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}var valid22 = _errs70 === errors;if(valid22){const err51 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/else/not",keyword:"not",params:{},message:"must NOT be valid"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}else {errors = _errs69;if(vErrors !== null){if(_errs69){vErrors.length = _errs69;}else {vErrors = null;}}}var _valid4 = _errs68 === errors;valid20 = _valid4;ifClause0 = "else";}if(!valid20){const err52 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/allOf/0/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if(data21 && typeof data21 == "object" && !Array.isArray(data21)){if(data21.name === undefined){const err53 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}if(data21.type === undefined){const err54 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}for(const key5 in data21){if(!(func1.call(schema44.properties, key5))){const err55 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}if(data21.name !== undefined){let data23 = data21.name;if(typeof data23 === "string"){if(!pattern6.test(data23)){const err56 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/$defs/column/properties/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z_][A-Za-z0-9_]*$"},message:"must match pattern \""+"^[A-Za-z_][A-Za-z0-9_]*$"+"\""};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}else {const err57 = {instancePath:instancePath+"/columns/" + i0+"/name",schemaPath:"#/$defs/column/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data21.type !== undefined){let data24 = data21.type;if(!(((((data24 === "integer") || (data24 === "number")) || (data24 === "category")) || (data24 === "boolean")) || (data24 === "string"))){const err58 = {instancePath:instancePath+"/columns/" + i0+"/type",schemaPath:"#/$defs/column/properties/type/enum",keyword:"enum",params:{allowedValues: schema44.properties.type.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data21.description !== undefined){if(typeof data21.description !== "string"){const err59 = {instancePath:instancePath+"/columns/" + i0+"/description",schemaPath:"#/$defs/column/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data21.unit !== undefined){if(typeof data21.unit !== "string"){const err60 = {instancePath:instancePath+"/columns/" + i0+"/unit",schemaPath:"#/$defs/column/properties/unit/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}}if(data21.min !== undefined){let data27 = data21.min;if(!((typeof data27 == "number") && (isFinite(data27)))){const err61 = {instancePath:instancePath+"/columns/" + i0+"/min",schemaPath:"#/$defs/column/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}if(data21.max !== undefined){let data28 = data21.max;if(!((typeof data28 == "number") && (isFinite(data28)))){const err62 = {instancePath:instancePath+"/columns/" + i0+"/max",schemaPath:"#/$defs/column/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data21.categories !== undefined){let data29 = data21.categories;if(Array.isArray(data29)){if(data29.length < 1){const err63 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}const len1 = data29.length;for(let i1=0; i1<len1; i1++){let data30 = data29[i1];if(typeof data30 === "string"){if(func2(data30) < 1){const err64 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + i1,schemaPath:"#/$defs/column/properties/categories/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}else {const err65 = {instancePath:instancePath+"/columns/" + i0+"/categories/" + i1,schemaPath:"#/$defs/column/properties/categories/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}}let i2 = data29.length;let j0;if(i2 > 1){const indices0 = {};for(;i2--;){let item0 = data29[i2];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err66 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;break;}indices0[item0] = i2;}}}else {const err67 = {instancePath:instancePath+"/columns/" + i0+"/categories",schemaPath:"#/$defs/column/properties/categories/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data21.nullable !== undefined){if(typeof data21.nullable !== "boolean"){const err68 = {instancePath:instancePath+"/columns/" + i0+"/nullable",schemaPath:"#/$defs/column/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}if(data21.step !== undefined){let data32 = data21.step;if((typeof data32 == "number") && (isFinite(data32))){if(data32 <= 0 || isNaN(data32)){const err69 = {instancePath:instancePath+"/columns/" + i0+"/step",schemaPath:"#/$defs/column/properties/step/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/columns/" + i0+"/step",schemaPath:"#/$defs/column/properties/step/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data21.max_null_rate !== undefined){let data33 = data21.max_null_rate;if((typeof data33 == "number") && (isFinite(data33))){if(data33 > 1 || isNaN(data33)){const err71 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data33 < 0 || isNaN(data33)){const err72 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/columns/" + i0+"/max_null_rate",schemaPath:"#/$defs/column/properties/max_null_rate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}}else {const err74 = {instancePath:instancePath+"/columns/" + i0,schemaPath:"#/$defs/column/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}}else {const err75 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data.target !== undefined){if(typeof data.target !== "string"){const err76 = {instancePath:instancePath+"/target",schemaPath:"#/properties/target/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}if(data.primary_key !== undefined){let data35 = data.primary_key;if(Array.isArray(data35)){if(data35.length < 1){const err77 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}const len2 = data35.length;for(let i3=0; i3<len2; i3++){if(typeof data35[i3] !== "string"){const err78 = {instancePath:instancePath+"/primary_key/" + i3,schemaPath:"#/properties/primary_key/items/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}}let i4 = data35.length;let j1;if(i4 > 1){const indices1 = {};for(;i4--;){let item1 = data35[i4];if(typeof item1 !== "string"){continue;}if(typeof indices1[item1] == "number"){j1 = indices1[item1];const err79 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/uniqueItems",keyword:"uniqueItems",params:{i: i4, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i4+" are identical)"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;break;}indices1[item1] = i4;}}}else {const err80 = {instancePath:instancePath+"/primary_key",schemaPath:"#/properties/primary_key/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}}if(data.min_rows !== undefined){let data37 = data.min_rows;if(!(((typeof data37 == "number") && (!(data37 % 1) && !isNaN(data37))) && (isFinite(data37)))){const err81 = {instancePath:instancePath+"/min_rows",schemaPath:"#/properties/min_rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}if((typeof data37 == "number") && (isFinite(data37))){if(data37 < 1 || isNaN(data37)){const err82 = {instancePath:instancePath+"/min_rows",schemaPath:"#/properties/min_rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}}if(data.checks !== undefined){if(!(validate26(data.checks, {instancePath:instancePath+"/checks",parentData:data,parentDataProperty:"checks",rootData,dynamicAnchors}))){vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);errors = vErrors.length;}}}else {const err83 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}validate25.errors = vErrors;return errors === 0;}validate25.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};const validateMetricsFile = validate28;const schema62 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/metrics-file.schema.json","title":"metrics.json of a Slipway model bundle (docs/ARCHITECTURE.md)","type":"object","required":["project","primary_metric","chosen","n_train","n_test","cv_folds","test","baseline_mean","candidates"],"properties":{"project":{"type":"string"},"primary_metric":{"$ref":"#/$defs/metric"},"chosen":{"type":"string"},"n_train":{"type":"integer","minimum":0},"n_test":{"type":"integer","minimum":0},"cv_folds":{"type":"integer","minimum":0},"test":{"$ref":"#/$defs/values"},"test_intervals":{"description":"Bootstrap uncertainty of each test metric (see bootstrap): the two-sided percentile interval and the bootstrap standard deviation.","$ref":"#/$defs/intervals"},"bootstrap":{"type":"object","required":["method","resamples","confidence","seed","rows"],"properties":{"method":{"type":"string"},"resamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer"},"rows":{"type":"integer","minimum":0}}},"baseline_mean":{"$ref":"#/$defs/values"},"undefined_metrics":{"description":"Metrics that are null in this file, with the reason (mape when an actual value is 0).","type":"object","additionalProperties":{"type":"string"}},"candidates":{"type":"array","minItems":1,"items":{"type":"object","required":["name","model","cv","test"],"properties":{"name":{"type":"string"},"model":{"type":"string"},"cv":{"type":"object","additionalProperties":{"type":"object","required":["mean","std"],"properties":{"mean":{"type":"number"},"std":{"description":"Sample standard deviation across folds (ddof 1; trainers before issue 19 wrote the population value).","type":"number"},"se":{"description":"std / sqrt(folds): standard error of the mean over folds.","type":"number"}}}},"test":{"$ref":"#/$defs/values"},"test_intervals":{"$ref":"#/$defs/intervals"},"fit_seconds":{"type":"number"}}}}},"$defs":{"metric":{"enum":["mse","rmse","mae","r2","mape"]},"values":{"type":"object","additionalProperties":{"type":["number","null"]},"properties":{"mse":{"type":"number"},"rmse":{"type":"number"},"mae":{"type":"number"},"r2":{"type":"number"},"mape":{"description":"A fraction; null when undefined (see undefined_metrics).","type":["number","null"]}}},"intervals":{"type":"object","additionalProperties":{"type":"object","required":["low","high","sd"],"properties":{"low":{"type":"number"},"high":{"type":"number"},"sd":{"type":"number"}}}}}};const schema63 = {"enum":["mse","rmse","mae","r2","mape"]};const schema64 = {"type":"object","additionalProperties":{"type":["number","null"]},"properties":{"mse":{"type":"number"},"rmse":{"type":"number"},"mae":{"type":"number"},"r2":{"type":"number"},"mape":{"description":"A fraction; null when undefined (see undefined_metrics).","type":["number","null"]}}};const schema65 = {"type":"object","additionalProperties":{"type":"object","required":["low","high","sd"],"properties":{"low":{"type":"number"},"high":{"type":"number"},"sd":{"type":"number"}}}};function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/metrics-file.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate28.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.project === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.primary_metric === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "primary_metric"},message:"must have required property '"+"primary_metric"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.chosen === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "chosen"},message:"must have required property '"+"chosen"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.n_train === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "n_train"},message:"must have required property '"+"n_train"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.n_test === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "n_test"},message:"must have required property '"+"n_test"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.cv_folds === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "cv_folds"},message:"must have required property '"+"cv_folds"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.test === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.baseline_mean === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "baseline_mean"},message:"must have required property '"+"baseline_mean"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.candidates === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidates"},message:"must have required property '"+"candidates"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.project !== undefined){if(typeof data.project !== "string"){const err9 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.primary_metric !== undefined){let data1 = data.primary_metric;if(!(((((data1 === "mse") || (data1 === "rmse")) || (data1 === "mae")) || (data1 === "r2")) || (data1 === "mape"))){const err10 = {instancePath:instancePath+"/primary_metric",schemaPath:"#/$defs/metric/enum",keyword:"enum",params:{allowedValues: schema63.enum},message:"must be equal to one of the allowed values"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.chosen !== undefined){if(typeof data.chosen !== "string"){const err11 = {instancePath:instancePath+"/chosen",schemaPath:"#/properties/chosen/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.n_train !== undefined){let data3 = data.n_train;if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){const err12 = {instancePath:instancePath+"/n_train",schemaPath:"#/properties/n_train/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}if((typeof data3 == "number") && (isFinite(data3))){if(data3 < 0 || isNaN(data3)){const err13 = {instancePath:instancePath+"/n_train",schemaPath:"#/properties/n_train/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}}if(data.n_test !== undefined){let data4 = data.n_test;if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){const err14 = {instancePath:instancePath+"/n_test",schemaPath:"#/properties/n_test/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if((typeof data4 == "number") && (isFinite(data4))){if(data4 < 0 || isNaN(data4)){const err15 = {instancePath:instancePath+"/n_test",schemaPath:"#/properties/n_test/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}}if(data.cv_folds !== undefined){let data5 = data.cv_folds;if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){const err16 = {instancePath:instancePath+"/cv_folds",schemaPath:"#/properties/cv_folds/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}if((typeof data5 == "number") && (isFinite(data5))){if(data5 < 0 || isNaN(data5)){const err17 = {instancePath:instancePath+"/cv_folds",schemaPath:"#/properties/cv_folds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}if(data.test !== undefined){let data6 = data.test;if(data6 && typeof data6 == "object" && !Array.isArray(data6)){for(const key0 in data6){if(!(((((key0 === "mse") || (key0 === "rmse")) || (key0 === "mae")) || (key0 === "r2")) || (key0 === "mape"))){let data7 = data6[key0];if((!((typeof data7 == "number") && (isFinite(data7)))) && (data7 !== null)){const err18 = {instancePath:instancePath+"/test/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema64.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data6.mse !== undefined){let data8 = data6.mse;if(!((typeof data8 == "number") && (isFinite(data8)))){const err19 = {instancePath:instancePath+"/test/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}if(data6.rmse !== undefined){let data9 = data6.rmse;if(!((typeof data9 == "number") && (isFinite(data9)))){const err20 = {instancePath:instancePath+"/test/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data6.mae !== undefined){let data10 = data6.mae;if(!((typeof data10 == "number") && (isFinite(data10)))){const err21 = {instancePath:instancePath+"/test/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data6.r2 !== undefined){let data11 = data6.r2;if(!((typeof data11 == "number") && (isFinite(data11)))){const err22 = {instancePath:instancePath+"/test/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}if(data6.mape !== undefined){let data12 = data6.mape;if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){const err23 = {instancePath:instancePath+"/test/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema64.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}else {const err24 = {instancePath:instancePath+"/test",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.test_intervals !== undefined){let data13 = data.test_intervals;if(data13 && typeof data13 == "object" && !Array.isArray(data13)){for(const key1 in data13){let data14 = data13[key1];if(data14 && typeof data14 == "object" && !Array.isArray(data14)){if(data14.low === undefined){const err25 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}if(data14.high === undefined){const err26 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}if(data14.sd === undefined){const err27 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "sd"},message:"must have required property '"+"sd"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data14.low !== undefined){let data15 = data14.low;if(!((typeof data15 == "number") && (isFinite(data15)))){const err28 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/low",schemaPath:"#/$defs/intervals/additionalProperties/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data14.high !== undefined){let data16 = data14.high;if(!((typeof data16 == "number") && (isFinite(data16)))){const err29 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/high",schemaPath:"#/$defs/intervals/additionalProperties/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}if(data14.sd !== undefined){let data17 = data14.sd;if(!((typeof data17 == "number") && (isFinite(data17)))){const err30 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/sd",schemaPath:"#/$defs/intervals/additionalProperties/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}}}else {const err31 = {instancePath:instancePath+"/test_intervals/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}}else {const err32 = {instancePath:instancePath+"/test_intervals",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data.bootstrap !== undefined){let data18 = data.bootstrap;if(data18 && typeof data18 == "object" && !Array.isArray(data18)){if(data18.method === undefined){const err33 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}if(data18.resamples === undefined){const err34 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "resamples"},message:"must have required property '"+"resamples"+"'"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}if(data18.confidence === undefined){const err35 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}if(data18.seed === undefined){const err36 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data18.rows === undefined){const err37 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}if(data18.method !== undefined){if(typeof data18.method !== "string"){const err38 = {instancePath:instancePath+"/bootstrap/method",schemaPath:"#/properties/bootstrap/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data18.resamples !== undefined){let data20 = data18.resamples;if(!(((typeof data20 == "number") && (!(data20 % 1) && !isNaN(data20))) && (isFinite(data20)))){const err39 = {instancePath:instancePath+"/bootstrap/resamples",schemaPath:"#/properties/bootstrap/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}if((typeof data20 == "number") && (isFinite(data20))){if(data20 < 1 || isNaN(data20)){const err40 = {instancePath:instancePath+"/bootstrap/resamples",schemaPath:"#/properties/bootstrap/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}}if(data18.confidence !== undefined){let data21 = data18.confidence;if((typeof data21 == "number") && (isFinite(data21))){if(data21 >= 1 || isNaN(data21)){const err41 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}if(data21 <= 0 || isNaN(data21)){const err42 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}else {const err43 = {instancePath:instancePath+"/bootstrap/confidence",schemaPath:"#/properties/bootstrap/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data18.seed !== undefined){let data22 = data18.seed;if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){const err44 = {instancePath:instancePath+"/bootstrap/seed",schemaPath:"#/properties/bootstrap/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}}if(data18.rows !== undefined){let data23 = data18.rows;if(!(((typeof data23 == "number") && (!(data23 % 1) && !isNaN(data23))) && (isFinite(data23)))){const err45 = {instancePath:instancePath+"/bootstrap/rows",schemaPath:"#/properties/bootstrap/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}if((typeof data23 == "number") && (isFinite(data23))){if(data23 < 0 || isNaN(data23)){const err46 = {instancePath:instancePath+"/bootstrap/rows",schemaPath:"#/properties/bootstrap/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}}}else {const err47 = {instancePath:instancePath+"/bootstrap",schemaPath:"#/properties/bootstrap/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data.baseline_mean !== undefined){let data24 = data.baseline_mean;if(data24 && typeof data24 == "object" && !Array.isArray(data24)){for(const key2 in data24){if(!(((((key2 === "mse") || (key2 === "rmse")) || (key2 === "mae")) || (key2 === "r2")) || (key2 === "mape"))){let data25 = data24[key2];if((!((typeof data25 == "number") && (isFinite(data25)))) && (data25 !== null)){const err48 = {instancePath:instancePath+"/baseline_mean/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema64.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}if(data24.mse !== undefined){let data26 = data24.mse;if(!((typeof data26 == "number") && (isFinite(data26)))){const err49 = {instancePath:instancePath+"/baseline_mean/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}if(data24.rmse !== undefined){let data27 = data24.rmse;if(!((typeof data27 == "number") && (isFinite(data27)))){const err50 = {instancePath:instancePath+"/baseline_mean/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data24.mae !== undefined){let data28 = data24.mae;if(!((typeof data28 == "number") && (isFinite(data28)))){const err51 = {instancePath:instancePath+"/baseline_mean/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data24.r2 !== undefined){let data29 = data24.r2;if(!((typeof data29 == "number") && (isFinite(data29)))){const err52 = {instancePath:instancePath+"/baseline_mean/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}}if(data24.mape !== undefined){let data30 = data24.mape;if((!((typeof data30 == "number") && (isFinite(data30)))) && (data30 !== null)){const err53 = {instancePath:instancePath+"/baseline_mean/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema64.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}else {const err54 = {instancePath:instancePath+"/baseline_mean",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}}if(data.undefined_metrics !== undefined){let data31 = data.undefined_metrics;if(data31 && typeof data31 == "object" && !Array.isArray(data31)){for(const key3 in data31){if(typeof data31[key3] !== "string"){const err55 = {instancePath:instancePath+"/undefined_metrics/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/undefined_metrics/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}else {const err56 = {instancePath:instancePath+"/undefined_metrics",schemaPath:"#/properties/undefined_metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data.candidates !== undefined){let data33 = data.candidates;if(Array.isArray(data33)){if(data33.length < 1){const err57 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}const len0 = data33.length;for(let i0=0; i0<len0; i0++){let data34 = data33[i0];if(data34 && typeof data34 == "object" && !Array.isArray(data34)){if(data34.name === undefined){const err58 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/properties/candidates/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'"};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}if(data34.model === undefined){const err59 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/properties/candidates/items/required",keyword:"required",params:{missingProperty: "model"},message:"must have required property '"+"model"+"'"};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}if(data34.cv === undefined){const err60 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/properties/candidates/items/required",keyword:"required",params:{missingProperty: "cv"},message:"must have required property '"+"cv"+"'"};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data34.test === undefined){const err61 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/properties/candidates/items/required",keyword:"required",params:{missingProperty: "test"},message:"must have required property '"+"test"+"'"};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}if(data34.name !== undefined){if(typeof data34.name !== "string"){const err62 = {instancePath:instancePath+"/candidates/" + i0+"/name",schemaPath:"#/properties/candidates/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data34.model !== undefined){if(typeof data34.model !== "string"){const err63 = {instancePath:instancePath+"/candidates/" + i0+"/model",schemaPath:"#/properties/candidates/items/properties/model/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}}if(data34.cv !== undefined){let data37 = data34.cv;if(data37 && typeof data37 == "object" && !Array.isArray(data37)){for(const key4 in data37){let data38 = data37[key4];if(data38 && typeof data38 == "object" && !Array.isArray(data38)){if(data38.mean === undefined){const err64 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/required",keyword:"required",params:{missingProperty: "mean"},message:"must have required property '"+"mean"+"'"};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}if(data38.std === undefined){const err65 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/required",keyword:"required",params:{missingProperty: "std"},message:"must have required property '"+"std"+"'"};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;}if(data38.mean !== undefined){let data39 = data38.mean;if(!((typeof data39 == "number") && (isFinite(data39)))){const err66 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/mean",schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/properties/mean/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data38.std !== undefined){let data40 = data38.std;if(!((typeof data40 == "number") && (isFinite(data40)))){const err67 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/std",schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/properties/std/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data38.se !== undefined){let data41 = data38.se;if(!((typeof data41 == "number") && (isFinite(data41)))){const err68 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1")+"/se",schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/properties/se/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}}}else {const err69 = {instancePath:instancePath+"/candidates/" + i0+"/cv/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/candidates/items/properties/cv/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}}else {const err70 = {instancePath:instancePath+"/candidates/" + i0+"/cv",schemaPath:"#/properties/candidates/items/properties/cv/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data34.test !== undefined){let data42 = data34.test;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){for(const key5 in data42){if(!(((((key5 === "mse") || (key5 === "rmse")) || (key5 === "mae")) || (key5 === "r2")) || (key5 === "mape"))){let data43 = data42[key5];if((!((typeof data43 == "number") && (isFinite(data43)))) && (data43 !== null)){const err71 = {instancePath:instancePath+"/candidates/" + i0+"/test/" + key5.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/values/additionalProperties/type",keyword:"type",params:{type: schema64.additionalProperties.type},message:"must be number,null"};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}}}if(data42.mse !== undefined){let data44 = data42.mse;if(!((typeof data44 == "number") && (isFinite(data44)))){const err72 = {instancePath:instancePath+"/candidates/" + i0+"/test/mse",schemaPath:"#/$defs/values/properties/mse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}if(data42.rmse !== undefined){let data45 = data42.rmse;if(!((typeof data45 == "number") && (isFinite(data45)))){const err73 = {instancePath:instancePath+"/candidates/" + i0+"/test/rmse",schemaPath:"#/$defs/values/properties/rmse/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data42.mae !== undefined){let data46 = data42.mae;if(!((typeof data46 == "number") && (isFinite(data46)))){const err74 = {instancePath:instancePath+"/candidates/" + i0+"/test/mae",schemaPath:"#/$defs/values/properties/mae/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}}if(data42.r2 !== undefined){let data47 = data42.r2;if(!((typeof data47 == "number") && (isFinite(data47)))){const err75 = {instancePath:instancePath+"/candidates/" + i0+"/test/r2",schemaPath:"#/$defs/values/properties/r2/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}if(data42.mape !== undefined){let data48 = data42.mape;if((!((typeof data48 == "number") && (isFinite(data48)))) && (data48 !== null)){const err76 = {instancePath:instancePath+"/candidates/" + i0+"/test/mape",schemaPath:"#/$defs/values/properties/mape/type",keyword:"type",params:{type: schema64.properties.mape.type},message:"must be number,null"};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/candidates/" + i0+"/test",schemaPath:"#/$defs/values/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}if(data34.test_intervals !== undefined){let data49 = data34.test_intervals;if(data49 && typeof data49 == "object" && !Array.isArray(data49)){for(const key6 in data49){let data50 = data49[key6];if(data50 && typeof data50 == "object" && !Array.isArray(data50)){if(data50.low === undefined){const err78 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "low"},message:"must have required property '"+"low"+"'"};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}if(data50.high === undefined){const err79 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "high"},message:"must have required property '"+"high"+"'"};if(vErrors === null){vErrors = [err79];}else {vErrors.push(err79);}errors++;}if(data50.sd === undefined){const err80 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/required",keyword:"required",params:{missingProperty: "sd"},message:"must have required property '"+"sd"+"'"};if(vErrors === null){vErrors = [err80];}else {vErrors.push(err80);}errors++;}if(data50.low !== undefined){let data51 = data50.low;if(!((typeof data51 == "number") && (isFinite(data51)))){const err81 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/low",schemaPath:"#/$defs/intervals/additionalProperties/properties/low/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err81];}else {vErrors.push(err81);}errors++;}}if(data50.high !== undefined){let data52 = data50.high;if(!((typeof data52 == "number") && (isFinite(data52)))){const err82 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/high",schemaPath:"#/$defs/intervals/additionalProperties/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err82];}else {vErrors.push(err82);}errors++;}}if(data50.sd !== undefined){let data53 = data50.sd;if(!((typeof data53 == "number") && (isFinite(data53)))){const err83 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1")+"/sd",schemaPath:"#/$defs/intervals/additionalProperties/properties/sd/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err83];}else {vErrors.push(err83);}errors++;}}}else {const err84 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/intervals/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err84];}else {vErrors.push(err84);}errors++;}}}else {const err85 = {instancePath:instancePath+"/candidates/" + i0+"/test_intervals",schemaPath:"#/$defs/intervals/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err85];}else {vErrors.push(err85);}errors++;}}if(data34.fit_seconds !== undefined){let data54 = data34.fit_seconds;if(!((typeof data54 == "number") && (isFinite(data54)))){const err86 = {instancePath:instancePath+"/candidates/" + i0+"/fit_seconds",schemaPath:"#/properties/candidates/items/properties/fit_seconds/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err86];}else {vErrors.push(err86);}errors++;}}}else {const err87 = {instancePath:instancePath+"/candidates/" + i0,schemaPath:"#/properties/candidates/items/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err87];}else {vErrors.push(err87);}errors++;}}}else {const err88 = {instancePath:instancePath+"/candidates",schemaPath:"#/properties/candidates/type",keyword:"type",params:{type: "array"},message:"must be array"};if(vErrors === null){vErrors = [err88];}else {vErrors.push(err88);}errors++;}}}else {const err89 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err89];}else {vErrors.push(err89);}errors++;}validate28.errors = vErrors;return errors === 0;}validate28.evaluated = {"props":{"project":true,"primary_metric":true,"chosen":true,"n_train":true,"n_test":true,"cv_folds":true,"test":true,"test_intervals":true,"bootstrap":true,"baseline_mean":true,"undefined_metrics":true,"candidates":true},"dynamicProps":false,"dynamicItems":false};const validatePairedComparison = validate29;const schema69 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://slipway.local/schemas/paired-comparison.schema.json","title":"paired-comparison.json: a candidate and the production model scored on the same test rows (docs/ARCHITECTURE.md)","type":"object","required":["format","project","candidate_version","production_version","method","rows","resamples","confidence","seed","metrics","same_split"],"properties":{"format":{"const":1},"project":{"type":"string"},"candidate_version":{"type":"string"},"production_version":{"type":"string"},"production_bundle":{"type":"string"},"method":{"type":"string"},"rows":{"type":"integer","minimum":1},"resamples":{"type":"integer","minimum":1},"confidence":{"type":"number","exclusiveMinimum":0,"exclusiveMaximum":1},"seed":{"type":"integer"},"metrics":{"type":"object","propertyNames":{"enum":["mse","rmse","mae","r2","mape"]},"additionalProperties":{"type":"object","required":["candidate","production","relative_worsening","worsening_lower","worsening_upper"],"properties":{"candidate":{"type":"number"},"production":{"type":"number"},"relative_worsening":{"description":"(candidate - production) / |production|, sign flipped for r2: positive is worse.","type":"number"},"worsening_lower":{"description":"One-sided lower confidence bound of relative_worsening at `confidence` (paired bootstrap): above 0 the candidate is worse beyond the noise.","type":"number"},"worsening_upper":{"description":"One-sided upper confidence bound.","type":"number"}}}},"same_split":{"description":"true when production was trained on the same data with the same seed and test fraction, so it never saw these rows; false: it may have (favouring production).","type":"boolean"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://slipway.local/schemas/paired-comparison.schema.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate29.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.format === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'"};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.project === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "project"},message:"must have required property '"+"project"+"'"};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.candidate_version === undefined){const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "candidate_version"},message:"must have required property '"+"candidate_version"+"'"};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.production_version === undefined){const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "production_version"},message:"must have required property '"+"production_version"+"'"};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.method === undefined){const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "method"},message:"must have required property '"+"method"+"'"};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.rows === undefined){const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "rows"},message:"must have required property '"+"rows"+"'"};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}if(data.resamples === undefined){const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "resamples"},message:"must have required property '"+"resamples"+"'"};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}if(data.confidence === undefined){const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "confidence"},message:"must have required property '"+"confidence"+"'"};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.seed === undefined){const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "seed"},message:"must have required property '"+"seed"+"'"};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}if(data.metrics === undefined){const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "metrics"},message:"must have required property '"+"metrics"+"'"};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}if(data.same_split === undefined){const err10 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "same_split"},message:"must have required property '"+"same_split"+"'"};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}if(data.format !== undefined){if(1 !== data.format){const err11 = {instancePath:instancePath+"/format",schemaPath:"#/properties/format/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant"};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.project !== undefined){if(typeof data.project !== "string"){const err12 = {instancePath:instancePath+"/project",schemaPath:"#/properties/project/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.candidate_version !== undefined){if(typeof data.candidate_version !== "string"){const err13 = {instancePath:instancePath+"/candidate_version",schemaPath:"#/properties/candidate_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.production_version !== undefined){if(typeof data.production_version !== "string"){const err14 = {instancePath:instancePath+"/production_version",schemaPath:"#/properties/production_version/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.production_bundle !== undefined){if(typeof data.production_bundle !== "string"){const err15 = {instancePath:instancePath+"/production_bundle",schemaPath:"#/properties/production_bundle/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.method !== undefined){if(typeof data.method !== "string"){const err16 = {instancePath:instancePath+"/method",schemaPath:"#/properties/method/type",keyword:"type",params:{type: "string"},message:"must be string"};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.rows !== undefined){let data6 = data.rows;if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){const err17 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}if((typeof data6 == "number") && (isFinite(data6))){if(data6 < 1 || isNaN(data6)){const err18 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}if(data.resamples !== undefined){let data7 = data.resamples;if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){const err19 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}if((typeof data7 == "number") && (isFinite(data7))){if(data7 < 1 || isNaN(data7)){const err20 = {instancePath:instancePath+"/resamples",schemaPath:"#/properties/resamples/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1"};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}}if(data.confidence !== undefined){let data8 = data.confidence;if((typeof data8 == "number") && (isFinite(data8))){if(data8 >= 1 || isNaN(data8)){const err21 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMaximum",keyword:"exclusiveMaximum",params:{comparison: "<", limit: 1},message:"must be < 1"};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}if(data8 <= 0 || isNaN(data8)){const err22 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0},message:"must be > 0"};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}else {const err23 = {instancePath:instancePath+"/confidence",schemaPath:"#/properties/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.seed !== undefined){let data9 = data.seed;if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err24 = {instancePath:instancePath+"/seed",schemaPath:"#/properties/seed/type",keyword:"type",params:{type: "integer"},message:"must be integer"};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}if(data.metrics !== undefined){let data10 = data.metrics;if(data10 && typeof data10 == "object" && !Array.isArray(data10)){for(const key0 in data10){const _errs22 = errors;if(!(((((key0 === "mse") || (key0 === "rmse")) || (key0 === "mae")) || (key0 === "r2")) || (key0 === "mape"))){const err25 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames/enum",keyword:"enum",params:{allowedValues: schema69.properties.metrics.propertyNames.enum},message:"must be equal to one of the allowed values",propertyName:key0};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}var valid1 = _errs22 === errors;if(!valid1){const err26 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/propertyNames",keyword:"propertyNames",params:{propertyName: key0},message:"property name must be valid"};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}for(const key1 in data10){let data11 = data10[key1];if(data11 && typeof data11 == "object" && !Array.isArray(data11)){if(data11.candidate === undefined){const err27 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/required",keyword:"required",params:{missingProperty: "candidate"},message:"must have required property '"+"candidate"+"'"};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}if(data11.production === undefined){const err28 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/required",keyword:"required",params:{missingProperty: "production"},message:"must have required property '"+"production"+"'"};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}if(data11.relative_worsening === undefined){const err29 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/required",keyword:"required",params:{missingProperty: "relative_worsening"},message:"must have required property '"+"relative_worsening"+"'"};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data11.worsening_lower === undefined){const err30 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/required",keyword:"required",params:{missingProperty: "worsening_lower"},message:"must have required property '"+"worsening_lower"+"'"};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}if(data11.worsening_upper === undefined){const err31 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/required",keyword:"required",params:{missingProperty: "worsening_upper"},message:"must have required property '"+"worsening_upper"+"'"};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}if(data11.candidate !== undefined){let data12 = data11.candidate;if(!((typeof data12 == "number") && (isFinite(data12)))){const err32 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/candidate",schemaPath:"#/properties/metrics/additionalProperties/properties/candidate/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data11.production !== undefined){let data13 = data11.production;if(!((typeof data13 == "number") && (isFinite(data13)))){const err33 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/production",schemaPath:"#/properties/metrics/additionalProperties/properties/production/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data11.relative_worsening !== undefined){let data14 = data11.relative_worsening;if(!((typeof data14 == "number") && (isFinite(data14)))){const err34 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/relative_worsening",schemaPath:"#/properties/metrics/additionalProperties/properties/relative_worsening/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data11.worsening_lower !== undefined){let data15 = data11.worsening_lower;if(!((typeof data15 == "number") && (isFinite(data15)))){const err35 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/worsening_lower",schemaPath:"#/properties/metrics/additionalProperties/properties/worsening_lower/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data11.worsening_upper !== undefined){let data16 = data11.worsening_upper;if(!((typeof data16 == "number") && (isFinite(data16)))){const err36 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/worsening_upper",schemaPath:"#/properties/metrics/additionalProperties/properties/worsening_upper/type",keyword:"type",params:{type: "number"},message:"must be number"};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}}}else {const err37 = {instancePath:instancePath+"/metrics/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/metrics/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}}else {const err38 = {instancePath:instancePath+"/metrics",schemaPath:"#/properties/metrics/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data.same_split !== undefined){if(typeof data.same_split !== "boolean"){const err39 = {instancePath:instancePath+"/same_split",schemaPath:"#/properties/same_split/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}}else {const err40 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}validate29.errors = vErrors;return errors === 0;}validate29.evaluated = {"props":{"format":true,"project":true,"candidate_version":true,"production_version":true,"production_bundle":true,"method":true,"rows":true,"resamples":true,"confidence":true,"seed":true,"metrics":true,"same_split":true},"dynamicProps":false,"dynamicItems":false};
;// CONCATENATED MODULE: ../shared/src/schemas.ts


const validators = {
    'model-project': validateModelProject,
    'dataset-contract': validateDatasetContract,
    'metrics-file': validateMetricsFile,
    'paired-comparison': validatePairedComparison,
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

;// CONCATENATED MODULE: ../shared/src/index.ts
// @slipway/shared: what the Slipway actions (and the local runner) share.















// The Octokit client is imported from '@slipway/shared/github' by the actions that call GitHub,
// so the other bundles do not carry (and start) Octokit.

// EXTERNAL MODULE: ./src/checks/checks-config.ts
var checks_config = __webpack_require__(1084);
// EXTERNAL MODULE: ./src/statistics/stats.ts
var stats = __webpack_require__(992);
;// CONCATENATED MODULE: ./src/statistics/distribution.ts
// Distribution comparisons for drift: PSI, the two-sample Kolmogorov–Smirnov test and the
// chi-square test of homogeneity, with their p-values. Checked against scipy (test/stats.test.ts).

/** Proportion used for an empty bin on either side, so PSI stays finite (stated in the README). */
const PSI_EPSILON = 1e-4;
/** Population stability index Σ (a − e) · ln(a / e) over bin proportions (e: reference, a: actual). */
function psi(reference, actual) {
    const totalRef = reference.reduce((s, v) => s + v, 0);
    const totalAct = actual.reduce((s, v) => s + v, 0);
    let sum = 0;
    reference.forEach((count, i) => {
        const e = Math.max(count / totalRef, PSI_EPSILON);
        const a = Math.max((0,stats.at)(actual, i) / totalAct, PSI_EPSILON);
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
        const x = Math.min((0,stats.at)(a, i), (0,stats.at)(b, j));
        while (i < a.length && (0,stats.at)(a, i) <= x)
            i += 1;
        while (j < b.length && (0,stats.at)(b, j) <= x)
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
    const kept = reference.map((r, i) => [r, (0,stats.at)(actual, i)]).filter(([r, a]) => r + a > 0);
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
    let sum = (0,stats.at)(LANCZOS, 0);
    for (let i = 1; i < LANCZOS.length; i++)
        sum += (0,stats.at)(LANCZOS, i) / (w + i);
    const t = w + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (w + 0.5) * Math.log(t) - t + Math.log(sum);
}

// EXTERNAL MODULE: ./src/statistics/profile.ts + 1 modules
var profile = __webpack_require__(5165);
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
    if (now.type === 'category')
        return compareCategories(now.name, before.categories, now.categories);
    if (now.type !== 'integer' && now.type !== 'number')
        return null;
    const edges = before.histogram?.edges;
    const reference = before.sample;
    if (!edges || !before.histogram || !reference || reference.length === 0 || !now.sample || now.sample.length === 0)
        return null;
    const result = ksTwoSample(reference, now.sample);
    return {
        column: now.name,
        psi: psi(before.histogram.counts, (0,profile/* countInBins */.FU)(edges, now.sample)),
        test: 'KS',
        ...named(result),
        new_categories: {},
    };
}
function compareCategories(column, before, now) {
    if (before === null || now === null)
        return null;
    const values = [...new Set([...Object.keys(before), ...Object.keys(now)])];
    const reference = values.map((v) => before[v] ?? 0);
    const actual = values.map((v) => now[v] ?? 0);
    const fresh = Object.fromEntries(values.filter((v) => (before[v] ?? 0) === 0 && (now[v] ?? 0) > 0).map((v) => [v, now[v] ?? 0]));
    return {
        column,
        psi: psi(reference, actual),
        test: 'chi-square',
        ...named(chiSquareHomogeneity(reference, actual)),
        new_categories: fresh,
    };
}
const named = (r) => ({ statistic: r.statistic, p_value: r.pValue });
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

// EXTERNAL MODULE: ./src/statistics/sample.ts
var sample = __webpack_require__(4716);
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
        doc = JSON.parse(readText(file, 'reference profile'));
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
    const file = asName ? contractFileFor({ dataset: value, dataRoot: (0,external_node_path_.join)(workspace, 'data') }) : resolveInWorkspace(value, workspace);
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
    return raw.startsWith('s3://') ? raw : resolveInWorkspace(raw, workspace);
}
function contractInput(context) {
    const contract = optional('contract');
    if (contract !== undefined)
        return resolveContractFile(contract, context.workspace);
    const project = optional('project');
    if (project === undefined)
        throw new Error('inputs: give either contract (a dataset name or contract path) or project');
    const specFile = resolveProjectSpecFile({ project, workspace: context.workspace });
    const spec = loadProjectSpec(specFile);
    const file = contractFileFor({ dataset: spec.dataset, dataRoot: dataRootFor(specFile, context.workspace) });
    if (!(0,external_node_fs_.existsSync)(file))
        throw new Error(`input project: dataset "${spec.dataset}" of ${specFile}: ${file} does not exist; add the contract there`);
    return file;
}
function readInputs(context = runnerContext()) {
    const contractFile = contractInput(context);
    const contract = loadDatasetContract(contractFile);
    const data = optional('data');
    const report = optional('report-file');
    const profile = optional('profile-file');
    const reference = optional('reference-profile');
    const outDir = (0,external_node_path_.join)(context.runnerTemp, 'slipway-validate-data');
    return {
        contractFile,
        contract,
        dataFile: data === undefined ? defaultDataFile(contract, contractFile) : dataLocation(data, context.workspace),
        reportFile: report === undefined ? (0,external_node_path_.join)(outDir, 'report.json') : resolveInWorkspace(report, context.workspace),
        profileFile: profile === undefined ? (0,external_node_path_.join)(outDir, 'profile.json') : resolveInWorkspace(profile, context.workspace),
        failOnError: parseBoolean('fail-on-error', core/* getInput */.V4('fail-on-error') || 'true'),
        ...(reference === undefined
            ? {}
            : { referenceProfile: readReferenceProfile(resolveInWorkspace(reference, context.workspace), contract) }),
    };
}

;// CONCATENATED MODULE: ./src/report.ts
// The job summary: verdict first, then the failed checks (errors, then warnings, each with
// examples), then the drift table, then the column profile table.


function verdictLine(result) {
    const errors = result.findings.filter((f) => f.severity === 'error').length;
    const warnings = result.findings.length - errors;
    const head = result.passed ? '✅ data valid' : '❌ data invalid';
    return `${head}: ${result.rows} rows, ${errors} errors, ${warnings} warnings (${inlineCode(result.file)})`;
}
const examplesText = (f) => f.examples.map((e) => `line ${e.line}: ${e.value}`).join('; ');
function findingsTable(findings, severity) {
    const chosen = findings.filter((f) => f.severity === severity);
    if (chosen.length === 0)
        return null;
    const title = severity === 'error' ? '### ❌ Errors' : '### ⚠️ Warnings';
    const table = markdownTable({
        headers: ['Check', 'Severity', 'Column', 'Count', 'Message', 'Examples'],
        rows: chosen.map((f) => [f.id, f.severity, f.column ?? '', String(f.count), f.message, examplesText(f)]),
    });
    return `${title}\n\n${table}`;
}
const VERDICT = { ok: '✅ ok', warning: '⚠️ warning', error: '❌ error' };
function driftTable(rows) {
    const table = markdownTable({
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
    const table = markdownTable({
        headers: ['Column', 'Type', 'Count', 'Nulls', 'Min', 'Max', 'Mean', 'Std', 'Distinct'],
        rows: result.profile.map((p) => [
            p.name,
            p.type,
            String(p.count),
            String(p.nulls),
            formatNumber(p.min),
            formatNumber(p.max),
            formatNumber(p.mean),
            formatNumber(p.std),
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

// EXTERNAL MODULE: ./src/reading/csv-reader.ts + 1 modules
var csv_reader = __webpack_require__(7322);
// EXTERNAL MODULE: ./src/file-validator.ts + 5 modules
var file_validator = __webpack_require__(5062);
// EXTERNAL MODULE: ./src/reading/file-hash.ts
var file_hash = __webpack_require__(3824);
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
    const sha256 = (0,file_hash/* fileSha256 */.s)(file);
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
        writeFileAtomic(inputs.reportFile, `${JSON.stringify(report, null, 2)}\n`);
        writeFileAtomic(inputs.profileFile, `${JSON.stringify(profileDocument(inputs.contract.dataset, result))}\n`);
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
