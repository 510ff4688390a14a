export const id = 182;
export const ids = [182];
export const modules = {

/***/ 57182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  uploadFileArtifact: () => (/* reexport */ uploadFileArtifact)
});

// UNUSED EXPORTS: artifactUrl

// EXTERNAL MODULE: ../shared/node_modules/@actions/artifact/lib/artifact.js + 313 modules
var artifact = __webpack_require__(18737);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
;// CONCATENATED MODULE: ../shared/src/artifact.ts
// Hands a file to a later job or workflow as a workflow artifact, through @actions/artifact (the
// library behind actions/upload-artifact v4: CreateArtifact on the results service's Twirp API,
// the zip PUT to the signed blob URL, FinalizeArtifact). Imported lazily by the actions, so a
// run that uploads nothing does not load it.


function artifactUrl(env, id) {
    const { GITHUB_SERVER_URL: server = 'https://github.com', GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    return repository && runId ? `${server}/${repository}/actions/runs/${runId}/artifacts/${id}` : undefined;
}
async function uploadFileArtifact(upload) {
    const client = new artifact/* DefaultArtifactClient */.t9();
    const result = await client.uploadArtifact(upload.name, [upload.file], (0,external_node_path_.dirname)(upload.file), {
        ...(upload.retentionDays === undefined ? {} : { retentionDays: upload.retentionDays }),
    });
    if (result.id === undefined)
        throw new Error(`artifact ${upload.name}: the upload of ${(0,external_node_path_.basename)(upload.file)} returned no artifact id`);
    const url = artifactUrl(upload.env ?? process.env, result.id);
    return { id: result.id, name: upload.name, size: result.size ?? 0, ...(url === undefined ? {} : { url }) };
}

;// CONCATENATED MODULE: ../shared/src/artifact-entry.ts
// @slipway/shared/artifact: workflow artifact upload, apart from the index so that only the
// actions that upload bundle @actions/artifact.



/***/ })

};
