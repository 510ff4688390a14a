export const id = 100;
export const ids = [100];
export const modules = {

/***/ 5100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   environmentApprovers: () => (/* binding */ environmentApprovers)
/* harmony export */ });
/** The reviewers who approved `environment` in run `runId`, each once, in GitHub's order. */
async function environmentApprovers(options) {
    const { owner, repo } = options.repository;
    const { data } = await options.client.rest.actions.getReviewsForRun({ owner, repo, run_id: Number(options.runId) });
    const approvers = new Map();
    for (const approval of data) {
        const login = approval.user?.login;
        if (approval.state !== 'approved' || login === undefined)
            continue;
        if (!approval.environments.some((e) => e.name === options.environment) || approvers.has(login))
            continue;
        const comment = approval.comment?.trim();
        approvers.set(login, { login, ...(comment ? { comment } : {}) });
    }
    return [...approvers.values()];
}


/***/ })

};
